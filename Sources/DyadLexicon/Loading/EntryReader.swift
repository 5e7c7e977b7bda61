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
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = String(line).trimmingASCIIWhitespace()
            if trimmed.isEmpty { continue }
            let indented = line.first == " " || line.first == "\t"
            if !indented {
                result.append(RawEntry(header: trimmed, line: lineNumber, attributes: []))
                continue
            }
            guard !result.isEmpty else {
                issues.append(DictionaryIssue(SourceLocation(file: file, line: lineNumber),
                    "indented line before any entry; start entries at column 0"))
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                issues.append(DictionaryIssue(SourceLocation(file: file, line: lineNumber),
                    "expected 'key: value' under the entry on line \(result[result.count - 1].line)"))
                continue
            }
            let key = String(trimmed[..<colon]).trimmingASCIIWhitespace().lowercased()
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingASCIIWhitespace()
            result[result.count - 1].attributes.append((key, value, lineNumber))
        }
        return result
    }

    /// `a | b | c` → `["a", "b", "c"]`, dropping empty items.
    static func list(_ value: some StringProtocol) -> [String] {
        value.split(separator: "|").map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
    }

    /// Splits `KIND REST: names` into its three parts.
    static func header(_ header: String) -> (kind: String, argument: String, value: String)? {
        guard let colon = header.firstIndex(of: ":") else { return nil }
        let left = header[..<colon].split(separator: " ", maxSplits: 1)
        guard let kind = left.first else { return nil }
        let argument = left.count > 1 ? String(left[1]).trimmingASCIIWhitespace() : ""
        return (String(kind).lowercased(), argument, String(header[header.index(after: colon)...]).trimmingASCIIWhitespace())
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
