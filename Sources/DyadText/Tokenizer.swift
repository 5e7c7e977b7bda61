/// Splits text into words, numbers and punctuation, keeping byte offsets.
///
/// The tokenizer works on the UTF-8 bytes of the text and never builds
/// `Character`s, so it is fast on long documents. Every ``Token`` records the
/// byte range it came from, so later stages can quote the source exactly.
///
/// The rules follow Penn Treebank conventions, which the tagger and the
/// dictionaries expect:
///
/// - Words may hold letters of any script, digits, and internal hyphens and
///   apostrophes: `al-Assad`, `Jong-un`, `non-proliferation`, `O'Brien`.
/// - Numbers keep internal commas and decimal points: `1,000`, `3.5`, `2017`.
///   A currency sign is its own token: `$200` → `$` `200`.
/// - Dotted acronyms, initials and known abbreviations keep their period:
///   `U.S.`, `U.N.`, `C.`, `Gen.`, `Mr.` (see ``Abbreviations``).
/// - Clitics split off: `Korea's` → `Korea` `'s` (also with `’`), `didn't` →
///   `did` `n't`.
/// - Every punctuation mark is its own token: `“`, `”`, `,`, `(`, `—`. A run
///   of periods is one token (`...`), as is a run of hyphens (`--`).
/// - Web addresses (`https://…`, `www.…`) are one symbol token.
///
/// ``Token/lower`` is lowercased with typographic marks folded to ASCII
/// (`’` → `'`, `“ ”` → `"`, `— –` → `-`, `…` → `...`), which is the form
/// dictionaries match on.
///
/// ```swift
/// let text = "North Korea's Kim Jong-un didn't visit the U.S."
/// Tokenizer().tokens(in: text, from: 0, to: text.utf8.count).map(\.text)
/// // ["North", "Korea", "'s", "Kim", "Jong-un", "did", "n't", "visit", "the", "U.S."]
/// ```
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of the UTF-8 byte range `start..<end` of `text`. Offsets in the
    /// returned tokens are byte offsets into the whole of `text`. The range is
    /// clamped to the text; it should start and end on character boundaries.
    public func tokens(in text: String, from start: Int, to end: Int) -> [Token] {
        if let result = text.utf8.withContiguousStorageIfAvailable({ tokens(in: $0, from: start, to: end) }) {
            return result
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { tokens(in: $0, from: start, to: end) }
    }

    /// Tokens of `bytes[start..<end]`, which must be valid UTF-8.
    public func tokens(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Token] {
        var scanner = TokenScanner(bytes: bytes, end: min(max(end, 0), bytes.count))
        scanner.run(from: max(0, min(start, end)))
        return scanner.tokens
    }
}

/// The byte-level state machine behind ``Tokenizer``.
struct TokenScanner {
    let b: UnsafeBufferPointer<UInt8>
    let end: Int
    var tokens: [Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        self.b = bytes
        self.end = end
        tokens.reserveCapacity(max(16, end / 5))
    }

    enum Class { case letter, digit, space, other }

    /// One Unicode scalar at a byte position: its class, byte length and value.
    struct Unit {
        var cls: Class
        var len: Int
        var scalar: UInt32
    }

    mutating func run(from start: Int) {
        var i = start
        while i < end {
            let c = b[i]
            if c < 0x80 {
                if c <= 0x20 || c == 0x7F { i += 1; continue }
                if TokenScanner.isASCIIAlnum(c) {
                    if let urlEnd = urlEnd(at: i) {
                        emit(i, urlEnd, kind: .symbol, nonASCII: false)
                        i = urlEnd
                    } else {
                        i = word(at: i)
                    }
                    continue
                }
                i = asciiPunctuation(at: i)
                continue
            }
            let u = unit(at: i)
            switch u.cls {
            case .space:
                i += u.len
            case .letter, .digit:
                i = word(at: i)
            case .other:
                let kind: TokenKind = TokenScanner.isPunctuation(u.scalar) ? .punctuation : .symbol
                emit(i, i + u.len, kind: kind, nonASCII: true)
                i += u.len
            }
        }
    }

    // MARK: Characters

    @inline(__always) static func isASCIIAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }

    @inline(__always) static func isASCIIUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

    /// Decodes the scalar at `i` and classifies it. Past the end: a space.
    @inline(__always) func unit(at i: Int) -> Unit {
        guard i < end else { return Unit(cls: .space, len: 1, scalar: 0x20) }
        let c = b[i]
        if c < 0x80 {
            let cls: Class
            if c >= 0x30 && c <= 0x39 { cls = .digit }
            else if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { cls = .letter }
            else if c <= 0x20 || c == 0x7F { cls = .space }
            else { cls = .other }
            return Unit(cls: cls, len: 1, scalar: UInt32(c))
        }
        let (scalar, len) = decode(at: i)
        return Unit(cls: TokenScanner.classify(scalar), len: len, scalar: scalar)
    }

    /// Decodes a multi-byte UTF-8 sequence; invalid bytes decode as U+FFFD, length 1.
    @inline(__always) func decode(at i: Int) -> (UInt32, Int) {
        let c = UInt32(b[i])
        func cont(_ k: Int) -> UInt32? {
            guard i + k < end, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        if c & 0xE0 == 0xC0, let c1 = cont(1) { return (((c & 0x1F) << 6) | c1, 2) }
        if c & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) { return (((c & 0x0F) << 12) | (c1 << 6) | c2, 3) }
        if c & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            return (((c & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        }
        return (0xFFFD, 1)
    }

    static func classify(_ value: UInt32) -> Class {
        guard let s = Unicode.Scalar(value) else { return .other }
        switch value {
        case 0x200B...0x200D, 0x2060, 0xFEFF: return .space  // zero-width characters
        case 0x00AD: return .other                           // soft hyphen: a connector
        default: break
        }
        let p = s.properties
        if p.isWhitespace { return .space }
        if p.numericType == .decimal { return .digit }
        if p.isAlphabetic { return .letter }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
        case .control, .format: return .space
        default: return .other
        }
    }

    static func isPunctuation(_ value: UInt32) -> Bool {
        guard let s = Unicode.Scalar(value) else { return false }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return value == 0x2212  // minus sign
        }
    }

    @inline(__always) static func isHyphen(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2010 || v == 0x2011 || v == 0x00AD
    }

    @inline(__always) static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019
    }

    static func isUppercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    // MARK: Words

    /// Scans a word or number starting at `start`, handles a kept period and
    /// clitics, emits the token(s) and returns the position after them.
    mutating func word(at start: Int) -> Int {
        var j = start
        var hasLetter = false, nonASCII = false
        var units = 0
        var last: Class = .space
        var lastScalar: UInt32 = 0
        var lastApostrophe = -1
        while j < end {
            let u = unit(at: j)
            if u.cls == .letter || u.cls == .digit {
                if u.cls == .letter { hasLetter = true }
                if u.len > 1 { nonASCII = true }
                last = u.cls
                lastScalar = u.scalar
                units += 1
                j += u.len
                continue
            }
            let s = u.scalar
            guard TokenScanner.isHyphen(s) || TokenScanner.isApostrophe(s) || s == 0x2E || s == 0x2C || s == 0x26
            else { break }
            let next = unit(at: j + u.len)
            let joins: Bool
            if TokenScanner.isHyphen(u.scalar) {
                joins = next.cls == .letter || next.cls == .digit
            } else if TokenScanner.isApostrophe(u.scalar) {
                joins = last == .letter && next.cls == .letter
                if joins { lastApostrophe = j }
            } else if u.scalar == 0x2E || u.scalar == 0x2C {  // . ,
                joins = last == .digit && next.cls == .digit
            } else if u.scalar == 0x26 {  // & in "AT&T", "Q&A"
                joins = TokenScanner.isUppercase(lastScalar) && lastScalar < 0x80
                    && next.cls == .letter && TokenScanner.isUppercase(next.scalar) && next.scalar < 0x80
            } else {
                joins = false
            }
            guard joins else { break }
            if u.len > 1 { nonASCII = true }
            j += u.len
        }

        // A period that belongs to the word: "U.S.", "C.", "Gen.", "No. 5".
        if hasLetter, j < end, b[j] == 0x2E, let kept = keptPeriodEnd(start: start, wordEnd: j, units: units) {
            emit(start, kept, kind: .word, nonASCII: nonASCII || containsNonASCII(start, kept))
            return kept
        }

        if lastApostrophe > start, let split = cliticSplit(start: start, end: j, apostrophe: lastApostrophe) {
            emit(start, split, kind: .word, nonASCII: nonASCII)
            emit(split, j, kind: .word, nonASCII: nonASCII)
            return j
        }
        emit(start, j, kind: hasLetter ? .word : .number, nonASCII: nonASCII)
        return j
    }

    /// Where a word followed by a period ends when the period belongs to it,
    /// or nil when the period is punctuation.
    func keptPeriodEnd(start: Int, wordEnd j: Int, units: Int) -> Int? {
        if units == 1 {
            // Dotted acronym: a letter, a period, and at least one more "letter ." pair.
            var pos = j
            var pairs = 1
            while pos + 1 < end {
                let u = unit(at: pos + 1)
                guard u.cls == .letter, pos + 1 + u.len < end, b[pos + 1 + u.len] == 0x2E else { break }
                pos = pos + 1 + u.len
                pairs += 1
            }
            if pairs >= 2 { return pos + 1 }
            // An initial: "Mary B. Stone".
            if TokenScanner.isUppercase(unit(at: start).scalar) { return j + 1 }
        }
        guard j - start <= 12 else { return nil }
        let word = string(start, j)
        guard let kind = Abbreviations.kind(of: word) else { return nil }
        if kind == .number {
            var k = j + 1
            while k < end, b[k] == 0x20 { k += 1 }
            guard k > j + 1, k < end, b[k] >= 0x30, b[k] <= 0x39 else { return nil }
        }
        return j + 1
    }

    /// The split point of a clitic at the end of `start..<end`: "n't", "'s",
    /// "'re", "'ve", "'ll", and "'d"/"'m" after pronouns ("I'm", "they'd").
    func cliticSplit(start: Int, end e: Int, apostrophe a: Int) -> Int? {
        let aLen = b[a] == 0x27 ? 1 : 3
        let suffixStart = a + aLen
        // n't: the apostrophe is followed by a lone "t" and preceded by "n".
        if e - suffixStart == 1, b[suffixStart] | 0x20 == 0x74, a - 1 > start, b[a - 1] | 0x20 == 0x6E {
            return a - 1
        }
        let suffix = lowerASCII(suffixStart, e)
        switch suffix {
        case "s", "re", "ve", "ll":
            return a
        case "d":
            let prefix = lowerASCII(start, a)
            return ["i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what"].contains(prefix) ? a : nil
        case "m":
            return lowerASCII(start, a) == "i" ? a : nil
        default:
            return nil
        }
    }

    // MARK: Punctuation and addresses

    /// Emits the ASCII punctuation or symbol at `i`; returns the next position.
    mutating func asciiPunctuation(at i: Int) -> Int {
        let c = b[i]
        if c == 0x2E || c == 0x2D {  // runs of periods ("...") or hyphens ("--")
            var j = i + 1
            while j < end, b[j] == c { j += 1 }
            emit(i, j, kind: .punctuation, nonASCII: false)
            return j
        }
        let kind: TokenKind
        switch c {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x27, 0x60, 0x2D, 0x2F:
            kind = .punctuation  // . , ; : ! ? ( ) [ ] { } " ' ` - /
        default:
            kind = .symbol       // $ % & @ # * + = < > ^ _ ~ | \
        }
        emit(i, i + 1, kind: kind, nonASCII: false)
        return i + 1
    }

    /// The end of a web address starting at `i`, or nil when none starts there.
    func urlEnd(at i: Int) -> Int? {
        func has(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard i + n <= end else { return false }
            let p = s.utf8Start
            for k in 0..<n where b[i + k] | 0x20 != p[k] | 0x20 { return false }
            return true
        }
        guard b[i] | 0x20 == 0x68 || b[i] | 0x20 == 0x77 else { return nil }  // h, w
        guard has("http://") || has("https://") || has("www.") else { return nil }
        var j = i
        while j < end, b[j] > 0x20, b[j] < 0x80 { j += 1 }
        while j > i, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x22, 0x27].contains(b[j - 1]) { j -= 1 }
        return j > i + 4 ? j : nil
    }

    // MARK: Building tokens

    func string(_ a: Int, _ z: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[a..<z]), as: UTF8.self)
    }

    func lowerASCII(_ a: Int, _ z: Int) -> String {
        String(unsafeUninitializedCapacity: z - a) { out in
            for k in a..<z {
                let c = b[k]
                out[k - a] = TokenScanner.isASCIIUpper(c) ? c | 0x20 : c
            }
            return z - a
        }
    }

    func containsNonASCII(_ a: Int, _ z: Int) -> Bool {
        for k in a..<z where b[k] >= 0x80 { return true }
        return false
    }

    mutating func emit(_ a: Int, _ z: Int, kind: TokenKind, nonASCII: Bool) {
        guard z > a else { return }
        let text = string(a, z)
        let lower: String
        var capitalized = false
        if nonASCII || (kind != .word && kind != .number && b[a] >= 0x80) {
            lower = TokenScanner.fold(text.lowercased())
            if kind == .word {
                var k = a
                while k < z {
                    let u = unit(at: k)
                    if u.cls == .letter { capitalized = TokenScanner.isUppercase(u.scalar); break }
                    k += u.len
                }
            }
        } else {
            var hasUpper = false
            for k in a..<z where TokenScanner.isASCIIUpper(b[k]) { hasUpper = true; break }
            lower = hasUpper ? lowerASCII(a, z) : text
            if kind == .word {
                for k in a..<z where (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7A {
                    capitalized = TokenScanner.isASCIIUpper(b[k])
                    break
                }
            }
        }
        tokens.append(Token(start: a, end: z, text: text, lower: lower, kind: kind, isCapitalized: capitalized))
    }

    /// Folds typographic quotes, apostrophes, dashes and the ellipsis to ASCII.
    static func fold(_ s: String) -> String {
        var needs = false
        for v in s.unicodeScalars where v.value >= 0x80 && foldTarget(v.value) != nil { needs = true; break }
        guard needs else { return s }
        var out = String.UnicodeScalarView()
        for v in s.unicodeScalars {
            if v.value >= 0x80, let f = foldTarget(v.value) {
                out.append(contentsOf: f.unicodeScalars)
            } else {
                out.append(v)
            }
        }
        return String(out)
    }

    static func foldTarget(_ v: UInt32) -> String? {
        switch v {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x2026: return "..."
        case 0x00AD: return ""
        default: return nil
        }
    }
}
