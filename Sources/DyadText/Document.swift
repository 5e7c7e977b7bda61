/// One news report as dyad reads it: the unit every reader produces and every
/// later stage consumes.
///
/// A `Document` is a plain value. Readers fill it from a file or a record;
/// the text pipeline splits ``text`` into sentences whose offsets point back
/// into it, so every event can quote exactly where it came from.
///
/// ```swift
/// let doc = Document(id: "nk-syria-2018", text: body,
///                    date: CalendarDate("2018-04-24"), outlet: "Breitbart News")
/// ```
public struct Document: Sendable, Hashable, Codable {
    /// Stable identifier: the record's `id`, or the file name for plain text.
    public var id: String
    /// The body text. All offsets in sentences, tokens and events index into it.
    public var text: String
    /// Publication date; relative dates ("Monday", "last year") resolve against it.
    public var date: CalendarDate?
    /// Headline. When the body starts with it, it is also the body's first sentence.
    public var title: String?
    /// Publishing outlet ("Breitbart News", "SANA").
    public var outlet: String?
    public var url: String?
    public var author: String?
    /// Where the document was read from, for error messages and provenance.
    public var origin: SourceLocation?

    public init(id: String, text: String, date: CalendarDate? = nil, title: String? = nil,
                outlet: String? = nil, url: String? = nil, author: String? = nil,
                origin: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.date = date
        self.title = title
        self.outlet = outlet
        self.url = url
        self.author = author
        self.origin = origin
    }
}

/// A place in an input file: the file path and, for line-oriented formats, the 1-based line.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or just `file` when the format has no lines.
    public var description: String {
        if let line { return "\(file):\(line)" }
        return file
    }
}
