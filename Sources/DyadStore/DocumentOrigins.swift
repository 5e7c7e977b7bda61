import DyadText

/// Remembers where each document id of an ingest run was first read, to
/// catch one id given to documents in two different files.
///
/// Two files that share an id usually mean two archives numbered their
/// articles the same way (`1`, `2`, …). Storing the second would silently
/// replace the first, so `dyad ingest` reports it with both places and
/// keeps the first, unless told the later file is meant to replace
/// (`--replace-duplicates`). A repeat inside one file is an update of the
/// record and is not reported here (the ingester keeps the last).
///
/// ```swift
/// var origins = DocumentOrigins()
/// origins.earlierFile(of: Document(id: "7", text: "…", origin: SourceLocation(file: "a.jsonl", line: 7)))  // nil
/// origins.earlierFile(of: Document(id: "7", text: "…", origin: SourceLocation(file: "b.jsonl", line: 2)))
/// // a.jsonl:7
/// ```
public struct DocumentOrigins: Sendable {
    /// Files in the order first seen; an id refers to its file by position,
    /// so a run of millions of documents keeps one path per file.
    private var files: [String] = []
    private var fileIndex: [String: Int32] = [:]
    private var first: [String: (file: Int32, line: Int32)] = [:]

    public init() {}

    /// Where `document`'s id was first read when that was in another file;
    /// nil for a new id or a repeat in the same file. Documents without an
    /// origin are not tracked.
    public mutating func earlierFile(of document: Document) -> SourceLocation? {
        guard let origin = document.origin else { return nil }
        let file: Int32
        if let known = fileIndex[origin.file] {
            file = known
        } else {
            file = Int32(truncatingIfNeeded: files.count)
            files.append(origin.file)
            fileIndex[origin.file] = file
        }
        let line = Int32(clamping: origin.line ?? 0)
        guard let seen = first[document.id] else {
            first[document.id] = (file, line)
            return nil
        }
        guard seen.file != file else { return nil }
        return SourceLocation(file: files[Int(seen.file)], line: seen.line > 0 ? Int(seen.line) : nil)
    }
}
