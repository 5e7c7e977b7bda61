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

extension DictionaryIssue {
    /// The lines to print for `issues`: each distinct message once, in order,
    /// with how many more times it came (at other places). A PETRARCH
    /// dictionary can repeat one warning thousands of times; the first place
    /// and the count say as much.
    ///
    /// ```swift
    /// DictionaryIssue.summarized(issues)
    /// // ["a.txt:3: warning: …", "b.txt:9: warning: … (and 2,411 more like it)"]
    /// ```
    public static func summarized(_ issues: [DictionaryIssue]) -> [String] {
        var count: [String: Int] = [:]
        for i in issues { count["\(i.severity.rawValue): \(i.message)", default: 0] += 1 }
        var shown = Set<String>()
        var lines: [String] = []
        for i in issues {
            let key = "\(i.severity.rawValue): \(i.message)"
            guard shown.insert(key).inserted else { continue }
            let more = (count[key] ?? 1) - 1
            lines.append(i.description + (more > 0 ? " (and \(more) more like it)" : ""))
        }
        return lines
    }
}
