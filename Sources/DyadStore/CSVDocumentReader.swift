import DyadText
import Foundation

/// Reads a CSV export of a news dataset: a header row naming the columns,
/// then one article per record (RFC 4180: fields in double quotes may hold
/// commas, quotes written `""`, and line breaks).
///
/// Which column holds what is set by ``Columns``. Each role lists the names
/// it accepts, first match wins (case-insensitive); the defaults fit common
/// exports such as `id,title,publication,author,date,content,url`:
///
/// | role   | default names                         |
/// |--------|---------------------------------------|
/// | id     | id, article_id, doc_id                |
/// | text   | content, text, body, article          |
/// | title  | title, headline                       |
/// | date   | date, publish_date, published         |
/// | outlet | publication, outlet, source, publisher|
/// | author | author, authors                       |
/// | url    | url, link                             |
///
/// UTF-16 with a byte-order mark is transcoded; a record holding bytes that
/// are not UTF-8 is an error of its own. A record without an id gets `FILE:LINE`. Dates may be `YYYY-MM-DD`,
/// `YYYY/MM/DD` or start with either (`2016-12-09 18:31:00`). A record with
/// the wrong number of fields, an empty text, or an unreadable date is an
/// error naming the line the record starts on; reading goes on.
///
/// ```swift
/// let reader = CSVDocumentReader()
/// try reader.read(path: "articles.csv") { result in … }
/// ```
public struct CSVDocumentReader: Sendable {
    /// Column names for each document field.
    public struct Columns: Sendable {
        public var id = ["id", "article_id", "doc_id"]
        public var text = ["content", "text", "body", "article"]
        public var title = ["title", "headline"]
        public var date = ["date", "publish_date", "published"]
        public var outlet = ["publication", "outlet", "source", "publisher"]
        public var author = ["author", "authors"]
        public var url = ["url", "link"]

        public init() {}
    }

    public var columns: Columns
    /// The date of records with no date column or an empty one.
    public var defaultDate: CalendarDate?

    public init(columns: Columns = Columns(), defaultDate: CalendarDate? = nil) {
        self.columns = columns
        self.defaultDate = defaultDate
    }

    /// Reads the file at `path`, calling `handle` with each document or error in order.
    public func read(path: String, _ handle: (Result<Document, InputError>) throws -> Void) throws {
        if let problem = DocumentReader.notRegularFile(path) {
            return try handle(.failure(InputError(location: SourceLocation(file: path), message: problem,
                                                  advice: "pass a regular file")))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            return try handle(.failure(InputError(location: SourceLocation(file: path), message: "cannot read the file",
                                                  advice: "check that it exists and is readable")))
        }
        try data.withUnsafeBytes { raw in
            try read(raw.bindMemory(to: UInt8.self), name: path, handle)
        }
    }

    /// Reads CSV `bytes` as if from a file called `name`.
    public func read(bytes: [UInt8], name: String, _ handle: (Result<Document, InputError>) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { try read($0, name: name, handle) }
    }

    func read(_ bytes: UnsafeBufferPointer<UInt8>, name: String, _ handle: (Result<Document, InputError>) throws -> Void) throws {
        switch TextEncoding.transcodedUTF16(bytes, name: name) {
        case .success(let utf8)?: return try utf8.withUnsafeBufferPointer { try read($0, name: name, handle) }
        case .failure(let error)?: return try handle(.failure(error))
        case nil: break
        }
        var records = CSVRecords(bytes)
        let header: [String]
        switch records.next() {
        case nil:
            return try handle(.failure(InputError(location: SourceLocation(file: name), message: "empty file, nothing to code")))
        case .problem(let line, let message, _)?:
            return try handle(.failure(InputError(location: SourceLocation(file: name, line: line), message: "header: " + message,
                                                  advice: "fix the header row; no record can be read without it")))
        case .fields(_, let fields)?:
            header = fields
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func index(_ candidates: [String]) -> Int? {
            for c in candidates { if let i = names.firstIndex(of: c.lowercased()) { return i } }
            return nil
        }
        guard let textColumn = index(columns.text) else {
            return try handle(.failure(InputError(
                location: SourceLocation(file: name, line: 1),
                message: "no text column (looked for \(columns.text.joined(separator: ", ")); the header has \(names.joined(separator: ", ")))",
                advice: "name the column holding the article body with --text-column")))
        }
        let (idC, titleC, dateC, outletC, authorC, urlC) = (index(columns.id), index(columns.title), index(columns.date),
                                                            index(columns.outlet), index(columns.author), index(columns.url))
        while let next = records.next() {
            guard case .fields(let recordLine, let f) = next else {
                if case .problem(let line, let message, let advice) = next {
                    try handle(.failure(InputError(location: SourceLocation(file: name, line: line), message: message, advice: advice)))
                }
                continue
            }
            let location = SourceLocation(file: name, line: recordLine)
            if f.count == 1, f[0].isEmpty { continue }
            guard f.count == names.count else {
                try handle(.failure(InputError(location: location, message: "\(f.count) fields where the header has \(names.count)",
                                               advice: "quote fields that hold commas or line breaks")))
                continue
            }
            func value(_ i: Int?) -> String? {
                guard let i else { return nil }
                let v = f[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            guard let text = value(textColumn) else {
                try handle(.failure(InputError(location: location, message: "empty text", advice: "skipped")))
                continue
            }
            var date = defaultDate
            if let raw = value(dateC) {
                switch CSVDocumentReader.date(raw) {
                case .success(let d): if let d { date = d }
                case .failure(let r):
                    try handle(.failure(InputError(location: location, message: r.message, advice: r.advice)))
                    continue
                }
            }
            let body = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
            try handle(.success(Document(id: value(idC) ?? "\(DocumentReader.documentID(for: name)):\(recordLine)",
                                         text: body, date: date, title: value(titleC), outlet: value(outletC),
                                         url: value(urlC), author: value(authorC), origin: location)))
        }
    }

    /// `YYYY-MM-DD`, `YYYY/MM/DD`, or a timestamp starting with one (`2016-12-09 18:31:00`);
    /// see ``DocumentDate`` for the rest.
    static func date(_ s: String) -> Result<CalendarDate?, DocumentDate.Rejection> {
        let t = s.replacingOccurrences(of: "/", with: "-")
        if t.count > 10, CalendarDate(t) == nil, CalendarDate(String(t.prefix(10))) != nil {
            return DocumentDate.read(text: String(t.prefix(10)))
        }
        return DocumentDate.read(text: t)
    }
}
