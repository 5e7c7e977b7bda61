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
/// A record without an id gets `FILE:LINE`. Dates may be `YYYY-MM-DD`,
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
        var records = CSVRecords(bytes)
        guard let header = records.next() else {
            return try handle(.failure(InputError(location: SourceLocation(file: name), message: "empty file, nothing to code")))
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
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
        while let record = records.next() {
            let location = SourceLocation(file: name, line: record.line)
            let f = record.fields
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
                guard let d = CSVDocumentReader.date(raw) else {
                    try handle(.failure(InputError(location: location, message: "'\(raw)' is not a date",
                                                   advice: "write YYYY-MM-DD")))
                    continue
                }
                date = d
            }
            let body = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
            try handle(.success(Document(id: value(idC) ?? "\(DocumentReader.documentID(for: name)):\(record.line)",
                                         text: body, date: date, title: value(titleC), outlet: value(outletC),
                                         url: value(urlC), author: value(authorC), origin: location)))
        }
    }

    /// `YYYY-MM-DD`, `YYYY/MM/DD`, or a timestamp starting with one.
    static func date(_ s: String) -> CalendarDate? {
        let t = s.replacingOccurrences(of: "/", with: "-")
        if let d = CalendarDate(t) { return d }
        if t.count > 10, let d = CalendarDate(String(t.prefix(10))) { return d }
        return nil
    }
}

/// Splits CSV bytes into records of fields, tracking the line each record starts on.
struct CSVRecords {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var line = 1

    init(_ all: UnsafeBufferPointer<UInt8>) {
        let bom = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF
        bytes = bom ? UnsafeBufferPointer(rebasing: all[3...]) : all
    }

    mutating func next() -> (line: Int, fields: [String])? {
        guard i < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if quoted {
                if b == 0x22 {
                    if i < bytes.count, bytes[i] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else if b == 0x22, field.isEmpty {
                quoted = true
            } else if b == 0x2C {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if b == 0x0A {
                line += 1
                break
            } else if b != 0x0D {
                field.append(b)
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return (start, fields)
    }
}
