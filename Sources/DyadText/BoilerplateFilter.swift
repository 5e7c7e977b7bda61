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
/// filter.isBoilerplate("Omar Sanadiki/Reuters")                 // true
/// filter.isBoilerplate("Syria accused Israel of an air strike.") // false
/// filter.matchingRule(for: "© 2018 Example News")?.note          // "copyright line"
/// ```
public struct BoilerplateFilter: Sendable {
    /// The rules, checked in order; the first match decides.
    public var rules: [BoilerplateRule]

    public init(rules: [BoilerplateRule] = BoilerplateFilter.standardRules) {
        self.rules = rules
    }

    /// True when the paragraph is not article text.
    public func isBoilerplate(_ paragraph: some StringProtocol) -> Bool {
        matchingRule(for: paragraph) != nil
    }

    /// The first rule the paragraph matches, or nil when it is article text.
    public func matchingRule(for paragraph: some StringProtocol) -> BoilerplateRule? {
        let text = BoilerplateFilter.normalize(paragraph)
        guard !text.isEmpty else { return nil }
        let words = BoilerplateFilter.wordCount(text)
        // The last line on its own, for captions whose credit sits below them.
        var lastLine: String?
        if let nl = paragraph.lastIndex(where: { $0 == "\n" }) {
            let line = BoilerplateFilter.normalize(paragraph[paragraph.index(after: nl)...])
            if !line.isEmpty { lastLine = line }
        }
        for rule in rules {
            if matches(rule, text, words) { return rule }
            if rule.match == .creditLine, let lastLine,
               matches(rule, lastLine, BoilerplateFilter.wordCount(lastLine)) {
                return rule
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

    private func matches(_ rule: BoilerplateRule, _ text: String, _ words: Int) -> Bool {
        if let max = rule.maxWords, words > max { return false }
        let hit: Bool
        switch rule.match {
        case .prefix(let p):
            hit = BoilerplateFilter.hasWordPrefix(text, p)
        case .contains(let p):
            hit = text.contains(p)
        case .suffix(let p):
            hit = BoilerplateFilter.trimmingTrailing(text, ".)").hasSuffix(p)
        case .equals(let p):
            hit = BoilerplateFilter.trimmingTrailing(text, ".:") == p
        case .creditLine:
            hit = BoilerplateFilter.isCreditLine(text, words: words)
        }
        guard hit else { return false }
        return rule.ifContainsAny.isEmpty || rule.ifContainsAny.contains { text.contains($0) }
    }

    // MARK: Helpers

    /// Lowercased, typographic marks folded to ASCII, whitespace collapsed, trimmed.
    static func normalize(_ s: some StringProtocol) -> String {
        let folded = TokenScanner.fold(s.lowercased())
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for v in folded.unicodeScalars {
            if v.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(v)
        }
        return String(out)
    }

    static func wordCount(_ normalized: String) -> Int {
        var n = 1
        for b in normalized.utf8 where b == 0x20 { n += 1 }
        return n
    }

    /// `text` starts with `prefix`, and when the prefix ends in a letter, the
    /// next character of `text` is not a letter.
    static func hasWordPrefix(_ text: String, _ prefix: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        guard let lastOfPrefix = prefix.unicodeScalars.last, lastOfPrefix.properties.isAlphabetic else { return true }
        let rest = text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        guard let next = rest.first else { return true }
        return !next.properties.isAlphabetic
    }

    static func trimmingTrailing(_ text: String, _ chars: String) -> String {
        var s = Substring(text)
        while let last = s.last, chars.contains(last) || last == " " { s = s.dropLast() }
        return String(s)
    }

    /// "STR/AFP/Getty Images", "Omar Sanadiki/Reuters", "KCNA via AP/Pool".
    static func isCreditLine(_ text: String, words: Int) -> Bool {
        guard words <= 10, !text.hasSuffix(".") else { return false }
        var slashes = 0
        for b in text.utf8 where b == 0x2F { slashes += 1 }
        if slashes >= 2 { return true }
        guard slashes == 1 else { return false }
        // A slash with an agency name on either side of it.
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "(" || $0 == ")" })
        return parts.contains { creditNames.contains(String($0)) }
    }
}
