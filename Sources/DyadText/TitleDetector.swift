/// Finds a document's headline.
///
/// The headline is coded like any sentence but flagged, because headlines
/// compress events ("Assad Awards Ambassador") and some users weigh them
/// differently. Two cases:
///
/// - **Plain text** has no title field. The first non-empty line is the title
///   when it is short (at most ``maxWords`` words), does not end with a
///   sentence-final period, and is followed by a blank line and more text.
/// - **Records with a title** (JSON Lines, HTML) often repeat the title as
///   the body's first line. ``titleRange(of:inBody:)`` finds it there, so the
///   pipeline codes it once, as the body's first sentence. Matching is token
///   by token on ``Token/lower``, so spacing, case and typographic quotes may
///   differ between the two.
///
/// ```swift
/// let body = "Syria Honours Envoy\n\nSyria awarded the envoy a medal on Sunday."
/// let r = TitleDetector().titleRange(in: body)!          // 0..<19
/// TitleDetector().titleRange(of: "Syria honours envoy", inBody: body) == r   // true
/// ```
public struct TitleDetector: Sendable {
    /// Longest first line, in words, still taken for a title.
    public var maxWords: Int

    /// A detector taking first lines of up to `maxWords` words for titles.
    public init(maxWords: Int = 25) {
        self.maxWords = maxWords
    }

    /// The byte range of the title line of plain text, or nil when the text
    /// does not start with one.
    public func titleRange(in text: String) -> Range<Int>? {
        if let r = text.utf8.withContiguousStorageIfAvailable({ titleRange(in: $0) }) { return r }
        return Array(text.utf8).withUnsafeBufferPointer { titleRange(in: $0) }
    }

    /// The byte range of the title line of the UTF-8 bytes `b`, or nil.
    public func titleRange(in b: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let n = b.count
        var i = 0
        func nextLine() -> Range<Int> {
            var e = i
            while e < n, b[e] != 0x0A { e += 1 }
            defer { i = e + 1 }
            return ParagraphSplitter.trimmed(i..<e, b)
        }
        var first: Range<Int>?
        while i < n {
            let r = nextLine()
            if !r.isEmpty { first = r; break }
        }
        // Short enough to hold at most maxWords words.
        guard let line = first, line.count <= maxWords * 24 else { return nil }
        var sawBlank = false
        while i < n {
            if nextLine().isEmpty {
                sawBlank = true
            } else {
                guard sawBlank else { return nil }  // no blank line after it: a wrapped paragraph
                let tokens = Tokenizer().tokens(in: b, from: line.lowerBound, to: line.upperBound)
                return looksLikeTitle(tokens) ? line : nil
            }
        }
        return nil  // nothing after it: the line is the whole text
    }

    /// Whether tokens could be a headline: some words, at most ``maxWords``,
    /// no sentence-final period.
    public func looksLikeTitle(_ tokens: [Token]) -> Bool {
        let words = tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
        guard words > 0, words <= maxWords, let last = tokens.last else { return false }
        return !(last.kind == .punctuation && last.text.utf8.last == 0x2E)
    }

    /// The byte range in `body` where `title` is repeated at its start, or
    /// nil when the body does not begin with the title. The range takes in
    /// sentence-final punctuation written right after the title.
    public func titleRange(of title: String, inBody body: String) -> Range<Int>? {
        let tokenizer = Tokenizer()
        let titleTokens = tokenizer.tokens(in: title, from: 0, to: title.utf8.count)
        guard !titleTokens.isEmpty else { return nil }
        // The body's first block, and a little more, is enough to compare.
        let limit = min(body.utf8.count, title.utf8.count * 2 + 256)
        let bodyTokens = tokenizer.tokens(in: body, from: 0, to: limit)
        guard bodyTokens.count >= titleTokens.count else { return nil }
        for k in 0..<titleTokens.count where titleTokens[k].lower != bodyTokens[k].lower { return nil }
        var last = titleTokens.count - 1
        // Take a full stop or closing mark written right after the title.
        while last + 1 < bodyTokens.count, bodyTokens[last + 1].start == bodyTokens[last].end,
              bodyTokens[last + 1].kind == .punctuation,
              SentenceSplitter.terminatorStrength(bodyTokens[last + 1].text) == .strong || SentenceSplitter.isCloser(bodyTokens[last + 1].text) {
            last += 1
        }
        // The title must end where a word ends: "Syria" is not the start of "Syria's".
        if last + 1 < bodyTokens.count, bodyTokens[last + 1].start == bodyTokens[last].end,
           bodyTokens[last + 1].kind == .word || bodyTokens[last + 1].kind == .number {
            return nil
        }
        if last + 1 == bodyTokens.count, limit < body.utf8.count { return nil }  // cut mid-word by the limit
        return bodyTokens[0].start..<bodyTokens[last].end
    }
}
