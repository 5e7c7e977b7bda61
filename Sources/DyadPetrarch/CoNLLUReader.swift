import DyadSyntax
import DyadText

/// Reads CoNLL-U (the Universal Dependencies format) into analysed sentences:
/// each sentence's words with their Penn Treebank tag (the XPOS column when it
/// holds one, else a tag mapped from UPOS), lemmas from dyad's lemmatizer and
/// verb groups from dyad's verb-group finder.
///
/// ```
/// # sent_id = 1
/// # text = Arnor attacked Gondor.
/// 1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
/// 2	attacked	attack	VERB	VBD	_	0	root	_	_
/// 3	Gondor	Gondor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
/// 4	.	.	PUNCT	.	_	2	punct	_	_
/// ```
///
/// Multi-word token ranges (`1-2`) and empty nodes (`1.1`) are skipped; the
/// syntactic words are used. A `# newdoc` comment starts a new document.
public struct CoNLLUReader: Sendable {
    public let adapter: ParseAdapter

    public init(parser: ShallowParser) {
        adapter = ParseAdapter(parser: parser)
    }

    /// One document of analysed sentences, with the body text they index into.
    public struct ParsedDocument: Sendable {
        public var id: String
        public var body: String
        public var sentences: [AnalyzedSentence]
    }

    public func read(_ text: String, name: String) -> [ParsedDocument] {
        var docs: [ParsedDocument] = []
        var body = ""
        var sentences: [AnalyzedSentence] = []
        var words: [(String, PennTag)] = []
        var docID = name
        func endSentence() {
            guard !words.isEmpty else { return }
            if !body.isEmpty { body += " " }
            let start = body.utf8.count
            var tokens: [Token] = []
            var tags: [PennTag] = []
            for (n, (form, tag)) in words.enumerated() {
                if n > 0 { body += " " }
                tokens.append(ParseAdapter.token(form, start: body.utf8.count))
                body += form
                tags.append(tag)
            }
            let sentence = Sentence(index: sentences.count, start: start, end: body.utf8.count,
                                    text: String(decoding: Array(body.utf8.dropFirst(start)), as: UTF8.self), tokens: tokens)
            sentences.append(adapter.parser.analyze(sentence, tags: tags))
            words = []
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { docs.append(ParsedDocument(id: docID, body: body, sentences: sentences)) }
            body = ""
            sentences = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if line.isEmpty { endSentence(); continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") {
                    endDocument()
                    if let eq = line.firstIndex(of: "=") {
                        docID = String(line[line.index(after: eq)...]).trimmingASCIIWhitespace()
                    } else {
                        docID = "\(name)#\(docs.count + 1)"
                    }
                }
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 5, cols[0].allSatisfy(\.isNumber) else { continue }
            let form = String(cols[1]), upos = String(cols[3]), xpos = String(cols[4])
            let feats = cols.count > 5 ? String(cols[5]) : "_"
            words.append((form, PennTag(string: xpos) ?? CoNLLUReader.tag(upos: upos, form: form, feats: feats)))
        }
        endDocument()
        return docs
    }

    /// A Penn tag for a UD part of speech, for corpora without Penn XPOS tags.
    public static func tag(upos: String, form: String, feats: String = "_") -> PennTag {
        let f = Set(feats.split(separator: "|").map(String.init))
        switch upos {
        case "NOUN": return f.contains("Number=Plur") || (f.isEmpty && form.hasSuffix("s")) ? .NNS : .NN
        case "PROPN": return f.contains("Number=Plur") ? .NNPS : .NNP
        case "VERB", "AUX":
            let w = form.lowercased()
            if f.contains("VerbForm=Inf") { return .VB }
            if f.contains("VerbForm=Ger") || (f.contains("VerbForm=Part") && f.contains("Tense=Pres")) { return .VBG }
            if f.contains("VerbForm=Part") { return .VBN }
            if f.contains("Tense=Past") { return .VBD }
            if f.contains("Person=3") && f.contains("Number=Sing") { return .VBZ }
            if f.contains("VerbForm=Fin") { return .VBP }
            if w.hasSuffix("ed") { return .VBD }
            if w.hasSuffix("ing") { return .VBG }
            if ["will", "would", "can", "could", "may", "might", "shall", "should", "must"].contains(w) { return .MD }
            return w.hasSuffix("s") ? .VBZ : .VBP
        case "ADJ": return .JJ
        case "ADV": return form.lowercased() == "not" || form.lowercased() == "n't" ? .RB : .RB
        case "ADP": return form.lowercased() == "to" ? .TO : .IN
        case "DET": return .DT
        case "PRON": return .PRP
        case "NUM": return .CD
        case "CCONJ": return .CC
        case "SCONJ": return .IN
        case "PART": return form.lowercased() == "to" ? .TO : form.lowercased() == "'s" ? .POS : .RB
        case "PUNCT": return form == "," ? .comma : [".", "!", "?"].contains(form) ? .period : .colon
        case "SYM": return .SYM
        case "INTJ": return .UH
        default: return .FW
        }
    }
}
