/// Tag codes used inside the tagger: a ``PennTag`` raw value, or one of the
/// two markers Brill's rule files use.
enum TagCode {
    /// `STAART`: the padding around a sentence (three places each side).
    static let boundary: UInt8 = 254
    /// `*`: a contextual rule that applies whatever the current tag.
    static let any: UInt8 = 253

    static func parse(_ s: String) -> UInt8? {
        switch s {
        case "STAART": return boundary
        case "*": return any
        default: return PennTag(string: s)?.rawValue
        }
    }
}

/// One of Brill's contextual (transformation) rules, compiled: change tag
/// `from` to `to` where `condition` holds. Offsets are relative to the current
/// word; word conditions compare small integer ids, never strings.
struct ContextRule: Sendable {
    enum Condition: Sendable {
        /// The tag at `offset` is `tag` (PREVTAG, NEXTTAG, PREV2TAG, NEXT2TAG).
        case tag(offset: Int, tag: UInt8)
        /// Some tag in `lo...hi` is `tag` (PREV1OR2TAG, NEXT1OR2OR3TAG, …).
        case tagWithin(lo: Int, hi: Int, tag: UInt8)
        /// Two tags (SURROUNDTAG, PREVBIGRAM, NEXTBIGRAM).
        case twoTags(offset1: Int, tag1: UInt8, offset2: Int, tag2: UInt8)
        /// The word at `offset` (CURWD, PREVWD, NEXTWD, PREV2WD, NEXT2WD).
        case word(offset: Int, word: Int32)
        /// Some word in `lo...hi` (PREV1OR2WD, NEXT1OR2WD, …).
        case wordWithin(lo: Int, hi: Int, word: Int32)
        /// A word and a tag (WDPREVTAG, WDNEXTTAG, WDAND2TAGBFR, WDAND2TAGAFT,
        /// PREVWDTAG, NEXTWDTAG).
        case wordAndTag(wordOffset: Int, word: Int32, tagOffset: Int, tag: UInt8)
        /// Two words (WDAND2AFT, WDAND2BFR, LBIGRAM, RBIGRAM).
        case twoWords(offset1: Int, word1: Int32, offset2: Int, word2: Int32)
    }

    var from: UInt8
    var to: UInt8
    var condition: Condition

    /// Reads one rule line (`VBD VBN PREV1OR2WD have`), giving each word the
    /// rules mention an id in `words`.
    static func parse(_ f: [String], words: inout WordIDs) -> Result<ContextRule, RuleError> {
        guard f.count >= 4 else { return .failure(.init("expected `FROM TO COMMAND ARG [ARG]`, found \(f.count) fields")) }
        guard let from = TagCode.parse(f[0]) else { return .failure(.init("unknown tag `\(f[0])`")) }
        guard let to = TagCode.parse(f[1]), to != TagCode.any, to != TagCode.boundary else {
            return .failure(.init("unknown tag `\(f[1])`"))
        }
        let command = f[2].uppercased()
        let x = f[3]
        let y = f.count > 4 ? f[4] : nil
        func tag(_ s: String?) -> Result<UInt8, RuleError> {
            guard let s else { return .failure(.init("\(command) needs two arguments")) }
            guard let t = TagCode.parse(s), t != TagCode.any else { return .failure(.init("unknown tag `\(s)`")) }
            return .success(t)
        }
        func word(_ s: String?) -> Result<Int32, RuleError> {
            guard let s else { return .failure(.init("\(command) needs two arguments")) }
            return .success(words.id(for: s))
        }
        let condition: Result<Condition, RuleError>
        switch command {
        case "PREVTAG": condition = tag(x).map { .tag(offset: -1, tag: $0) }
        case "NEXTTAG": condition = tag(x).map { .tag(offset: 1, tag: $0) }
        case "PREV2TAG": condition = tag(x).map { .tag(offset: -2, tag: $0) }
        case "NEXT2TAG": condition = tag(x).map { .tag(offset: 2, tag: $0) }
        case "PREV1OR2TAG": condition = tag(x).map { .tagWithin(lo: -2, hi: -1, tag: $0) }
        case "NEXT1OR2TAG": condition = tag(x).map { .tagWithin(lo: 1, hi: 2, tag: $0) }
        case "PREV1OR2OR3TAG": condition = tag(x).map { .tagWithin(lo: -3, hi: -1, tag: $0) }
        case "NEXT1OR2OR3TAG": condition = tag(x).map { .tagWithin(lo: 1, hi: 3, tag: $0) }
        case "SURROUNDTAG": condition = tag(x).flatMap { a in tag(y).map { .twoTags(offset1: -1, tag1: a, offset2: 1, tag2: $0) } }
        case "PREVBIGRAM": condition = tag(x).flatMap { a in tag(y).map { .twoTags(offset1: -2, tag1: a, offset2: -1, tag2: $0) } }
        case "NEXTBIGRAM": condition = tag(x).flatMap { a in tag(y).map { .twoTags(offset1: 1, tag1: a, offset2: 2, tag2: $0) } }
        case "CURWD": condition = word(x).map { .word(offset: 0, word: $0) }
        case "PREVWD": condition = word(x).map { .word(offset: -1, word: $0) }
        case "NEXTWD": condition = word(x).map { .word(offset: 1, word: $0) }
        case "PREV2WD": condition = word(x).map { .word(offset: -2, word: $0) }
        case "NEXT2WD": condition = word(x).map { .word(offset: 2, word: $0) }
        case "PREV1OR2WD": condition = word(x).map { .wordWithin(lo: -2, hi: -1, word: $0) }
        case "NEXT1OR2WD": condition = word(x).map { .wordWithin(lo: 1, hi: 2, word: $0) }
        case "PREV1OR2OR3WD": condition = word(x).map { .wordWithin(lo: -3, hi: -1, word: $0) }
        case "NEXT1OR2OR3WD": condition = word(x).map { .wordWithin(lo: 1, hi: 3, word: $0) }
        // X = word, Y = tag of the same neighbour.
        case "PREVWDTAG": condition = word(x).flatMap { w in tag(y).map { .wordAndTag(wordOffset: -1, word: w, tagOffset: -1, tag: $0) } }
        case "NEXTWDTAG": condition = word(x).flatMap { w in tag(y).map { .wordAndTag(wordOffset: 1, word: w, tagOffset: 1, tag: $0) } }
        // X = tag before, Y = current word.
        case "WDPREVTAG": condition = tag(x).flatMap { t in word(y).map { .wordAndTag(wordOffset: 0, word: $0, tagOffset: -1, tag: t) } }
        case "WDAND2TAGBFR": condition = tag(x).flatMap { t in word(y).map { .wordAndTag(wordOffset: 0, word: $0, tagOffset: -2, tag: t) } }
        // X = current word, Y = tag after.
        case "WDNEXTTAG": condition = word(x).flatMap { w in tag(y).map { .wordAndTag(wordOffset: 0, word: w, tagOffset: 1, tag: $0) } }
        case "WDAND2TAGAFT": condition = word(x).flatMap { w in tag(y).map { .wordAndTag(wordOffset: 0, word: w, tagOffset: 2, tag: $0) } }
        case "WDAND2AFT": condition = word(x).flatMap { a in word(y).map { .twoWords(offset1: 0, word1: a, offset2: 2, word2: $0) } }
        case "WDAND2BFR": condition = word(x).flatMap { a in word(y).map { .twoWords(offset1: -2, word1: a, offset2: 0, word2: $0) } }
        case "LBIGRAM": condition = word(x).flatMap { a in word(y).map { .twoWords(offset1: -1, word1: a, offset2: 0, word2: $0) } }
        case "RBIGRAM": condition = word(x).flatMap { a in word(y).map { .twoWords(offset1: 0, word1: a, offset2: 1, word2: $0) } }
        default: return .failure(.init("unknown contextual rule `\(f[2])`"))
        }
        return condition.map { ContextRule(from: from, to: to, condition: $0) }
    }
}

/// The words contextual rules mention, each with a small id. Tokens get their
/// id once per sentence (0 for every other word), so rules compare integers.
struct WordIDs: Sendable {
    private(set) var ids: [UInt64: Int32] = [:]
    /// Id of `STAART`, the word Brill pads sentences with.
    static let boundary: Int32 = 1

    init() { ids[WordHash.of("STAART")] = WordIDs.boundary }

    mutating func id(for word: String) -> Int32 {
        let h = WordHash.of(word)
        if let id = ids[h] { return id }
        let id = Int32(ids.count + 1)
        ids[h] = id
        return id
    }

    func id(forHash h: UInt64) -> Int32 { ids[h] ?? 0 }
}

/// One of Brill's lexical (morphology) rules for words not in the lexicon:
/// `NN s fhassuf 1 NNS x` — an unknown word tagged NN ending in "s" becomes NNS;
/// `ly hassuf 2 RB x` — whatever its tag.
struct LexicalRule: Sendable {
    enum Test: Sendable {
        case contains([UInt8])
        case hasPrefix([UInt8])
        case hasSuffix([UInt8])
        /// affix + word is in the lexicon.
        case addPrefix([UInt8])
        /// word + affix is in the lexicon.
        case addSuffix([UInt8])
        /// The word starts with the affix, and the rest is in the lexicon.
        case deletePrefix([UInt8])
        /// The word ends with the affix, and the rest is in the lexicon.
        case deleteSuffix([UInt8])
        /// The next word is this one (Brill's `goodleft`: the word appears left of it).
        case nextWord(UInt64)
        /// The previous word is this one (`goodright`).
        case previousWord(UInt64)
    }

    /// The tag the word must have, or ``TagCode/any``.
    var from: UInt8
    var test: Test
    var to: UInt8

    static let commands: Set<String> = ["char", "haspref", "hassuf", "addpref", "addsuf",
                                        "deletepref", "deletesuf", "goodleft", "goodright"]

    static func parse(_ f: [String]) -> Result<LexicalRule, RuleError> {
        guard f.count >= 4 else { return .failure(.init("expected at least 4 fields, found \(f.count)")) }
        let from: UInt8
        let affix: String
        let command: String
        if commands.contains(f[1]) {
            from = TagCode.any; affix = f[0]; command = f[1]
        } else if f[2].hasPrefix("f"), commands.contains(String(f[2].dropFirst())) {
            guard let t = PennTag(string: f[0]) else { return .failure(.init("unknown tag `\(f[0])`")) }
            from = t.rawValue; affix = f[1]; command = String(f[2].dropFirst())
        } else {
            return .failure(.init("no lexical rule command (hassuf, fhassuf, char, goodleft, …) in field 2 or 3"))
        }
        // The new tag is the field before the closing `x`.
        guard let to = PennTag(string: f[f.count - 2]) else { return .failure(.init("unknown tag `\(f[f.count - 2])`")) }
        let a = Array(affix.utf8)
        let test: Test
        switch command {
        case "char": test = .contains(a)
        case "haspref": test = .hasPrefix(a)
        case "hassuf": test = .hasSuffix(a)
        case "addpref": test = .addPrefix(a)
        case "addsuf": test = .addSuffix(a)
        case "deletepref": test = .deletePrefix(a)
        case "deletesuf": test = .deleteSuffix(a)
        case "goodleft": test = .nextWord(WordHash.of(a))
        default: test = .previousWord(WordHash.of(a))
        }
        return .success(LexicalRule(from: from, test: test, to: to.rawValue))
    }
}

struct RuleError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
