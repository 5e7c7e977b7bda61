import DyadText

/// Splits CSV bytes into records of fields (RFC 4180), tracking the line
/// each record starts on.
///
/// A record that cannot be read is handed over as a ``Record/problem`` and
/// reading resumes at the next record boundary, so one damaged record costs
/// only itself:
///
/// - bytes that are not UTF-8 (or a NUL) anywhere in the record;
/// - a quoted field that is never closed, or whose closing quote is followed
///   by more text (`"a"b`): the quote is taken as unterminated, the problem
///   names the line it opened on, and reading resumes on the line after it.
struct CSVRecords {
    /// One record, or why the bytes from `line` on are not one.
    enum Record {
        case fields(line: Int, [String])
        case problem(line: Int, message: String, advice: String)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var line = 1

    init(_ all: UnsafeBufferPointer<UInt8>) {
        let bom = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF
        bytes = bom ? UnsafeBufferPointer(rebasing: all[3...]) : all
    }

    mutating func next() -> Record? {
        guard i < bytes.count else { return nil }
        let start = line, startByte = i
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        // Where the open quote is, to resume after its line when it never closes properly.
        var quoteLine = 0, quoteByte = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if quoted {
                if b == 0x22 {
                    if i < bytes.count, bytes[i] == 0x22 { field.append(0x22); i += 1; continue }
                    quoted = false
                    if i < bytes.count, ![0x2C, 0x0A, 0x0D].contains(bytes[i]) {
                        return unterminated(line: quoteLine, after: quoteByte)
                    }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else if b == 0x22, field.isEmpty {
                quoted = true
                quoteLine = line
                quoteByte = i - 1
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
        if quoted { return unterminated(line: quoteLine, after: quoteByte) }
        if let bad = UTF8Check.firstProblem(in: bytes, from: startByte, to: i) {
            return .problem(line: start, message: "not UTF-8 text (byte \(hexByte(bytes[bad])) in the record)",
                            advice: "fix or remove the record, or convert the file to UTF-8; the other records are read")
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return .fields(line: start, fields)
    }

    /// The problem of a quote opened at byte `quoteByte` on `line` that is not
    /// closed where a field ends; reading resumes on the next line.
    private mutating func unterminated(line quoteLine: Int, after quoteByte: Int) -> Record {
        var k = quoteByte
        while k < bytes.count, bytes[k] != 0x0A { k += 1 }
        i = k + 1
        line = quoteLine + 1
        return .problem(line: quoteLine, message: "a quoted field opened on line \(quoteLine) is not closed",
                        advice: "close the quote or double it (\"\"); reading resumed on the next line")
    }
}
