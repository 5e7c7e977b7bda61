import Foundation

/// Reads news documents from a file or standard input, one at a time.
///
/// A reader turns bytes into ``Document`` values and hands each to a
/// callback as soon as it is ready, so a large JSON Lines corpus never has
/// to fit in memory as documents. A problem with one record is handed over
/// as an ``InputError`` in its place, and reading continues.
///
/// Formats (see ``InputFormat``):
///
/// - **Plain text**: the whole file is one document. Its id is the file name
///   without extension, its date is ``defaultDate``, and a short first line
///   followed by a blank line is its title (see ``TitleDetector``).
/// - **JSON Lines**: one JSON object per line with `text` (or `body` /
///   `content`), and optional `id` (string or number; default `FILE:LINE`),
///   `date` (`YYYY-MM-DD`, an ISO timestamp, or Unix seconds), `title`,
///   `outlet` (or `publication` / `source`), `url` and `author`. Blank lines
///   are skipped; a malformed line becomes an error naming its line.
/// - **HTML**: one article page; see ``HTMLArticleExtractor``.
///
/// Every format: a UTF-8 byte-order mark is dropped and CRLF line ends become
/// LF. A file with NUL bytes or invalid UTF-8, or an empty file, gives one
/// error and no documents.
///
/// ```swift
/// let reader = DocumentReader(format: .auto, defaultDate: CalendarDate("2018-04-24"))
/// reader.read(path: "news.jsonl") { result in
///     switch result {
///     case .success(let doc): print(doc.id, doc.text.count)
///     case .failure(let error): print(error)   // news.jsonl:7: … — what to do
///     }
/// }
/// ```
public struct DocumentReader: Sendable {
    /// The input format; ``InputFormat/auto`` guesses it from the content.
    public var format: InputFormat
    /// The date of documents that carry none (plain text always; JSON Lines
    /// records and HTML pages without a date).
    public var defaultDate: CalendarDate?

    /// A reader of `format` files; `defaultDate` dates documents that carry no date.
    public init(format: InputFormat = .auto, defaultDate: CalendarDate? = nil) {
        self.format = format
        self.defaultDate = defaultDate
    }

    /// The name used for standard input in ids and messages.
    public static let standardInputName = "<stdin>"

    /// Reads the file at `path` (`-` reads standard input) and calls `handle`
    /// with each document or error, in file order.
    public func read(path: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        if path == "-" { return try readStandardInput(handle) }
        let location = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return try handle(.failure(InputError(location: location, message: "no such file",
                                                  advice: "check the path")))
        }
        if isDirectory.boolValue {
            return try handle(.failure(InputError(location: location, message: "is a directory",
                                                  advice: "pass the files inside it")))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            return try handle(.failure(InputError(location: location, message: "cannot read the file (\(error.localizedDescription))",
                                                  advice: "check that it is readable")))
        }
        try data.withUnsafeBytes { raw in
            try read(raw.bindMemory(to: UInt8.self), name: path, handle)
        }
    }

    /// Reads all of standard input as one input named ``standardInputName``.
    public func readStandardInput(_ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        try data.withUnsafeBytes { raw in
            try read(raw.bindMemory(to: UInt8.self), name: DocumentReader.standardInputName, handle)
        }
    }

    /// Reads `bytes` as if from a file called `name`, which is used for ids,
    /// messages and, for ``InputFormat/auto``, the `.html` extension check.
    public func read(bytes: [UInt8], name: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { try read($0, name: name, handle) }
    }

    /// All documents and errors of `bytes`, collected (convenient in tests and small inputs).
    public func documents(bytes: [UInt8], name: String) -> [Result<Document, InputError>] {
        var out: [Result<Document, InputError>] = []
        read(bytes: bytes, name: name) { out.append($0) }
        return out
    }

    /// The reading itself, on bytes.
    func read(_ all: UnsafeBufferPointer<UInt8>, name: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        let hasBOM = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF
        let bytes = hasBOM ? UnsafeBufferPointer(rebasing: all[3...]) : all
        let location = SourceLocation(file: name)
        guard bytes.contains(where: { !String.isSpace($0) }) else {
            return try handle(.failure(InputError(location: location, message: "empty file, nothing to code")))
        }
        if let bad = UTF8Check.firstProblem(in: bytes) {
            return try handle(.failure(InputError(
                location: location,
                message: "not UTF-8 text (byte \(hexByte(bytes[bad])) at line \(UTF8Check.line(of: bad, in: bytes)))",
                advice: "convert it to UTF-8 or pass a text/JSON Lines/HTML file")))
        }
        let chosen = format == .auto ? InputFormat.detect(bytes, name: name) : format
        switch chosen {
        case .jsonl:
            try JSONLinesReader(name: name, defaultDate: defaultDate).read(bytes, handle)
        case .html:
            let text = DocumentReader.normalizedNewlines(bytes)
            try handle(HTMLArticleExtractor().document(from: text, id: DocumentReader.documentID(for: name),
                                                       location: location, defaultDate: defaultDate))
        case .text, .auto:
            let text = DocumentReader.normalizedNewlines(bytes)
            let title = TitleDetector().titleRange(in: text).map { TextPipeline.slice(text, $0.lowerBound, $0.upperBound) }
            try handle(.success(Document(id: DocumentReader.documentID(for: name), text: text, date: defaultDate,
                                         title: title, origin: location)))
        }
    }

    // MARK: Helpers

    /// The id of a whole-file document: the file name without directory and extension.
    public static func documentID(for name: String) -> String {
        if name == standardInputName { return "stdin" }
        let file = name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? name
        if let dot = file.lastIndex(of: "."), dot != file.startIndex {
            return String(file[..<dot])
        }
        return file
    }

    /// The file name without its directory.
    static func fileName(_ name: String) -> String {
        name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? name
    }

    /// UTF-8 bytes as a String with CRLF and lone CR turned into LF.
    static func normalizedNewlines(_ b: UnsafeBufferPointer<UInt8>) -> String {
        guard b.contains(0x0D) else { return String(decoding: b, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b[i])
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A String with CRLF and lone CR turned into LF.
    static func normalizedNewlines(_ s: String) -> String {
        guard s.utf8.contains(0x0D) else { return s }
        return Array(s.utf8).withUnsafeBufferPointer { normalizedNewlines($0) }
    }

    /// A document date from a record: `YYYY-MM-DD`, `YYYY/MM/DD`, an ISO
    /// timestamp, or Unix time in seconds (or milliseconds). Returns
    /// `.some(nil)` for null or an empty string (no date), and nil when the
    /// value is not a date.
    static func parseDate(_ value: JSONValue) -> CalendarDate?? {
        switch value {
        case .null: return .some(nil)
        case .string(let s):
            let t = s.trimmingASCIIWhitespace()
            if t.isEmpty { return .some(nil) }
            if let d = CalendarDate(t) { return d }
            if t.contains("/"), let d = CalendarDate(String(t.map { $0 == "/" ? "-" : $0 })) { return d }
            if t.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), t.utf8.count >= 9, let n = Int(t) {
                return unixDate(n)
            }
            return nil
        case .number(let s):
            guard let v = Double(s) else { return nil }
            return unixDate(Int(v.rounded(.down)))
        default:
            return nil
        }
    }

    private static func unixDate(_ n: Int) -> CalendarDate {
        let seconds = n > 100_000_000_000 ? n / 1000 : n  // milliseconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CalendarDate.fromDayNumber(days)
    }
}
