import DyadText
import Foundation

/// Turns the paths given to `dyad ingest` into documents: folders are walked
/// recursively (in sorted path order, so runs are reproducible) and each file
/// goes to the reader for its kind.
///
/// | extension            | reader                                     |
/// |----------------------|--------------------------------------------|
/// | `.csv`               | ``CSVDocumentReader``                      |
/// | `.jsonl`, `.json`, `.ndjson` | JSON Lines (``DocumentReader``)    |
/// | `.html`, `.htm`      | an article page (``DocumentReader``)       |
/// | `.txt`, `.text`      | plain text, dated by ``defaultDate``       |
///
/// Inside folders, files with other extensions (and hidden files) are
/// ignored; a file named directly is read whatever its extension. A
/// whole-file document found inside a folder is identified by its path
/// relative to that folder, without extension (`2019/05/talks`), so files
/// with the same name in different subfolders stay distinct.
public struct CorpusReader: Sendable {
    public var defaultDate: CalendarDate?
    public var csv: CSVDocumentReader

    public init(defaultDate: CalendarDate? = nil, csvColumns: CSVDocumentReader.Columns = .init()) {
        self.defaultDate = defaultDate
        csv = CSVDocumentReader(columns: csvColumns, defaultDate: defaultDate)
    }

    static let extensions: Set<String> = ["csv", "jsonl", "json", "ndjson", "html", "htm", "txt", "text"]

    /// Input files for `paths`, each with the folder it was found under (nil for a file named directly).
    public func files(_ paths: [String]) -> [(path: String, root: String?)] {
        var out: [(String, String?)] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue else { out.append((p, nil)); continue }
            var found: [String] = []
            if let e = fm.enumerator(atPath: p) {
                while let rel = e.nextObject() as? String {
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    if CorpusReader.extensions.contains((name as NSString).pathExtension.lowercased()) { found.append(rel) }
                }
            }
            for rel in found.sorted() { out.append(((p as NSString).appendingPathComponent(rel), p)) }
        }
        return out
    }

    /// Reads one file, calling `handle` with every document or error.
    public func read(path: String, root: String?, _ handle: (Result<Document, InputError>) throws -> Void) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "csv" { return try csv.read(path: path, handle) }
        let format: InputFormat
        switch ext {
        case "jsonl", "json", "ndjson": format = .jsonl
        case "html", "htm": format = .html
        case "txt", "text": format = .text
        default: format = .auto
        }
        let reader = DocumentReader(format: format, defaultDate: defaultDate)
        let wholeFileID = DocumentReader.documentID(for: path)
        try reader.read(path: path) { result in
            guard let root, case .success(var doc) = result, doc.id == wholeFileID, format != .jsonl else {
                return try handle(result)
            }
            doc.id = CorpusReader.relativeID(path: path, root: root)
            try handle(.success(doc))
        }
    }

    /// `root/a/b.txt` → `a/b`.
    static func relativeID(path: String, root: String) -> String {
        var rel = String(path.dropFirst(root.count))
        while rel.hasPrefix("/") { rel.removeFirst() }
        return (rel as NSString).deletingPathExtension
    }

    /// A rough count of the documents in `files`, for the progress bar's ETA: lines of JSON Lines and CSV files, one per other file.
    public func estimateDocuments(_ files: [(path: String, root: String?)]) -> Int {
        var n = 0
        for f in files {
            let ext = (f.path as NSString).pathExtension.lowercased()
            guard ["jsonl", "json", "ndjson", "csv"].contains(ext), DocumentReader.notRegularFile(f.path) == nil,
                  let data = try? Data(contentsOf: URL(fileURLWithPath: f.path), options: .mappedIfSafe) else { n += 1; continue }
            let lines = data.withUnsafeBytes { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            n += ext == "csv" ? max(lines - 1, 1) : max(lines, 1)
        }
        return n
    }
}
