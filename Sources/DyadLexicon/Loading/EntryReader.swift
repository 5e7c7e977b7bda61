import DyadText

/// A dictionary entry as written: a header line at column 0 and the indented
/// `key: value` lines under it. The shared first step of every dyad-format
/// dictionary parser.
struct RawEntry {
    var header: String
    var line: Int
    var attributes: [(key: String, value: String, line: Int)]
}

/// Splits dictionary text into ``RawEntry`` values, dropping comments and blank lines.
enum EntryReader {
    static func entries(in text: String, file: String, issues: inout [DictionaryIssue]) -> [RawEntry] {
        var result: [RawEntry] = []
        var lineNumber = 0
        // Works on UTF-8 bytes: dictionaries are read at every start-up.
        let bytes = Array(text.utf8)
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            // Drop the comment and surrounding white space.
            var contentEnd = lineStart
            while contentEnd < lineEnd, bytes[contentEnd] != 0x23 { contentEnd += 1 }
            var a = lineStart, b = contentEnd
            while a < b, isSpace(bytes[a]) { a += 1 }
            while b > a, isSpace(bytes[b - 1]) { b -= 1 }
            if a == b { continue }
            let trimmed = String(decoding: bytes[a..<b], as: UTF8.self)
            let indented = bytes[lineStart] == 0x20 || bytes[lineStart] == 0x09
            if !indented {
                result.append(RawEntry(header: trimmed, line: lineNumber, attributes: []))
                continue
            }
            guard !result.isEmpty else {
                issues.append(DictionaryIssue(SourceLocation(file: file, line: lineNumber),
                    "indented line before any entry; start entries at column 0"))
                continue
            }
            guard let colon = bytes[a..<b].firstIndex(of: 0x3A) else {
                issues.append(DictionaryIssue(SourceLocation(file: file, line: lineNumber),
                    "expected 'key: value' under the entry on line \(result[result.count - 1].line)"))
                continue
            }
            let key = String(decoding: bytes[a..<colon], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
            let value = String(decoding: bytes[(colon + 1)..<b], as: UTF8.self).trimmingASCIIWhitespace()
            result[result.count - 1].attributes.append((key, value, lineNumber))
        }
        return result
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
    }

    /// `a | b | c` → `["a", "b", "c"]`, dropping empty items.
    static func list(_ value: some StringProtocol) -> [String] {
        // Split on the byte: Character-by-Character splitting dominated loading large files.
        value.utf8.split(separator: 0x7C).map { String(decoding: $0, as: UTF8.self).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
    }

    /// Splits `KIND REST: names` into its three parts.
    static func header(_ header: String) -> (kind: String, argument: String, value: String)? {
        // Searched byte by byte (UTF-8 indices are String indices): headers are read at every start-up.
        let u = header.utf8
        guard let colon = u.firstIndex(of: 0x3A) else { return nil }
        var kindStart = u.startIndex
        while kindStart < colon, u[kindStart] == 0x20 { kindStart = u.index(after: kindStart) }
        guard kindStart < colon else { return nil }
        let space = u[kindStart..<colon].firstIndex(of: 0x20)
        let kind = String(header[kindStart..<(space ?? colon)]).lowercased()
        let argument = space.map { String(header[u.index(after: $0)..<colon]).trimmingASCIIWhitespace() } ?? ""
        return (kind, argument, String(header[u.index(after: colon)...]).trimmingASCIIWhitespace())
    }

    /// A CAMEO event code: digits only, of a length in `length` ("010", "1823").
    static func isCameoCode(_ s: String, length: ClosedRange<Int>) -> Bool {
        length.contains(s.utf8.count) && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    static func isUpperCode(_ s: String, length: ClosedRange<Int>) -> Bool {
        length.contains(s.utf8.count) && s.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) }
    }

    static func yesNo(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default: return nil
        }
    }
}
