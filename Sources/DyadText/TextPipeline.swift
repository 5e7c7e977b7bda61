/// Turns a document into numbered, tokenized sentences, ready for parsing.
///
/// The pipeline runs these steps, each a small value you can use alone:
///
/// 1. ``TitleDetector`` finds the headline: the document's `title` when the
///    body repeats it at its start, or, when there is no title field, a short
///    first line followed by a blank line.
/// 2. ``ParagraphSplitter`` cuts the body into paragraphs.
/// 3. ``BoilerplateFilter`` drops captions, credits, share and follow lines,
///    and a line written directly above a credit line (its caption).
/// 4. ``Tokenizer`` and ``SentenceSplitter`` split each remaining paragraph.
///
/// Sentences are numbered 0, 1, 2 … in reading order. The title, when there
/// is one, is sentence 0 with ``Sentence/isTitle`` set. ``Sentence/start``,
/// ``Sentence/end`` and token offsets are UTF-8 byte offsets into
/// ``Document/text``, and ``Sentence/text`` is exactly that slice of the
/// body. ``Sentence/paragraph`` is the paragraph's number in the body,
/// counting dropped paragraphs too, so it matches what a reader sees.
///
/// **A title that is not in the body.** When ``Document/title`` is set but
/// the body does not begin with it (HTML pages, many JSON Lines corpora),
/// sentence 0 is the title itself: its offsets, its tokens' offsets and its
/// text index into ``Document/title``, not the body, and its paragraph is 0.
/// Check ``Sentence/isTitle`` before slicing the body, and build an
/// ``OffsetMap`` of the title for its output spans.
///
/// ```swift
/// let doc = Document(id: "d1", text: """
///     Syria Honours North Korean Envoy
///
///     Syria awarded the envoy a medal on Sunday. He thanked Gen. Kim.
///
///     Follow Jane Doe on Twitter.
///     """)
/// for s in TextPipeline().sentences(in: doc) { print(s.index, s.isTitle, s.text) }
/// // 0 true Syria Honours North Korean Envoy
/// // 1 false Syria awarded the envoy a medal on Sunday.
/// // 2 false He thanked Gen. Kim.
/// ```
public struct TextPipeline: Sendable {
    /// Splits paragraphs into tokens.
    public var tokenizer: Tokenizer
    /// Groups a paragraph's tokens into sentences.
    public var splitter: SentenceSplitter
    /// Cuts the body into paragraphs.
    public var paragraphs: ParagraphSplitter
    /// Drops paragraphs that are not article text; replace its rules to tune it.
    public var filter: BoilerplateFilter
    /// Finds the headline.
    public var titles: TitleDetector

    /// The pipeline with dyad's standard parts.
    public init() {
        tokenizer = Tokenizer()
        splitter = SentenceSplitter()
        paragraphs = ParagraphSplitter()
        filter = BoilerplateFilter()
        titles = TitleDetector()
    }

    /// The document's sentences, title first, boilerplate dropped.
    public func sentences(in document: Document) -> [Sentence] {
        var cut = 0
        return sentences(in: document, cut: &cut)
    }

    /// The document's sentences; `cut` counts the cuts made in text without
    /// sentence ends — sentences longer than ``SentenceSplitter/maximumTokens``
    /// and paragraphs longer than ``maximumSliceBytes`` — so a caller can warn.
    public func sentences(in document: Document, cut: inout Int) -> [Sentence] {
        var result: [Sentence] = []
        forEachSentence(in: document, cut: &cut) { result.append($0) }
        return result
    }

    /// The longest stretch of a paragraph tokenized at once. Real paragraphs are
    /// a few hundred bytes; a longer one (a 50 MB line) is read in slices cut at a
    /// space, so memory stays bounded. A sentence running over a cut is cut too
    /// (and counted in `cut`).
    public static let maximumSliceBytes = 1 << 16

    /// Hands the document's sentences to `body` one at a time, in order, as
    /// ``sentences(in:cut:)`` lists them, without holding them all: what coding a
    /// huge document needs.
    public func forEachSentence(in document: Document, cut: inout Int, _ body: (Sentence) -> Void) {
        var count = 0
        func emit(_ s: Sentence) {
            var s = s
            s.index = count
            count += 1
            body(s)
        }
        var titleInBody: Range<Int>?
        if let title = document.title, !title.trimmingASCIIWhitespace().isEmpty {
            titleInBody = titles.titleRange(of: title, inBody: document.text)
            if titleInBody == nil {
                let tokens = tokenizer.tokens(in: title, from: 0, to: title.utf8.count)
                if let first = tokens.first, let last = tokens.last {
                    emit(Sentence(index: 0, start: first.start, end: last.end,
                                  text: TextPipeline.slice(title, first.start, last.end),
                                  tokens: tokens, isTitle: true, paragraph: 0))
                }
            }
        } else {
            titleInBody = titles.titleRange(in: document.text)
        }

        var body = document.text
        if body.utf8.withContiguousStorageIfAvailable({ _ in true }) == nil { body.makeContiguousUTF8() }
        body.utf8.withContiguousStorageIfAvailable { bytes in
            let all = paragraphs.paragraphs(in: bytes)
            for (k, p) in all.enumerated() {
                var from = p.start
                if let t = titleInBody, t.lowerBound >= p.start, t.lowerBound < p.end {
                    let tokens = tokenizer.tokens(in: bytes, from: t.lowerBound, to: t.upperBound)
                    if let first = tokens.first, let last = tokens.last {
                        emit(Sentence(index: 0, start: first.start, end: last.end,
                                      text: TextPipeline.slice(bytes, first.start, last.end),
                                      tokens: tokens, isTitle: true, paragraph: p.index))
                    }
                    from = t.upperBound
                    if from >= p.end { continue }
                }
                // A paragraph longer than a slice is article text, not a caption or a share line.
                if p.end - from <= TextPipeline.maximumSliceBytes, filter.isBoilerplate(TextPipeline.slice(bytes, from, p.end)) { continue }
                // A line right above a credit line, in the same block, is a photo caption.
                if k + 1 < all.count, all[k + 1].block == p.block,
                   filter.isCreditLine(TextPipeline.slice(bytes, all[k + 1].start, all[k + 1].end)) {
                    continue
                }
                var sliceStart = from
                while sliceStart < p.end {
                    let sliceEnd = TextPipeline.sliceEnd(bytes, from: sliceStart, to: p.end)
                    if sliceEnd < p.end { cut += 1 }
                    let tokens = tokenizer.tokens(in: bytes, from: sliceStart, to: sliceEnd)
                    for r in splitter.split(tokens, cut: &cut) {
                        let start = tokens[r.lowerBound].start, end = tokens[r.upperBound - 1].end
                        emit(Sentence(index: 0, start: start, end: end, text: TextPipeline.slice(bytes, start, end),
                                      tokens: Array(tokens[r]), isTitle: false, paragraph: p.index))
                    }
                    sliceStart = sliceEnd
                }
            }
        }
    }

    /// Where the slice of a paragraph starting at `start` ends: `end` when the rest
    /// fits in ``maximumSliceBytes``, else after the last space before that many
    /// bytes (or, with no space, at the last character boundary).
    static func sliceEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard end - start > maximumSliceBytes else { return end }
        let limit = start + maximumSliceBytes
        var k = limit
        while k > start + maximumSliceBytes / 2, b[k - 1] != 0x20 { k -= 1 }
        if b[k - 1] == 0x20 { return k }
        k = limit
        while k > start + 1, b[k] & 0xC0 == 0x80 { k -= 1 }  // not inside a UTF-8 sequence
        return k
    }

    static func slice(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }

    static func slice(_ s: String, _ start: Int, _ end: Int) -> String {
        let u = s.utf8
        let a = u.index(u.startIndex, offsetBy: start), b = u.index(u.startIndex, offsetBy: end)
        return String(decoding: u[a..<b], as: UTF8.self)
    }
}
