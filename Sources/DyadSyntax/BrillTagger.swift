import DyadText
import Foundation

/// Eric Brill's transformation-based part-of-speech tagger, with dyad's fixes
/// for news text.
///
/// Tagging runs in three steps, as in Brill's tagger:
/// 1. each word gets its tag from the lexicon (its most frequent tag); the
///    first word of a sentence is also looked up in lowercase;
/// 2. words not in the lexicon get a first guess — ``PennTag/CD`` for numbers,
///    ``PennTag/NNP`` when capitalized, ``PennTag/NN`` otherwise — refined by the
///    lexical rules (suffixes, prefixes, hyphens, the neighbouring words);
/// 3. the contextual rules, in order, each over the whole sentence, change tags
///    by the tags and words around them ("NN → VB after TO"). A known word only
///    moves to a tag it can have ("was" never becomes VBN, "almost" never NNP).
///
/// Then dyad's fixes: "US" and "U.S." are always NNP, "'s" (or "'" after a
/// plural) following a noun is POS, and straight double quotes alternate
/// between opening and closing.
///
/// The model is derived from Brill's tagger v1.14 as shipped in textblob, and
/// from lemminflect's tables; see `Model/LICENSES.md`. Load it once with
/// ``bundled()`` and share it: the tagger is immutable and `Sendable`.
///
/// ```swift
/// let tagger = try BrillTagger.bundled()
/// tagger.tag(words: ["They", "threatened", "to", "attack", "the", "base"])
/// // [.PRP, .VBD, .TO, .VB, .DT, .NN]
/// ```
public struct BrillTagger: Sendable {
    /// Word (as written, hashed) → its most frequent tag.
    let lexicon: [UInt64: PennTag]
    let lexicalRules: [LexicalRule]
    let contextRules: [ContextRule]
    let ruleWords: WordIDs
    /// Lowercase word (hashed) → the open-class tags it can take (``TagSet``).
    let tagSets: [UInt64: TagSet]

    /// Words whose tag is fixed whatever the rules say: the lexicon's Twitter
    /// additions make "US" a pronoun, and a rule turns a sentence-initial
    /// "US"/"U.S." into an adjective; in news both are the country.
    static let overrides: [String: PennTag] = ["US": .NNP, "U.S.": .NNP]
    static let overrideHashes: [UInt64: PennTag] = Dictionary(uniqueKeysWithValues: overrides.map { (WordHash.of($0.key), $0.value) })

    /// Loads `lexicon.txt`, `context-rules.txt`, `morphology-rules.txt` and
    /// `tagsets.tsv` from `modelDirectory`. Throws ``SyntaxModelError`` naming the file and line
    /// of anything it cannot read.
    public init(modelDirectory: URL) throws {
        let lexiconData = try ModelFiles.read(ModelFiles.lexicon, in: modelDirectory)
        var lexicon: [UInt64: PennTag] = [:]
        lexicon.reserveCapacity(lexiconData.count / 12)
        var tagCodes: [UInt64: PennTag] = [:]
        for t in PennTag.allCases { tagCodes[WordHash.of(t.string)] = t }
        for (s, t) in [("(", PennTag.openParen), (")", .closeParen), ("\"", .closeQuote), ("NP", .NNP), ("NPS", .NNPS)] {
            tagCodes[WordHash.of(s)] = t
        }
        try ModelFiles.forEachLine(lexiconData, separator: 0x20) { fields, line in
            guard fields.count >= 2 else {
                throw SyntaxModelError(file: ModelFiles.lexicon, line: line, reason: "expected `word TAG`, found one field")
            }
            guard let tag = tagCodes[WordHash.of(fields[1])] else {
                throw SyntaxModelError(file: ModelFiles.lexicon, line: line, reason: "unknown tag `\(String(fields[1]))`")
            }
            lexicon[WordHash.of(fields[0])] = tag
        }
        for (word, tag) in Self.overrides { lexicon[WordHash.of(word)] = tag }

        var lexicalRules: [LexicalRule] = []
        try ModelFiles.forEachLine(try ModelFiles.read(ModelFiles.morphology, in: modelDirectory), separator: 0x20) { fields, line in
            switch LexicalRule.parse(fields.map(String.init)) {
            case .success(let rule): lexicalRules.append(rule)
            case .failure(let e): throw SyntaxModelError(file: ModelFiles.morphology, line: line, reason: e.message)
            }
        }

        var words = WordIDs()
        var contextRules: [ContextRule] = []
        try ModelFiles.forEachLine(try ModelFiles.read(ModelFiles.context, in: modelDirectory), separator: 0x20) { fields, line in
            switch ContextRule.parse(fields.map(String.init), words: &words) {
            case .success(let rule): contextRules.append(rule)
            case .failure(let e): throw SyntaxModelError(file: ModelFiles.context, line: line, reason: e.message)
            }
        }

        var tagSets: [UInt64: TagSet] = [:]
        tagSets.reserveCapacity(40_000)
        try ModelFiles.forEachLine(try ModelFiles.read(ModelFiles.tagSets, in: modelDirectory), separator: 0x09) { fields, line in
            guard fields.count == 2, let set = TagSet(letters: fields[1]) else {
                throw SyntaxModelError(file: ModelFiles.tagSets, line: line, reason: "expected `word<TAB>letters` with letters from NBDPGZJR")
            }
            tagSets[WordHash.of(fields[0])] = set
        }
        self.tagSets = tagSets
        self.lexicon = lexicon
        self.lexicalRules = lexicalRules
        self.contextRules = contextRules
        self.ruleWords = words
    }

    private static let shared = Result<BrillTagger, any Error> {
        try BrillTagger(modelDirectory: try ModelFiles.bundledDirectory())
    }

    /// The tagger with dyad's bundled model, loaded on first use and shared.
    public static func bundled() throws -> BrillTagger {
        try shared.get()
    }

    /// Number of words in the lexicon (dyad's overrides included).
    public var lexiconCount: Int { lexicon.count }

    /// The lexicon's tag for a word exactly as written, if it has one.
    public func lexiconTag(for word: String) -> PennTag? {
        lexicon[WordHash.of(Self.surface(of: word))]
    }

    /// Tags a tokenized sentence; the result is parallel to `tokens`.
    /// True when the lexicon lists `lower` (a lowercase word) as a past participle ("shot", "held").
    func canBeParticiple(_ lower: String) -> Bool {
        tagSets[WordHash.of(lower)]?.contains(.participle) ?? false
    }

    public func tag(_ tokens: [Token]) -> [PennTag] {
        let n = tokens.count
        if n == 0 { return [] }
        let pad = 3
        var words = [String](); words.reserveCapacity(n)
        var hashes = [UInt64](); hashes.reserveCapacity(n)
        for t in tokens {
            let w = Self.surface(of: t.text)
            words.append(w)
            hashes.append(WordHash.of(w))
        }
        var tags = [UInt8](repeating: TagCode.boundary, count: n + 2 * pad)
        let first = tokens.firstIndex { $0.kind == .word || $0.kind == .number } ?? 0

        // 1. Lexicon: the word as written; for the first word of the sentence
        //    also its lowercase form ("Demonstrators" → "demonstrators").
        var known = [Bool](repeating: true, count: n)
        for i in 0..<n {
            var tag = lexicon[hashes[i]]
            if i == first && tokens[i].isCapitalized, let lower = lexicon[WordHash.of(tokens[i].lower)] {
                // The capitalized form wins when the lexicon has it ("China" is
                // NNP, though "china" is NN).
                if tag == nil { tag = lower }
            }
            if let tag {
                tags[i + pad] = tag.rawValue
            } else {
                known[i] = false
            }
        }
        // 2. Unknown words: a first guess, refined by the lexical rules.
        for i in 0..<n where !known[i] {
            tags[i + pad] = unknownWordTag(words[i], token: tokens[i],
                                           previous: i > 0 ? hashes[i - 1] : 0,
                                           next: i + 1 < n ? hashes[i + 1] : 0).rawValue
        }
        // Straight quotes open and close in turn.
        var open = true
        for i in 0..<n where words[i] == "\"" {
            tags[i + pad] = open ? PennTag.openQuote.rawValue : PennTag.closeQuote.rawValue
            open.toggle()
        }
        // 3. Contextual rules, each over the whole sentence in turn, moving a
        //    known word only to a tag it can have.
        var ids = [Int32](repeating: WordIDs.boundary, count: n + 2 * pad)
        for i in 0..<n { ids[i + pad] = ruleWords.id(forHash: hashes[i]) }
        var mobility = [Mobility](repeating: Mobility(), count: n + 2 * pad)
        for i in 0..<n where known[i] {
            let lowerHash = WordHash.of(tokens[i].lower)
            mobility[i + pad] = Mobility(token: tokens[i], lowerHash: lowerHash, tagSet: tagSets[lowerHash])
        }
        applyContextRules(&tags, ids: ids, mobility: mobility, range: pad..<(n + pad))

        // Dyad's fixes for news text.
        var result = [PennTag](); result.reserveCapacity(n)
        for i in 0..<n { result.append(Self.overrideHashes[hashes[i]] ?? PennTag(rawValue: tags[i + pad]) ?? .NN) }
        for i in 1..<max(n, 1) where words[i] == "'s" || words[i] == "'" {
            // "Korea 's ambassador", "the ministers ' talks": possessive after a noun.
            if result[i - 1].isNoun && (words[i] == "'s" || result[i - 1] == .NNS || result[i - 1] == .NNPS) {
                result[i] = .POS
            }
        }
        return result
    }

    /// Tags a sentence given as words (one per token, Penn Treebank style).
    public func tag(words: [String]) -> [PennTag] {
        tag(words.map(Self.token(for:)))
    }

    // MARK: - Unknown words

    func unknownWordTag(_ word: String, token: Token, previous: UInt64, next: UInt64) -> PennTag {
        let bytes = Array(word.utf8)
        if token.kind == .number || Self.looksNumeric(bytes) { return .CD }
        var tag: UInt8 = token.isCapitalized ? PennTag.NNP.rawValue : PennTag.NN.rawValue
        for rule in lexicalRules where rule.from == TagCode.any || rule.from == tag {
            if matches(rule.test, bytes, previous: previous, next: next) { tag = rule.to }
        }
        return PennTag(rawValue: tag) ?? .NN
    }

    private func matches(_ test: LexicalRule.Test, _ w: [UInt8], previous: UInt64, next: UInt64) -> Bool {
        switch test {
        case .contains(let a): return Self.contains(w, a)
        case .hasPrefix(let a): return w.starts(with: a)
        case .hasSuffix(let a): return w.count >= a.count && w[(w.count - a.count)...].elementsEqual(a)
        case .addPrefix(let a): return lexicon[WordHash.of(w, continuing: WordHash.of(a))] != nil
        case .addSuffix(let a): return lexicon[WordHash.of(a, continuing: WordHash.of(w))] != nil
        case .deletePrefix(let a):
            return w.count > a.count && w.starts(with: a) && lexicon[WordHash.of(w[a.count...])] != nil
        case .deleteSuffix(let a):
            return w.count > a.count && w[(w.count - a.count)...].elementsEqual(a)
                && lexicon[WordHash.of(w[..<(w.count - a.count)])] != nil
        case .nextWord(let h): return next == h
        case .previousWord(let h): return previous == h
        }
    }

    private static func contains(_ w: [UInt8], _ a: [UInt8]) -> Bool {
        guard !a.isEmpty, w.count >= a.count else { return a.isEmpty }
        if a.count == 1 { return w.contains(a[0]) }
        for i in 0...(w.count - a.count) where w[i] == a[0] {
            if w[i..<(i + a.count)].elementsEqual(a) { return true }
        }
        return false
    }

    /// Digits with number punctuation only: "1,200", "3.5", "2017-18", "50%".
    static func looksNumeric(_ w: [UInt8]) -> Bool {
        var digit = false
        for b in w {
            switch b {
            case 0x30...0x39: digit = true
            case 0x2D, 0x2C, 0x2E, 0x3A, 0x2F, 0x25, 0x24: continue
            default: return false
            }
        }
        return digit
    }

    // MARK: - Contextual rules

    /// Words that may become determiners or wh-words (WDT, DT, PDT, WP, EX)
    /// by a contextual rule: "that" can turn WDT, "about" cannot.
    static let determinerLike: Set<UInt64> = Set([
        "that", "which", "what", "whatever", "whichever", "who", "whom", "all", "both", "half", "such",
        "quite", "either", "neither", "there", "this", "these", "those", "another", "no", "some", "any",
        "each", "every", "a", "an", "the",
    ].map(WordHash.of))

    /// What a contextual rule may do to a word. Brill's tagger moves a known
    /// word only to a tag the word can have. The lexicon here keeps one tag per
    /// word, so the possible tags of a known word are approximated:
    /// - open-class tags from ``TagSet`` (nouns, verb forms, adjectives —
    ///   participles included — and adverbs), when the word is listed there;
    /// - a proper-noun tag only for a capitalized word;
    /// - a determiner or wh-tag only for ``determinerLike`` words.
    /// Unknown words may take any tag.
    struct Mobility {
        /// Flags below; the word's ``TagSet`` in the high byte.
        var bits: UInt16 = 0
        static let known: UInt16 = 1
        static let capitalized: UInt16 = 2
        static let hasTagSet: UInt16 = 4
        static let determinerLike: UInt16 = 8

        init(bits: UInt16 = 0) { self.bits = bits }

        init(token: Token, lowerHash: UInt64, tagSet: TagSet?) {
            var b = Self.known
            if token.isCapitalized { b |= Self.capitalized }
            if let tagSet { b |= UInt16(tagSet.rawValue) << 8 | Self.hasTagSet }
            if BrillTagger.determinerLike.contains(lowerHash) { b |= Self.determinerLike }
            bits = b
        }

        func allows(_ to: UInt8) -> Bool {
            guard bits & Self.known != 0, let tag = PennTag(rawValue: to) else { return true }
            switch tag {
            case .NNP, .NNPS: return bits & Self.capitalized != 0
            case .WDT, .DT, .PDT, .WP, .EX: return bits & Self.determinerLike != 0
            default: break
            }
            guard bits & Self.hasTagSet != 0 else { return true }
            let set = TagSet(rawValue: UInt8(bits >> 8))
            switch tag {
            case .NN, .NNS: return set.contains(.noun)
            case .VB, .VBP: return set.contains(.base)
            case .VBD: return set.contains(.past)
            case .VBN: return set.contains(.participle)
            case .VBG: return set.contains(.gerund)
            case .VBZ: return set.contains(.thirdPerson)
            case .JJ, .JJR, .JJS: return !set.isDisjoint(with: [.adjective, .participle, .gerund])
            case .RB, .RBR, .RBS: return set.contains(.adverb)
            default: return true
            }
        }
    }

    private func applyContextRules(_ tags: inout [UInt8], ids: [Int32], mobility: [Mobility], range: Range<Int>) {
        // How many tokens carry each tag: a rule whose "from" tag is absent
        // from the sentence is skipped without a scan (most rules, most sentences).
        var present = [Int](repeating: 0, count: 256)
        for i in range { present[Int(tags[i])] += 1 }
        tags.withUnsafeMutableBufferPointer { t in
            ids.withUnsafeBufferPointer { w in
                for rule in contextRules {
                    let from = rule.from
                    if from != TagCode.any && present[Int(from)] == 0 { continue }
                    for i in range where t[i] == from || from == TagCode.any {
                        let hit: Bool
                        switch rule.condition {
                        case .tag(let o, let x):
                            hit = t[i + o] == x
                        case .tagWithin(let lo, let hi, let x):
                            var found = false
                            for k in lo...hi where t[i + k] == x { found = true; break }
                            hit = found
                        case .twoTags(let o1, let x1, let o2, let x2):
                            hit = t[i + o1] == x1 && t[i + o2] == x2
                        case .word(let o, let x):
                            hit = w[i + o] == x
                        case .wordWithin(let lo, let hi, let x):
                            var found = false
                            for k in lo...hi where w[i + k] == x { found = true; break }
                            hit = found
                        case .wordAndTag(let wo, let wx, let to, let tx):
                            hit = w[i + wo] == wx && t[i + to] == tx
                        case .twoWords(let o1, let x1, let o2, let x2):
                            hit = w[i + o1] == x1 && w[i + o2] == x2
                        }
                        if hit && mobility[i].allows(rule.to) {
                            present[Int(t[i])] -= 1
                            present[Int(rule.to)] += 1
                            t[i] = rule.to
                        }
                    }
                }
            }
        }
    }

    // MARK: - Words

    /// The word as the lexicon spells it: typographic quotes and dashes folded
    /// to ASCII ("Korea’s" → "Korea's", "—" → "--"), case kept.
    static func surface(of text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x2033: out.append("\"")
            case 0x2013, 0x2014, 0x2015: out.append(contentsOf: "--".unicodeScalars)
            case 0x2026: out.append(contentsOf: "...".unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// A token for a bare word, for callers without a tokenizer.
    static func token(for word: String) -> Token {
        let lower = surface(of: word).lowercased()
        let kind: TokenKind
        if looksNumeric(Array(lower.utf8)) {
            kind = .number
        } else if word.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) {
            kind = .word
        } else {
            kind = .punctuation
        }
        let firstLetter = word.first { $0.isLetter }
        return Token(start: 0, end: word.utf8.count, text: word, lower: lower, kind: kind,
                     isCapitalized: firstLetter?.isUppercase ?? false)
    }
}

/// The open-class tags a word can take, from the lemma tables: Brill's
/// tagger moves a known word only to a tag it can have ("was" is never VBN,
/// "committee" never a verb).
struct TagSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let noun = TagSet(rawValue: 1)        // N: NN, NNS
    static let base = TagSet(rawValue: 2)        // B: VB, VBP
    static let past = TagSet(rawValue: 4)        // D: VBD
    static let participle = TagSet(rawValue: 8)  // P: VBN
    static let gerund = TagSet(rawValue: 16)     // G: VBG
    static let thirdPerson = TagSet(rawValue: 32) // Z: VBZ
    static let adjective = TagSet(rawValue: 64)  // J: JJ, JJR, JJS
    static let adverb = TagSet(rawValue: 128)    // R: RB, RBR, RBS

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init?<S: Sequence>(letters: S) where S.Element == UInt8 {
        var set = TagSet()
        for b in letters {
            switch b {
            case UInt8(ascii: "N"): set.insert(.noun)
            case UInt8(ascii: "B"): set.insert(.base)
            case UInt8(ascii: "D"): set.insert(.past)
            case UInt8(ascii: "P"): set.insert(.participle)
            case UInt8(ascii: "G"): set.insert(.gerund)
            case UInt8(ascii: "Z"): set.insert(.thirdPerson)
            case UInt8(ascii: "J"): set.insert(.adjective)
            case UInt8(ascii: "R"): set.insert(.adverb)
            default: return nil
            }
        }
        if set.isEmpty { return nil }
        self = set
    }
}
