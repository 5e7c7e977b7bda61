import Foundation
import DyadText

/// One `<EventCoding …>` line of a PETRARCH validation record: the event
/// the record should produce.
public struct ExpectedEvent: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var source: String
    public var target: String
    public var code: String

    public init(source: String, target: String, code: String) {
        self.source = source
        self.target = target
        self.code = code
    }

    public var description: String { "\(source) \(code) \(target.isEmpty ? "-" : target)" }

    public static func < (a: ExpectedEvent, b: ExpectedEvent) -> Bool {
        (a.source, a.code, a.target) < (b.source, b.code, b.target)
    }
}

/// A `<Sentence>` of a PETRARCH XML file: the text, its Penn Treebank parse
/// when given, and, in validation files, the events it should code.
///
/// ```xml
/// <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
/// <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
/// <Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>
/// <Parse>(ROOT (S (NP (NNP Arnor)) …))</Parse>
/// </Sentence>
/// ```
public struct PetrarchRecord: Sendable, Hashable {
    public var id: String
    public var date: CalendarDate?
    public var category: String?
    public var text: String
    /// The bracketed parse as written, nil when absent.
    public var parse: String?
    /// Expected events; empty with ``expectsNoEvents`` for `noevents` records.
    public var expected: [ExpectedEvent]
    /// `<EventCoding noevents="True">`: the record must code nothing.
    public var expectsNoEvents: Bool
    /// `<EventCoding error="…">`: why PETRARCH codes nothing here (a discard, a bad parse, a dateline).
    public var expectedError: String?
    /// Line of the `<Sentence>` tag in its file.
    public var line: Int
    /// The `<Config option="…" value="…">` settings in force for the record:
    /// each `<Config>` of a validation file holds for the records after it,
    /// until another sets the same option (``PetrarchConfig``).
    public var config: [String: String] = [:]

    /// True when the record carries gold codings (a validation record).
    public var hasGold: Bool { expectsNoEvents || !expected.isEmpty }
}

/// The `<Environment>` of a validation file: the dictionaries it names.
public struct PetrarchEnvironment: Sendable, Hashable {
    public var verbFiles: [String] = []
    public var actorFiles: [String] = []
    public var agentFiles: [String] = []
    public var discardFiles: [String] = []

    public init() {}

    public var allFiles: [String] { verbFiles + actorFiles + agentFiles + discardFiles }
}

/// A PETRARCH XML file read into records.
public struct PetrarchFile: Sendable {
    public var environment: PetrarchEnvironment?
    public var records: [PetrarchRecord]
    /// True for a validation file (`<Validation>` or an `<Environment>`):
    /// there a record without `<EventCoding>` expects no events.
    public var isValidation: Bool
    /// `<Sentence>` elements that could not be read, as `line: problem`.
    public var problems: [String]
}

/// Reads PETRARCH XML (`<Sentences>` of `<Sentence>` records, optionally
/// inside a `<Validation>` with an `<Environment>`). A tolerant scanner, not a
/// full XML parser: comments are skipped, attributes may have spaces around
/// `=`, and one bad record never stops the others.
public enum PetrarchXMLReader {
    public static func read(_ xml: String) -> PetrarchFile {
        let text = removingComments(xml)
        // The scans work on bytes: Foundation's range(of:) over a large file is slow,
        // and from each record on it would be quadratic.
        let bytes = Array(text.utf8)
        var environment: PetrarchEnvironment?
        if let at = find(Array("<Environment".utf8), in: bytes, from: 0),
           let env = element("Environment", in: Substring(String(decoding: bytes[at...].prefix(20_000), as: UTF8.self))) {
            var e = PetrarchEnvironment()
            e.verbFiles = contents(of: "Verbfile", in: env.body)
            e.actorFiles = contents(of: "Actorfile", in: env.body)
            e.agentFiles = contents(of: "Agentfile", in: env.body)
            e.discardFiles = contents(of: "Discardfile", in: env.body)
            environment = e
        }
        var records: [PetrarchRecord] = []
        var problems: [String] = []
        var splitter = PetrarchRecordSplitter(uncommented: bytes)
        // Splitting bytes in memory reads nothing, so it cannot fail.
        while let item = try? splitter.next() {
            switch item {
            case .problem(let p): problems.append(p)
            case .record(let raw):
                switch raw.read() {
                case .success(let record): records.append(record)
                case .failure(let problem): problems.append(problem.description)
                }
            }
        }
        PetrarchConfig.apply(PetrarchConfig.settings(in: bytes), to: &records)
        let isValidation = environment != nil || find(Array("<Validation".utf8), in: bytes, from: 0) != nil
        if isValidation {
            for i in records.indices where !records[i].hasGold { records[i].expectsNoEvents = true }
        }
        return PetrarchFile(environment: environment, records: records, isValidation: isValidation, problems: problems)
    }

    /// `19950101` or `1995-01-01`.
    static func parseDate(_ s: String) -> CalendarDate? {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the digits are the only numbers, read as bytes: four of the year, two of the month, two of the day.
            var count = 0, y = 0, m = 0, d = 0
            for b in s.utf8 where b >= 0x30 && b <= 0x39 {
                let digit = Int(b - 0x30)
                switch count {
                case 0...3: y = y * 10 + digit
                case 4...5: m = m * 10 + digit
                case 6...7: d = d * 10 + digit
                default: break
                }
                count += 1
            }
            guard count == 8 else { return nil }
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        let digits = s.filter(\.isNumber)
        guard digits.count == 8, let y = Int(digits.prefix(4)), let m = Int(digits.dropFirst(4).prefix(2)),
              let d = Int(digits.suffix(2)), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func removingComments(_ s: String) -> String {
        let bytes = Array(s.utf8)
        guard find(Array("<!--".utf8), in: bytes, from: 0) != nil else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        while let open = find(Array("<!--".utf8), in: bytes, from: position) {
            out += bytes[position..<open]
            guard let close = find(Array("-->".utf8), in: bytes, from: open + 4) else { position = bytes.count; break }
            // Keep line breaks so line numbers stay right.
            out += bytes[open..<(close + 3)].filter { $0 == 0x0A }
            position = close + 3
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    static func element(_ name: String, in s: Substring) -> (attributes: Substring, body: Substring)? {
        var search = s
        while let open = search.range(of: "<\(name)") {
            let after = search[open.upperBound...]
            guard let c = after.first, c == ">" || c == " " || c == "\t" || c == "\n" else { search = after; continue }
            guard let tagEnd = after.firstIndex(of: ">") else { return nil }
            let close = s[tagEnd...].range(of: "</\(name)>")
            let body = s[s.index(after: tagEnd)..<(close?.lowerBound ?? s.endIndex)]
            return (after[..<tagEnd], body)
        }
        return nil
    }

    static func contents(of name: String, in s: Substring) -> [String] {
        var out: [String] = []
        var rest = s
        while let e = element(name, in: rest) {
            let v = String(e.body).trimmingASCIIWhitespace()
            if !v.isEmpty { out.append(v) }
            guard let end = rest.range(of: "</\(name)>") else { break }
            rest = rest[end.upperBound...]
        }
        return out
    }

    /// The attributes of a tag's bytes, keys lowercased and values with
    /// entities decoded: `date = "1995" id ="X"` → ["date": "1995", "id": "X"].
    static func parseAttributes(_ bytes: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        forEachAttribute(bytes) { keyBytes, value in
            let key = keyBytes.contains { $0 >= 0x41 && $0 <= 0x5A }
                ? String(decoding: keyBytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
                : String(decoding: keyBytes, as: UTF8.self)
            result[key] = attributeValue(value)
        }
        return result
    }

    /// Calls `body` with the key (as written) and the value bytes of each
    /// attribute of a tag's bytes, in order: what ``parseAttributes(_:)``
    /// collects, for a reader that wants a few keys and no dictionary.
    static func forEachAttribute(_ bytes: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Void) {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var rest = bytes.startIndex
        while let eq = bytes[rest...].firstIndex(of: 0x3D) {  // =
            // The key: the last word before `=`.
            var keyEnd = eq
            while keyEnd > rest, isSpace(bytes[keyEnd - 1]) { keyEnd -= 1 }
            var keyStart = keyEnd
            while keyStart > rest, !isSpace(bytes[keyStart - 1]) { keyStart -= 1 }
            var open = eq + 1
            while open < bytes.endIndex, isSpace(bytes[open]) { open += 1 }
            guard open < bytes.endIndex, bytes[open] == 0x22 || bytes[open] == 0x27 else { break }
            guard let close = bytes[(open + 1)...].firstIndex(of: bytes[open]) else { break }
            body(bytes[keyStart..<keyEnd], bytes[(open + 1)..<close])
            rest = close + 1
        }
    }

    /// True when an attribute's key bytes spell `name` (lowercase ASCII) in any case.
    static func isKey(_ key: ArraySlice<UInt8>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { n in
            key.count == n.count && zip(key, n).allSatisfy { k, c in (k >= 0x41 && k <= 0x5A ? k + 32 : k) == c }
        }
    }

    /// An attribute's value bytes as text, entities decoded.
    static func attributeValue(_ value: ArraySlice<UInt8>) -> String {
        let text = String(decoding: value, as: UTF8.self)
        return value.contains(0x26) ? decodeEntities(text) : text
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

private let textOpen = Array("<Text".utf8), textClose = Array("</Text>".utf8)
let eventCodingOpen = Array("<EventCoding".utf8)
private let parseOpen = Array("<Parse".utf8), parseClose = Array("</Parse>".utf8)

/// The text inside the first `<name …>…</name>` within `range` of `bytes`,
/// entities decoded; with `trimmed`, without the ASCII whitespace around it
/// (as ``Swift/String/trimmingASCIIWhitespace()`` would trim it).
func inner(_ name: String, _ bytes: [UInt8], _ range: Range<Int>, trimmed: Bool = false) -> String? {
    guard var r = innerRange(name, bytes, range) else { return nil }
    if trimmed {
        while !r.isEmpty, String.isSpace(bytes[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
        while !r.isEmpty, String.isSpace(bytes[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
    }
    let text = String(decoding: bytes[r], as: UTF8.self)
    // `memchr` looks for an entity's `&`: most text has none.
    let hasAmpersand = bytes.withUnsafeBufferPointer { b in
        r.isEmpty ? false : memchr(b.baseAddress! + r.lowerBound, 0x26, r.count) != nil
    }
    return hasAmpersand ? PetrarchXMLReader.decodeEntities(text) : text
}

/// Where the text inside the first `<name …>…</name>` within `range` of `bytes` lies.
private func innerRange(_ name: String, _ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
    let open = name == "Text" ? textOpen : name == "Parse" ? parseOpen : Array("<\(name)".utf8)
    var from = range.lowerBound
    while let start = find(open, in: bytes, from: from, before: range.upperBound) {
        let after = start + open.count
        guard after < range.upperBound else { return nil }
        let c = bytes[after]
        guard c == 0x3E || c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D else { from = after; continue }
        guard let tagEnd = find([0x3E], in: bytes, from: after, before: range.upperBound) else { return nil }
        let closing = name == "Text" ? textClose : name == "Parse" ? parseClose : Array("</\(name)>".utf8)
        let end = find(closing, in: bytes, from: tagEnd, before: range.upperBound) ?? range.upperBound
        return (tagEnd + 1)..<end
    }
    return nil
}

/// The first occurrence of `needle` in `bytes` at or after `from` (and
/// ending by `limit`): `memchr` finds each candidate first byte.
func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, before limit: Int? = nil) -> Int? {
    let end = min(limit ?? bytes.count, bytes.count)
    guard let first = needle.first, from >= 0, needle.count <= end - from else { return nil }
    return bytes.withUnsafeBufferPointer { b -> Int? in
        guard let base = b.baseAddress else { return nil }
        let last = end - needle.count
        var i = from
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < needle.count, b[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }
}
