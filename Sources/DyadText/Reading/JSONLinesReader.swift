/// Reads JSON Lines: one document per line.
///
/// Field names and their alternatives are listed here, in one place:
/// the body is `text`, `body` or `content`; the outlet is `outlet`,
/// `publication` or `source`. See ``DocumentReader`` for the format.
struct JSONLinesReader {
    /// File name, for ids and messages.
    let name: String
    let defaultDate: CalendarDate?

    static let textFields = ["text", "body", "content"]
    static let titleFields = ["title", "headline"]
    static let outletFields = ["outlet", "publication", "source"]
    static let urlFields = ["url", "link"]
    static let authorFields = ["author", "authors", "byline"]

    func read(_ b: UnsafeBufferPointer<UInt8>, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        var lineNumber = 0
        var i = 0
        while i < b.count {
            var e = i
            while e < b.count, b[e] != 0x0A { e += 1 }
            lineNumber += 1
            var lineEnd = e
            if lineEnd > i, b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            var k = i
            while k < lineEnd, String.isSpace(b[k]) { k += 1 }
            if k < lineEnd, let bad = UTF8Check.firstProblem(in: b, from: i, to: lineEnd) {
                let what = "byte \(hexByte(b[bad]))"
                try handle(.failure(InputError(
                    location: SourceLocation(file: name, line: lineNumber),
                    message: "not UTF-8 text (\(what) at column \(bad - i + 1))",
                    advice: "fix or remove the record, or convert the file to UTF-8; the other records are read")))
            } else if k < lineEnd {
                try handle(record(b, from: i, to: lineEnd, line: lineNumber))
            }
            i = e + 1
        }
    }

    /// One line as a document, or the error that keeps it from being one.
    func record(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int) -> Result<Document, InputError> {
        let location = SourceLocation(file: name, line: line)
        func failure(_ message: String, _ advice: String) -> Result<Document, InputError> {
            .failure(InputError(location: location, message: message, advice: advice))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(b, from: start, to: end)
        } catch let e as JSONSyntaxError {
            return failure("not valid JSON: \(e.message) at column \(e.column)",
                           "fix the line or remove it; each line must be one JSON object")
        } catch {
            return failure("not valid JSON", "fix the line or remove it; each line must be one JSON object")
        }
        guard let object = value.object else {
            return failure("expected a JSON object but found \(value.typeName)",
                           "write each document as one {\"id\": …, \"text\": …} object per line")
        }

        // Body
        guard let textValue = JSONLinesReader.textFields.lazy.compactMap({ object[$0] }).first(where: { $0 != .null }) else {
            return failure("no \"text\" field",
                           "give each record its article body in \"text\" (\"body\" and \"content\" work too)")
        }
        guard let rawText = textValue.string else {
            return failure("the \"text\" field is \(textValue.typeName), not a string",
                           "put the article body in \"text\" as one string")
        }

        // Id
        let id: String
        switch object["id"] {
        case .string(let s) where !s.isEmpty: id = s
        case .number(let n): id = n
        case nil, .null?, .string?: id = "\(DocumentReader.fileName(name)):\(line)"
        case let other?:
            return failure("the \"id\" field is \(other.typeName)", "write the id as a string or a number")
        }

        // Date
        var date = defaultDate
        if let d = object["date"] {
            switch DocumentDate.read(d) {
            case .success(let parsed): if let parsed { date = parsed }
            case .failure(let r): return failure(r.message, r.advice)
            }
        }

        return .success(Document(
            id: id,
            text: DocumentReader.normalizedNewlines(rawText),
            date: date,
            title: JSONLinesReader.firstString(object, JSONLinesReader.titleFields),
            outlet: JSONLinesReader.firstString(object, JSONLinesReader.outletFields),
            url: JSONLinesReader.firstString(object, JSONLinesReader.urlFields),
            author: JSONLinesReader.firstString(object, JSONLinesReader.authorFields),
            origin: location))
    }

    /// The first of `fields` holding a non-empty string. An object with a
    /// `name` ({"source": {"name": "SANA"}}) and a list of strings (authors)
    /// count too.
    static func firstString(_ object: [String: JSONValue], _ fields: [String]) -> String? {
        for f in fields {
            switch object[f] {
            case .string(let s)?:
                let t = s.trimmingASCIIWhitespace()
                if !t.isEmpty { return t }
            case .object(let o)?:
                if let n = o["name"]?.string?.trimmingASCIIWhitespace(), !n.isEmpty { return n }
            case .array(let items)?:
                let names = items.compactMap { $0.string ?? $0.object?["name"]?.string }
                    .map { $0.trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
                if !names.isEmpty { return names.joined(separator: ", ") }
            default:
                continue
            }
        }
        return nil
    }
}
