/// What kind of characters a token is made of; decided once by the tokenizer
/// so later stages never re-inspect characters.
public enum TokenKind: UInt8, Sendable, Codable {
    case word, number, punctuation, symbol
}

/// One token of a sentence, with its place in the document body.
///
/// Offsets are UTF-8 byte offsets into ``Document/text``: cheap to slice and
/// exact. Output converts them to character (Unicode scalar) offsets with
/// ``OffsetMap``. `lower` is the lowercased form every dictionary matches on;
/// typographic quotes and dashes are folded to ASCII there ("’" → "'").
///
/// ```swift
/// // "North Korea's ambassador" → North | Korea | 's | ambassador
/// ```
public struct Token: Sendable, Hashable {
    /// First UTF-8 byte of the token in the document body.
    public var start: Int
    /// One past the last UTF-8 byte.
    public var end: Int
    /// The surface text, as written.
    public var text: String
    /// The lowercased, ASCII-folded form used for matching.
    public var lower: String
    public var kind: TokenKind
    /// True when the token's first letter is uppercase (a name, or a sentence start).
    public var isCapitalized: Bool

    public init(start: Int, end: Int, text: String, lower: String, kind: TokenKind, isCapitalized: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// One sentence of a document: its span in the body and its tokens.
public struct Sentence: Sendable, Hashable {
    /// 0-based position among the document's coded sentences (the title, when
    /// present, is sentence 0).
    public var index: Int
    /// UTF-8 byte range in the document body.
    public var start: Int
    public var end: Int
    /// The sentence text, exactly as in the body.
    public var text: String
    public var tokens: [Token]
    /// True for the headline.
    public var isTitle: Bool
    /// 0-based paragraph number in the body: blank-line separated blocks, or
    /// single lines where the text puts one paragraph per line (see
    /// ``ParagraphSplitter``). Dropped boilerplate paragraphs are counted.
    public var paragraph: Int

    public init(index: Int, start: Int, end: Int, text: String, tokens: [Token], isTitle: Bool = false, paragraph: Int = 0) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.tokens = tokens
        self.isTitle = isTitle
        self.paragraph = paragraph
    }
}
