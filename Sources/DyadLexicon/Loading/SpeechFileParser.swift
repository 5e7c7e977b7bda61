import DyadText

/// Words that report speech (`speech:`), multi-word attribution cues (`cue:`),
/// the speech verbs whose saying is itself an event (`statement CODE:`), and
/// the words that give such a statement its tone (`tone CODE:`).
public struct SpeechLexicon: Sendable, Hashable {
    /// Verb lemmas that report speech: "say", "report", "tell".
    public var verbs: Set<String> = []
    /// Cues such as "according to", as lowercase word sequences.
    public var cues: [[String]] = []
    /// Speech verbs that make a public statement when nothing else in their
    /// sentence is an event: "Pelosi said the plan was a mistake" → 010. Keyed
    /// by lemma; each holds the CAMEO code and the line that listed it.
    public var statements: [String: StatementCode] = [:]
    /// Words whose presence in what was said gives a statement a more specific
    /// code: "a big mistake", "an outrage" make it criticism (111). Keyed by
    /// lowercase word (or lemma); the first `tone` line listing a word wins.
    public var tones: [String: StatementCode] = [:]

    public init(verbs: Set<String> = [], cues: [[String]] = [], statements: [String: StatementCode] = [:]) {
        self.verbs = verbs
        self.cues = cues
        self.statements = statements
    }
}

/// A speech verb whose use by a political actor is a statement event (CAMEO 01x),
/// or a word that gives a statement a code of its own: the code and the line.
public struct StatementCode: Sendable, Hashable {
    public var code: String
    public var origin: SourceLocation

    public init(code: String, origin: SourceLocation) {
        self.code = code
        self.origin = origin
    }
}

/// Reads a dyad `*.speech.txt` file.
enum SpeechFileParser {
    static func parse(_ text: String, file: String, into speech: inout SpeechLexicon, issues: inout [DictionaryIssue]) {
        for raw in EntryReader.entries(in: text, file: file, issues: &issues) {
            let here = SourceLocation(file: file, line: raw.line)
            guard let (kind, code, value) = EntryReader.header(raw.header) else {
                issues.append(DictionaryIssue(here, "expected 'speech: word | word', 'cue: words | words', 'statement 010: word | word' or 'tone 111: word | word'"))
                continue
            }
            switch kind {
            case "speech": speech.verbs.formUnion(EntryReader.list(value).map { $0.lowercased() })
            case "cue": speech.cues += EntryReader.list(value).map { $0.lowercased().split(separator: " ").map(String.init) }
            case "statement":
                guard EntryReader.isCameoCode(code, length: 3...4), code.hasPrefix("01") else {
                    issues.append(DictionaryIssue(here, "a statement needs a CAMEO code of root 01: 'statement 010: say | tell'"))
                    continue
                }
                for verb in EntryReader.list(value).map({ $0.lowercased() }) {
                    guard speech.verbs.contains(verb) else {
                        issues.append(DictionaryIssue(here, "'\(verb)' is not a speech verb: list it under speech: first"))
                        continue
                    }
                    speech.statements[verb] = StatementCode(code: code, origin: here)
                }
            case "tone":
                guard EntryReader.isCameoCode(code, length: 3...4) else {
                    issues.append(DictionaryIssue(here, "a tone needs the CAMEO code it gives a statement: 'tone 111: mistake | outrage'"))
                    continue
                }
                for word in EntryReader.list(value).map({ $0.lowercased() }) where speech.tones[word] == nil {
                    speech.tones[word] = StatementCode(code: code, origin: here)
                }
            default: issues.append(DictionaryIssue(here, "unknown entry '\(kind)'; use speech:, cue:, statement: or tone:"))
            }
        }
    }
}
