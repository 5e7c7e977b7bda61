/// What the tagger and parser know about one word before looking at its
/// neighbours: hashes of its form, lowercase form, prefixes, suffixes and
/// shape, a few spelling flags, and what Brill's lexicon (bundled with dyad
/// for ``BrillTagger``) says about it. Computed once per token from its UTF-8
/// bytes, without building strings.
///
/// ```swift
/// let w = WordFeatures("Korea's", lexicon: lexicon)  // shape "Xx'x", suffix "a's"…
/// ```
struct WordFeatures: Sendable {
    var form: UInt64 = 0
    var lower: UInt64 = 0
    var prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
    var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0
    var shape: UInt64 = 0
    var flags: UInt64 = 0
    /// Brill lexicon tag (+1, 0 when absent) in the low byte, the lexicon's
    /// open-class tag set above it.
    var lexicon: UInt64 = 0

    static let hasDigit: UInt64 = 1, hasHyphen: UInt64 = 2, hasUpper: UInt64 = 4, allUpper: UInt64 = 8
    static let initialUpper: UInt64 = 16, hasLetter: UInt64 = 32, long: UInt64 = 64, hasPeriod: UInt64 = 128

    /// The padding word before the start and after the end of a sentence.
    static let boundary: WordFeatures = {
        var w = WordFeatures()
        w.form = 0x5eed_0000_0000_0001; w.lower = w.form; w.shape = w.form; w.lexicon = 0xffff
        return w
    }()

    init() {}

    init(_ text: String, lexicon: LexiconLookup) {
        var done = false
        text.utf8.withContiguousStorageIfAvailable { self.fill($0, lexicon: lexicon); done = true }
        if !done {
            let copy = Array(text.utf8)
            copy.withUnsafeBufferPointer { self.fill($0, lexicon: lexicon) }
        }
    }

    private mutating func fill(_ b: UnsafeBufferPointer<UInt8>, lexicon: LexiconLookup) {
        let n = b.count
        var form = WordHash.offset, lower = WordHash.offset, shape = WordHash.offset
        var lastShape: UInt8 = 0, runs = 0
        var f: UInt64 = 0
        var uppers = 0, letters = 0, ascii = true
        for i in 0..<n {
            let c = b[i]
            form = (form ^ UInt64(c)) &* WordHash.prime
            let l: UInt8 = (c >= 65 && c <= 90) ? c + 32 : c
            lower = (lower ^ UInt64(l)) &* WordHash.prime
            let s: UInt8
            switch c {
            case 65...90: s = 88; uppers += 1; letters += 1     // X
            case 97...122: s = 120; letters += 1                // x
            case 48...57: s = 100; f |= Self.hasDigit           // d
            case 0x80...: s = 117; ascii = false                 // u (non-ASCII byte)
            default: s = c
            }
            if c == 45 { f |= Self.hasHyphen }
            if c == 46 { f |= Self.hasPeriod }
            if s == lastShape { runs += 1 } else { runs = 0 }
            if runs < 2 { shape = (shape ^ UInt64(s)) &* WordHash.prime }
            lastShape = s
        }
        if uppers > 0 { f |= Self.hasUpper }
        if letters > 0 { f |= Self.hasLetter }
        if uppers > 0 && uppers == letters { f |= Self.allUpper }
        if n > 0, b[0] >= 65, b[0] <= 90 { f |= Self.initialUpper }
        if n > 12 { f |= Self.long }
        self.form = form
        self.lower = lower
        self.shape = shape
        self.flags = f
        func affix(_ range: Range<Int>) -> UInt64 {
            var h = WordHash.offset &+ UInt64(range.count)
            for i in range {
                let c = b[i]
                h = (h ^ UInt64((c >= 65 && c <= 90) ? c + 32 : c)) &* WordHash.prime
            }
            return h
        }
        prefix1 = affix(0..<min(1, n)); prefix2 = affix(0..<min(2, n)); prefix3 = affix(0..<min(3, n))
        suffix1 = affix(max(0, n - 1)..<n); suffix2 = affix(max(0, n - 2)..<n)
        suffix3 = affix(max(0, n - 3)..<n); suffix4 = affix(max(0, n - 4)..<n)
        self.lexicon = lexicon.code(form: form, lower: lower, ascii: ascii, bytes: b)
    }
}

/// Brill's lexicon and dyad's open-class tag sets (from ``BrillTagger``'s
/// bundled model), as one integer per word for the tagger's features.
struct LexiconLookup: Sendable {
    let brill: BrillTagger?

    static func bundled() -> LexiconLookup { LexiconLookup(brill: try? BrillTagger.bundled()) }

    func code(form: UInt64, lower: UInt64, ascii: Bool, bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let brill else { return 0 }
        var key = form
        if !ascii { key = WordHash.of(BrillTagger.surface(of: String(decoding: bytes, as: UTF8.self))) }
        let tag = brill.lexicon[key] ?? brill.lexicon[lower]
        let set = brill.tagSets[lower]?.rawValue ?? 0
        return UInt64(tag.map { $0.rawValue + 1 } ?? 0) | UInt64(set) << 8
    }
}
