import DyadText

/// The bytes of one `<Sentence>` element, cut from its file by
/// ``PetrarchRecordSplitter`` but not yet read: cutting is a cheap serial
/// scan, reading (``read()``) can happen on any thread.
public struct RawPetrarchRecord: Sendable {
    /// From just after `<Sentence` to just before `</Sentence>`, comments removed.
    let bytes: [UInt8]
    /// Where the opening tag's `>` is in ``bytes``.
    let tagEnd: Int
    /// Line of the `<Sentence>` tag in its file.
    public let line: Int

    /// Why a record could not be read: `line: what`, as reader problems are printed.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "\(line): \(message)" }
    }

    /// The record: its attributes, text, parse and expected events. A record
    /// without `<Text>` is a problem. In a validation file the caller marks
    /// records without gold as expecting no events.
    public func read() -> Result<PetrarchRecord, Problem> {
        // The three attributes read, without a dictionary of all of them; a repeated key's last value wins.
        var idValue: String?, dateValue: String?, category: String?
        PetrarchXMLReader.forEachAttribute(bytes[..<tagEnd]) { key, value in
            if PetrarchXMLReader.isKey(key, "id") { idValue = PetrarchXMLReader.attributeValue(value) }
            else if PetrarchXMLReader.isKey(key, "date") { dateValue = PetrarchXMLReader.attributeValue(value) }
            else if PetrarchXMLReader.isKey(key, "category") { category = PetrarchXMLReader.attributeValue(value) }
        }
        let close = bytes.count
        let bodyRange = (tagEnd + 1)..<close
        let id = idValue ?? "line-\(line)"
        guard let textBody = inner("Text", bytes, bodyRange) else {
            return .failure(Problem(line: line, message: "record \(id) has no <Text>"))
        }
        var expected: [ExpectedEvent] = []
        var none = false
        var errorKind: String?
        var scan = bodyRange.lowerBound
        while let r = find(eventCodingOpen, in: bytes, from: scan, before: close) {
            guard let end = find([0x3E], in: bytes, from: r + 12, before: close) else { break }
            let a = PetrarchXMLReader.parseAttributes(ArraySlice(bytes[(r + 12)..<end].filter { $0 != 0x2F }))
            if a["noevents"]?.lowercased() == "true" {
                none = true
            } else if let e = a["error"] {
                // `error="sentencediscard"`, `"bad_input_parse"`, `"dateline"`: nothing may be coded.
                none = true
                errorKind = e
            } else if let code = a["eventcode"] {
                expected.append(ExpectedEvent(source: a["sourcecode"] ?? "", target: a["targetcode"] ?? "", code: code))
            }
            scan = end
        }
        let parse = inner("Parse", bytes, bodyRange, trimmed: true)
        let date = dateValue.flatMap(PetrarchXMLReader.parseDate)
        return .success(PetrarchRecord(
            id: id, date: date, category: category,
            text: Self.joiningLines(textBody),
            parse: parse.flatMap { $0.isEmpty ? nil : $0 },
            expected: expected, expectsNoEvents: none && expected.isEmpty, expectedError: errorKind, line: line))
    }

    /// The text's lines, each trimmed, empty ones dropped, joined by spaces.
    static func joiningLines(_ text: String) -> String {
        var text = text
        let fast = text.withUTF8 { u -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var start = 0
            for i in 0...u.count {
                let b = i < u.count ? u[i] : 0x0A
                // Vertical tab, form feed, NEL (C2 85) and U+2028/9 (E2 80 A8/9) are line
                // breaks too: such text takes the general path.
                if b == 0x0B || b == 0x0C || b == 0xC2 || b == 0xE2 { return nil }
                guard b == 0x0A || b == 0x0D else { continue }
                var from = start, to = i
                while from < to, String.isSpace(u[from]) { from += 1 }
                while to > from, String.isSpace(u[to - 1]) { to -= 1 }
                if from < to {
                    if !out.isEmpty { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[from..<to]))
                }
                start = i + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        return fast ?? text.split(whereSeparator: \.isNewline).map { String($0).trimmingASCIIWhitespace() }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}
