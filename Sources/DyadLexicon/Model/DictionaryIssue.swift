import DyadText

/// A problem found while reading a dictionary: where it is, and what to do.
///
/// Loading never stops at the first bad line: the line is skipped, an issue
/// is recorded, and `dyad dict check` lists them all as `file:line: message`.
public struct DictionaryIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var location: SourceLocation
    public var message: String
    public var severity: Severity

    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
