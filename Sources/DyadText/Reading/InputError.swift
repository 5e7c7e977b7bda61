/// A problem with the input that stops one document from being read.
///
/// Errors name the place (`file` or `file:line`), say what is wrong, and,
/// when there is something to do about it, what to do. A reader reports the
/// error and carries on with the next document, so one bad line does not
/// stop a corpus run.
///
/// ```swift
/// let e = InputError(location: SourceLocation(file: "news.jsonl", line: 7),
///                    message: "no \"text\" field",
///                    advice: "give each record its article body in \"text\"")
/// print(e)   // news.jsonl:7: no "text" field — give each record its article body in "text"
/// ```
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong.
    public var message: String
    /// What to do about it, when there is something to do.
    public var advice: String?

    /// An error at `location`; `advice` says what to do, when there is something to do.
    public init(location: SourceLocation, message: String, advice: String? = nil) {
        self.location = location
        self.message = message
        self.advice = advice
    }

    /// `file:line: message — advice`.
    public var description: String {
        var s = "\(location): \(message)"
        if let advice { s += " — \(advice)" }
        return s
    }
}
