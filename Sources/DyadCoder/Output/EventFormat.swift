/// Output formats for coded events.
public enum EventFormat: String, Sendable, CaseIterable {
    /// One JSON object per line: the full event record (default).
    case jsonl
    /// Comma-separated values with a header row; nested fields flattened.
    case csv
    /// An aligned, human-readable table.
    case table

    /// Renders events in this format. `header` is written once at the start
    /// of a stream (CSV's column row), then `line(for:)` per event.
    public var writer: any EventWriter {
        switch self {
        case .jsonl: return JSONLinesEventWriter()
        case .csv: return CSVEventWriter()
        case .table: return TableEventWriter()
        }
    }
}

/// Turns events into text lines, one event at a time, so output streams.
public protocol EventWriter: Sendable {
    /// Text to write before the first event (may be empty).
    var header: String { get }
    /// One event's text, without the trailing newline.
    func line(for event: Event) -> String
    /// Appends one event's text and a line break to `bytes`: the same text
    /// as ``line(for:)``, for writers that can skip building a `String`.
    func appendLine(for event: Event, to bytes: inout [UInt8])
}

extension EventWriter {
    public func appendLine(for event: Event, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: line(for: event).utf8)
        bytes.append(0x0A)
    }
}
