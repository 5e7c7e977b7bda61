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
///   `date` (see ``DocumentDate``), `title`,
///   `outlet` (or `publication` / `source`), `url` and `author`. Blank lines
///   are skipped; a malformed line becomes an error naming its line.
/// - **HTML**: one article page; see ``HTMLArticleExtractor``.
///
/// Every format: a UTF-8 byte-order mark is dropped, UTF-16 with a
/// byte-order mark is transcoded, and CRLF line ends become LF. In JSON
/// Lines a NUL byte or invalid UTF-8 costs only its record (an error naming
/// `file:line`); an HTML page declaring `iso-8859-1` or `windows-1252` is
/// decoded as Windows-1252 (see ``TextEncoding``); any other file with a NUL
/// byte or invalid UTF-8, and an empty file, gives one error and no documents.
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
        if let problem = DocumentReader.notRegularFile(path) {
            return try handle(.failure(InputError(location: location, message: problem,
                                                  advice: "pass a regular file, or - to read standard input")))
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
        switch TextEncoding.transcodedUTF16(all, name: name) {
        case .success(let utf8)?: return try utf8.withUnsafeBufferPointer { try readUTF8($0, name: name, handle) }
        case .failure(let error)?: return try handle(.failure(error))
        case nil: break
        }
        try readUTF8(all, name: name, handle)
    }

    /// Reads bytes meant to be UTF-8. JSON Lines is checked record by record,
    /// so one bad byte costs one record; an HTML page may declare a Latin-1
    /// charset; any other file with a bad byte gives one error.
    private func readUTF8(_ all: UnsafeBufferPointer<UInt8>, name: String,
                          _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        let hasBOM = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF
        let bytes = hasBOM ? UnsafeBufferPointer(rebasing: all[3...]) : all
        let location = SourceLocation(file: name)
        guard bytes.contains(where: { !String.isSpace($0) }) else {
            return try handle(.failure(InputError(location: location, message: "empty file, nothing to code")))
        }
        let chosen = format == .auto ? InputFormat.detect(bytes, name: name) : format
        if chosen == .jsonl {
            return try JSONLinesReader(name: name, defaultDate: defaultDate).read(bytes, handle)
        }
        if let bad = UTF8Check.firstProblem(in: bytes) {
            if chosen == .html, !bytes.contains(0), let charset = TextEncoding.declaredCharset(bytes),
               TextEncoding.latin1Names.contains(charset) {
                let decoded = TextEncoding.windows1252(bytes)
                return try decoded.withUnsafeBufferPointer { try readUTF8($0, name: name, handle) }
            }
            return try handle(.failure(UTF8Check.error(in: bytes, at: bad, location: location, format: chosen)))
        }
        let text = DocumentReader.normalizedNewlines(bytes)
        if chosen == .html {
            return try handle(HTMLArticleExtractor().document(from: text, id: DocumentReader.documentID(for: name),
                                                              location: location, defaultDate: defaultDate))
        }
        let title = TitleDetector().titleRange(in: text).map { TextPipeline.slice(text, $0.lowerBound, $0.upperBound) }
        try handle(.success(Document(id: DocumentReader.documentID(for: name), text: text, date: defaultDate,
                                     title: title, origin: location)))
    }

    // MARK: Helpers

    /// "not a regular file (a FIFO)" when `path` is a FIFO, device or socket,
    /// which reading would block on or never finish (`/dev/zero`); nil for a
    /// regular file, or when its kind cannot be told (reading then says why).
    public static func notRegularFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "not a regular file (a FIFO)"
        case S_IFCHR: return "not a regular file (a character device)"
        case S_IFBLK: return "not a regular file (a block device)"
        case S_IFSOCK: return "not a regular file (a socket)"
        default: return "not a regular file"
        }
    }

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
}
