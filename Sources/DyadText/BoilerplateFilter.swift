/// Decides, paragraph by paragraph, whether text is part of the article.
///
/// News pages carry furniture around the story: photo captions and agency
/// credits ("STR/AFP/Getty Images"), follow and share prompts, newsletter
/// sign-ups, copyright lines. Coded as sentences they produce false events —
/// a caption saying Kim "visited" a theatre years ago, say — so the text
/// pipeline drops them before splitting sentences.
///
/// The decision is made from a readable list of ``BoilerplateRule``s
/// (``standardRules``, in BoilerplateRules.swift) using plain prefix, contains
/// and suffix checks on the normalised paragraph. It runs once per paragraph,
/// not per token.
///
/// ```swift
/// let filter = BoilerplateFilter()
/// filter.isBoilerplate("Follow Jane Doe on Twitter.")          // true
/// filter.isBoilerplate("Jane Roe/Reuters")                 // true
/// filter.isBoilerplate("Syria accused Israel of an air strike.") // false
/// filter.matchingRule(for: "© 2018 Example News")?.note          // "copyright line"
/// ```
public struct BoilerplateFilter: Sendable {
    /// The rules, checked in order; the first match decides.
    public var rules: [BoilerplateRule] {
        didSet { compiled = rules.map(CompiledRule.init) }
    }

    /// The rules with their patterns as bytes, ready to match.
    private var compiled: [CompiledRule]

    /// A filter with `rules`; the standard rules by default.
    public init(rules: [BoilerplateRule] = BoilerplateFilter.standardRules) {
        self.rules = rules
        self.compiled = rules.map(CompiledRule.init)
    }

    /// True when the paragraph is not article text.
    public func isBoilerplate(_ paragraph: some StringProtocol) -> Bool {
        matchingRule(for: paragraph) != nil
    }

    /// The first rule the paragraph matches, or nil when it is article text.
    public func matchingRule(for paragraphText: some StringProtocol) -> BoilerplateRule? {
        let (text, lastLineStart) = BoilerplateFilter.normalizeWithLastLine(paragraphText)
        guard !text.isEmpty else { return nil }
        let words = BoilerplateFilter.wordCount(text)
        // The last line on its own, for captions whose credit sits below them.
        let lastLine = lastLineStart.map { Array(text[$0...]) }
        for (k, rule) in compiled.enumerated() {
            if rule.matches(text, words) { return rules[k] }
            if case .creditLine = rule.match, let lastLine,
               rule.matches(lastLine, BoilerplateFilter.wordCount(lastLine)) {
                return rules[k]
            }
        }
        return nil
    }

    /// True when the line is a photo credit ("Jane Roe/Reuters"). A line
    /// of text directly above a credit line is its caption.
    public func isCreditLine(_ line: some StringProtocol) -> Bool {
        let text = BoilerplateFilter.normalize(line)
        return !text.isEmpty && BoilerplateFilter.isCreditLine(text, words: BoilerplateFilter.wordCount(text))
    }

    // MARK: Matching on normalised bytes

    /// A rule with its patterns as UTF-8 bytes.
    private struct CompiledRule: Sendable {
        enum Match: Sendable { case prefix([UInt8]), contains([UInt8]), suffix([UInt8]), equals([UInt8]), creditLine }
        let match: Match
        let ifContainsAny: [[UInt8]]
        let maxWords: Int?

        init(_ rule: BoilerplateRule) {
            switch rule.match {
            case .prefix(let p): match = .prefix(Array(p.utf8))
            case .contains(let p): match = .contains(Array(p.utf8))
            case .suffix(let p): match = .suffix(Array(p.utf8))
            case .equals(let p): match = .equals(Array(p.utf8))
            case .creditLine: match = .creditLine
            }
            ifContainsAny = rule.ifContainsAny.map { Array($0.utf8) }
            maxWords = rule.maxWords
        }

        func matches(_ text: [UInt8], _ words: Int) -> Bool {
            if let max = maxWords, words > max { return false }
            let hit: Bool
            switch match {
            case .prefix(let p):
                hit = BoilerplateFilter.hasWordPrefix(text, p)
            case .contains(let p):
                hit = BoilerplateFilter.find(p, in: text)
            case .suffix(let p):
                let t = BoilerplateFilter.trimmingTrailing(text, [0x2E, 0x29])  // . )
                hit = t.count >= p.count && t[(t.count - p.count)...].elementsEqual(p)
            case .equals(let p):
                hit = BoilerplateFilter.trimmingTrailing(text, [0x2E, 0x3A]).elementsEqual(p)  // . :
            case .creditLine:
                hit = BoilerplateFilter.isCreditLine(text, words: words)
            }
            guard hit else { return false }
            return ifContainsAny.isEmpty || ifContainsAny.contains { BoilerplateFilter.find($0, in: text) }
        }
    }

    /// UTF-8 of the text lowercased, typographic marks folded to ASCII,
    /// whitespace runs collapsed to one space, trimmed.
    static func normalize(_ s: some StringProtocol) -> [UInt8] {
        normalizeWithLastLine(s).text
    }

    /// ``normalize(_:)``, and where the last line of a multi-line text starts in the result.
    static func normalizeWithLastLine(_ s: some StringProtocol) -> (text: [UInt8], lastLineStart: Int?) {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        var afterNewline = false
        var lastLineStart: Int?
        for v in s.unicodeScalars {
            let value = v.value
            if value < 0x80 {
                if String.isSpace(UInt8(value)) {
                    pendingSpace = !out.isEmpty
                    if value == 0x0A, !out.isEmpty { afterNewline = true }
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                if afterNewline { lastLineStart = out.count; afterNewline = false }
                let b = UInt8(value)
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                continue
            }
            if v.properties.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if afterNewline { lastLineStart = out.count; afterNewline = false }
            if let folded = TokenScanner.foldTarget(value) {
                out.append(contentsOf: folded.utf8)
            } else if v.properties.changesWhenLowercased {
                out.append(contentsOf: v.properties.lowercaseMapping.utf8)
            } else {
                out.append(contentsOf: String(v).utf8)
            }
        }
        return (out, lastLineStart)
    }

    static func wordCount(_ normalized: [UInt8]) -> Int {
        var n = 1
        for b in normalized where b == 0x20 { n += 1 }
        return n
    }

    /// Whether `pattern` occurs in `text`.
    static func find(_ pattern: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= text.count else { return pattern.isEmpty }
        return text.withUnsafeBufferPointer { t in
            pattern.withUnsafeBufferPointer { p in
                let last = t.count - p.count
                var i = 0
                while i <= last {
                    if t[i] == first {
                        var k = 1
                        while k < p.count, t[i + k] == p[k] { k += 1 }
                        if k == p.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `text` starts with `prefix`, and when the prefix ends in a letter, the
    /// next character of `text` is not a letter.
    static func hasWordPrefix(_ text: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard text.count >= prefix.count, text[..<prefix.count].elementsEqual(prefix) else { return false }
        guard let lastOfPrefix = prefix.last, isLetterByte(lastOfPrefix), text.count > prefix.count else { return true }
        return !isLetterByte(text[prefix.count])
    }

    /// An ASCII letter, or any byte of a non-ASCII character (taken as a letter).
    static func isLetterByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    static func trimmingTrailing(_ text: [UInt8], _ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var end = text.count
        while end > 0, bytes.contains(text[end - 1]) || text[end - 1] == 0x20 { end -= 1 }
        return text[..<end]
    }

    /// "STR/AFP/Getty Images", "Jane Roe/Reuters", "KCNA via AP/Pool".
    static func isCreditLine(_ text: [UInt8], words: Int) -> Bool {
        guard words <= 10, text.last != 0x2E else { return false }
        var slashes = 0
        for b in text where b == 0x2F { slashes += 1 }
        if slashes >= 2 { return true }
        guard slashes == 1 else { return false }
        // A slash with an agency name among the words.
        let parts = text.split(whereSeparator: { $0 == 0x2F || $0 == 0x20 || $0 == 0x28 || $0 == 0x29 })
        return parts.contains { creditNames.contains(String(decoding: $0, as: UTF8.self)) }
    }
}
