/// Why a store file cannot be used as asked, with what to do about it.
///
/// ```swift
/// do { _ = try SQLiteEventStore(path: "news.sqlite") }
/// catch let e as StoreError { print(e) }   // the store 'news.sqlite' was made by a newer dyad …
/// ```
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file holds schema steps this dyad does not know: a newer dyad wrote it.
    case newerSchema(path: String, unknownSteps: [String])
    /// The store needs an upgrade (a write) but was opened to read only.
    case needsUpgrade(path: String)
    /// SQLite or dyad's own checks found damage; `problems` lists what.
    case damaged(path: String, problems: [String])

    public var description: String {
        switch self {
        case .newerSchema(let path, let steps):
            return "the store '\(path)' was made by a newer dyad (schema steps \(steps.joined(separator: ", ")) are unknown "
                + "to this one); upgrade dyad to use it — it was left untouched"
        case .needsUpgrade(let path):
            return "the store '\(path)' was made by an older dyad and needs an upgrade, which writes to it; "
                + "run a writing command (dyad ingest or recode) on it, or on a writable copy"
        case .damaged(let path, let problems):
            let shown = problems.prefix(5).joined(separator: "; ") + (problems.count > 5 ? "; … (\(problems.count) in all)" : "")
            return "the store '\(path)' is damaged (\(shown)); nothing was written to it. Run `dyad check --db \(path)` for "
                + "the full report, and rebuild it by ingesting the source files again into a new store"
        }
    }
}
