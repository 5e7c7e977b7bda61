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
}
