import DyadSyntax
import DyadText

/// Turns a given Penn Treebank parse into dyad's ``AnalyzedSentence``: the
/// tokens and tags come from the tree's leaves, lemmas from dyad's
/// ``Lemmatizer`` and verb groups from dyad's verb-group finder — so the
/// coder downstream is exactly the one that codes raw text.
///
/// ```swift
/// let tree = try PennTree.parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))")
/// let (body, analysed) = ParseAdapter(parser: try .bundled()).analyze(tree)
/// body                       // "Arnor attacked Gondor ."
/// analysed.verbGroups[0].lemma // "attack"
/// ```
public struct ParseAdapter: Sendable {
    public let parser: ShallowParser

    public init(parser: ShallowParser) {
        self.parser = parser
    }

    /// Treebank escapes for brackets and quotes, as they read in text.
    static let unescaped: [String: String] = [
        "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": "\"", "''": "\"",
    ]

    /// The sentence of a tree: a body text made of its words joined by
    /// spaces (offsets point into it), and the analysed sentence.
    public func analyze(_ tree: PennTree, index: Int = 0) -> (body: String, sentence: AnalyzedSentence) {
        analyze(leaves: tree.leaves(), index: index)
    }

    /// The sentence of a bracketed parse, as ``analyze(_:index:)`` gives it
    /// for the parsed tree; throws when ``PennTree/parse(_:)`` would. Reads
    /// the leaves without building the tree.
    public func analyze(parse: String, index: Int = 0) throws(PennTreeError) -> (body: String, sentence: AnalyzedSentence) {
        var text = parse
        let scanned = text.withUTF8 { bytes -> (body: String, tokens: [Token], tags: [PennTag])? in
            PennLeafScanner.leafRanges(of: bytes).map { Self.sentence(bytes, leaves: $0) }
        }
        if let scanned {
            let sentence = Sentence(index: index, start: 0, end: scanned.body.utf8.count, text: scanned.body, tokens: scanned.tokens)
            return (scanned.body, parser.analyze(sentence, tags: scanned.tags))
        }
        return analyze(leaves: try PennTree.parse(parse).leaves(), index: index)
    }

    /// The body, tokens and tags of a parse's leaves, read from its bytes:
    /// what ``analyze(leaves:index:)`` makes of the same leaves as strings.
    private static func sentence(_ bytes: UnsafeBufferPointer<UInt8>, leaves: [(word: Range<Int>, tag: Range<Int>)])
        -> (body: String, tokens: [Token], tags: [PennTag]) {
        var tokens: [Token] = []
        var tags: [PennTag] = []
        tokens.reserveCapacity(leaves.count)
        tags.reserveCapacity(leaves.count)
        // The body is written straight into its string: no word is longer there
        // than in the parse (an escape stands for one character), so the
        // parse's words and a space after each bound its size.
        let capacity = leaves.reduce(0) { $0 + $1.word.count + 1 }
        let body = String(unsafeUninitializedCapacity: capacity) { out in
            var count = 0
            func write(_ word: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: out[count..<(count + word.count)]).initialize(fromContentsOf: word)
                count += word.count
            }
            for leaf in leaves {
                let tagBytes = UnsafeBufferPointer(rebasing: bytes[leaf.tag])
                if tagBytes.first == 0x2D, tagBytes.elementsEqual("-NONE-".utf8) { continue }
                if count > 0 { out[count] = 0x20; count += 1 }
                let start = count
                let first = bytes[leaf.word.lowerBound]
                let token: Token
                var wordString: String?
                if first == 0x2D || first == 0x60 || first == 0x27 {
                    // Escapes start with `-`, a backquote or a quote: no lookup for other words.
                    let raw = PennLeafScanner.string(bytes, leaf.word)
                    var word = unescaped[raw] ?? raw
                    word.withUTF8 { write($0) }
                    token = Self.token(word, start: start)
                    wordString = word
                } else {
                    let wordBytes = UnsafeBufferPointer(rebasing: bytes[leaf.word])
                    write(wordBytes)
                    token = asciiToken(wordBytes, start: start) ?? Self.token(PennLeafScanner.string(bytes, leaf.word), start: start)
                }
                if let tag = PennTagTable.tag(tagBytes) {
                    tags.append(tag)
                } else {
                    let tag = PennLeafScanner.string(bytes, leaf.tag)
                    tags.append(PennTag(string: tag) ?? fallbackTag(tag, word: wordString ?? token.text))
                }
                tokens.append(token)  // last: the token moves into the array instead of being copied
            }
            return count
        }
        return (body, tokens, tags)
    }

    /// ``token(_:start:)`` for an ASCII word's bytes; nil for any other word.
    static func asciiToken(_ word: UnsafeBufferPointer<UInt8>, start: Int) -> Token? {
        var hasUpper = false, hasLetter = false, hasDigit = false
        for b in word {
            switch b {
            case 0x41...0x5A: hasUpper = true; hasLetter = true
            case 0x61...0x7A: hasLetter = true
            case 0x30...0x39: hasDigit = true
            case 0x80...: return nil
            default: break
            }
        }
        let kind: TokenKind = hasLetter ? .word : hasDigit ? .number : .punctuation
        // ASCII bytes make a valid string as they are.
        let text = String(unsafeUninitializedCapacity: word.count) { $0.initialize(fromContentsOf: word) }
        let lower = hasUpper ? String(unsafeUninitializedCapacity: word.count) { out in
            for (i, b) in word.enumerated() { out[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b }
            return word.count
        } : text
        let first = word.first ?? 0
        return Token(start: start, end: start + word.count, text: text, lower: lower, kind: kind,
                     isCapitalized: first >= 0x41 && first <= 0x5A)
    }

    private func analyze(leaves all: [(word: String, tag: String)], index: Int) -> (body: String, sentence: AnalyzedSentence) {
        let leaves = all.filter { $0.tag != "-NONE-" }
        var body = ""
        body.reserveCapacity(leaves.reduce(0) { $0 + $1.word.utf8.count + 1 })
        var tokens: [Token] = []
        var tags: [PennTag] = []
        tokens.reserveCapacity(leaves.count)
        for leaf in leaves {
            // Escapes start with `-`, a backquote or a quote: no lookup for other words.
            let first = leaf.word.utf8.first
            let word = first == 0x2D || first == 0x60 || first == 0x27 ? ParseAdapter.unescaped[leaf.word] ?? leaf.word : leaf.word
            if !body.isEmpty { body += " " }
            let start = body.utf8.count
            body += word
            tokens.append(ParseAdapter.token(word, start: start))
            tags.append(PennTag(string: leaf.tag) ?? ParseAdapter.fallbackTag(leaf.tag, word: word))
        }
        let sentence = Sentence(index: index, start: 0, end: body.utf8.count, text: body, tokens: tokens)
        return (body, parser.analyze(sentence, tags: tags))
    }

    static func token(_ word: String, start: Int) -> Token {
        var ascii = true, hasUpper = false, hasLetter = false, hasDigit = false
        for b in word.utf8 {
            switch b {
            case 0x41...0x5A: hasUpper = true; hasLetter = true
            case 0x61...0x7A: hasLetter = true
            case 0x30...0x39: hasDigit = true
            case 0x80...: ascii = false
            default: break
            }
        }
        if ascii {
            // The common case, on bytes: ASCII letters are the only alphabetic ASCII characters.
            let kind: TokenKind = hasLetter ? .word : hasDigit ? .number : .punctuation
            let lower = hasUpper ? String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self) : word
            let first = word.utf8.first ?? 0
            return Token(start: start, end: start + word.utf8.count, text: word, lower: lower, kind: kind,
                         isCapitalized: first >= 0x41 && first <= 0x5A)
        }
        let scalars = word.unicodeScalars
        let kind: TokenKind = scalars.contains { $0.properties.isAlphabetic } ? .word : hasDigit ? .number : .punctuation
        let lower = word.lowercased()
            .replacingAll("\u{2019}", with: "'").replacingAll("\u{2018}", with: "'")
            .replacingAll("\u{2014}", with: "-").replacingAll("\u{2013}", with: "-")
        let capitalized = scalars.first.map { $0.properties.isUppercase } ?? false
        return Token(start: start, end: start + word.utf8.count, text: word, lower: lower, kind: kind, isCapitalized: capitalized)
    }

    /// Tags some parsers emit that dyad's tag set does not name.
    static func fallbackTag(_ tag: String, word: String) -> PennTag {
        switch tag {
        case "HYPH", "NFP", "-": return .colon
        case "AFX", "ADD", "GW", "XX": return .FW
        default:
            if tag.hasPrefix("NN") { return .NN }
            if tag.hasPrefix("VB") { return .VB }
            return .SYM
        }
    }
}

extension String {
    func replacingAll(_ a: Character, with b: String) -> String {
        contains(a) ? split(separator: a, omittingEmptySubsequences: false).joined(separator: b) : self
    }
}
