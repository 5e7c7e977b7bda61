/// A run of coded input, ready to write: the rendered lines as UTF-8 bytes,
/// the problems met (each one stderr line), and counts for `--stats`.
///
/// Coding threads fill one per batch of documents or records; the thread that
/// writes takes them in input order, so output stays in input order however
/// many threads code.
///
/// ```swift
/// var out = CodedOutput()
/// let events = coder.code(doc)
/// for e in events { JSONLinesEventWriter().appendLine(for: e, to: &out.bytes) }
/// out.count(sentences: 1, events: events.count)
/// ```
public struct CodedOutput: Sendable {
    /// Rendered output, each line ending in a line break.
    public var bytes: [UInt8] = []
    /// Problems to print, one line each, in input order.
    public var messages: [String] = []
    /// Documents (or records) coded.
    public var documents = 0
    public var sentences = 0
    public var events = 0
    /// Inputs that could not be coded (each has a message).
    public var errors = 0

    public init() {}

    /// Output that is only a problem: one message, one error.
    public init(error message: String) {
        messages = [message]
        errors = 1
    }

    /// Records an input that could not be coded: its message, in input order, and one error.
    public mutating func add(error message: String) {
        messages.append(message)
        errors += 1
    }

    /// Counts one coded document.
    public mutating func count(sentences: Int, events: Int) {
        documents += 1
        self.sentences += sentences
        self.events += events
    }

    /// Appends `line` and a line break to ``bytes``.
    public mutating func appendLine(_ line: String) {
        bytes.append(contentsOf: line.utf8)
        bytes.append(0x0A)
    }
}
