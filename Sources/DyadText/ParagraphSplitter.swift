/// A paragraph of a document body: a numbered byte range.
public struct Paragraph: Sendable, Hashable {
    /// 0-based position among the body's paragraphs (boilerplate included).
    public var index: Int
    /// UTF-8 byte range in the body, without surrounding whitespace.
    public var start: Int
    /// One past the paragraph's last byte.
    public var end: Int
    /// 0-based number of the blank-line separated block holding the
    /// paragraph. Paragraphs that are single lines of one block share it.
    public var block: Int

    public init(index: Int, start: Int, end: Int, block: Int = 0) {
        self.index = index
        self.start = start
        self.end = end
        self.block = block
    }
}

/// Splits a body into paragraphs.
///
/// Paragraphs are blocks separated by blank lines (lines holding only
/// whitespace). Some sources put each paragraph on its own line with no blank
/// line between. So inside a block, each line is a paragraph of its own when
/// no line starts in lowercase and at least half of the lines before a break
/// end a sentence (with `.`, `!`, `?`, `:` or `…`, possibly followed by
/// closing quotes or brackets) — the others are headings. Hard-wrapped text,
/// where lines break mid-sentence and often go on in lowercase, stays one
/// paragraph.
///
/// ```swift
/// let text = "Title\n\nFirst paragraph.\nSecond paragraph.\n\nA wrapped\nparagraph."
/// ParagraphSplitter().paragraphs(in: text).count   // 4
/// ```
public struct ParagraphSplitter: Sendable {
    public init() {}

    /// The paragraphs of `text`, in order.
    public func paragraphs(in text: String) -> [Paragraph] {
        if let r = text.utf8.withContiguousStorageIfAvailable({ paragraphs(in: $0) }) { return r }
        return Array(text.utf8).withUnsafeBufferPointer { paragraphs(in: $0) }
    }

    /// The paragraphs of the UTF-8 bytes `b`.
    public func paragraphs(in b: UnsafeBufferPointer<UInt8>) -> [Paragraph] {
        var result: [Paragraph] = []
        var block: [Range<Int>] = []  // trimmed non-blank lines of the current block
        var blockNumber = 0

        func flush() {
            guard !block.isEmpty else { return }
            if block.count > 1, isOneParagraphPerLine(block, b) {
                for line in block {
                    result.append(Paragraph(index: result.count, start: line.lowerBound, end: line.upperBound, block: blockNumber))
                }
            } else {
                result.append(Paragraph(index: result.count, start: block[0].lowerBound, end: block[block.count - 1].upperBound,
                                        block: blockNumber))
            }
            blockNumber += 1
            block.removeAll(keepingCapacity: true)
        }

        var lineStart = 0
        let n = b.count
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n, b[lineEnd] != 0x0A { lineEnd += 1 }
            let line = ParagraphSplitter.trimmed(lineStart..<lineEnd, b)
            if line.isEmpty { flush() } else { block.append(line) }
            lineStart = lineEnd + 1
        }
        flush()
        return result
    }

    /// Whether the lines of a block are paragraphs, not a wrapped paragraph.
    func isOneParagraphPerLine(_ lines: [Range<Int>], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !lines.dropFirst().contains(where: { startsLowercase($0, b) }) else { return false }
        let breaks = lines.count - 1
        let sentenceEnds = lines.dropLast().filter { endsSentence($0, b) }.count
        return 2 * sentenceEnds >= breaks
    }

    /// The range without leading and trailing whitespace (ASCII, and U+00A0).
    static func trimmed(_ r: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var s = r.lowerBound, e = r.upperBound
        while s < e {
            if String.isSpace(b[s]) { s += 1 } else if b[s] == 0xC2, s + 1 < e, b[s + 1] == 0xA0 { s += 2 } else { break }
        }
        while e > s {
            if String.isSpace(b[e - 1]) { e -= 1 } else if e - 2 >= s, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 } else { break }
        }
        return s..<e
    }

    /// The line ends with sentence-final punctuation, possibly inside closing quotes or brackets.
    func endsSentence(_ line: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = line.upperBound
        while e > line.lowerBound {
            let c = b[e - 1]
            switch c {
            case 0x2E, 0x21, 0x3F, 0x3A: return true         // . ! ? :
            case 0x22, 0x27, 0x29, 0x5D: e -= 1               // " ' ) ]
            default:
                // Three-byte closers and the ellipsis: ” ’ » (E2 80 9D / 99, C2 BB) and … (E2 80 A6)
                if e - 3 >= line.lowerBound, b[e - 3] == 0xE2, b[e - 2] == 0x80 {
                    if b[e - 1] == 0xA6 { return true }
                    if b[e - 1] == 0x9D || b[e - 1] == 0x99 { e -= 3; continue }
                }
                if e - 2 >= line.lowerBound, b[e - 2] == 0xC2, b[e - 1] == 0xBB { e -= 2; continue }
                return false
            }
        }
        return false
    }

    func startsLowercase(_ line: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let c = b[line.lowerBound]
        return c >= 0x61 && c <= 0x7A
    }
}
