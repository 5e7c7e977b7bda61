/// A parsed JSON value, as the JSON Lines reader sees it.
///
/// Numbers keep their literal text ("42", "1.5e3") so an `id` of `42` stays
/// "42" and no precision is lost.
enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var object: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// A short name of the value's type, for error messages.
    var typeName: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true/false"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Where and why a line is not valid JSON.
struct JSONSyntaxError: Error {
    /// 1-based column, counted in bytes.
    var column: Int
    var message: String
}

/// A small strict JSON parser over UTF-8 bytes, for one JSON Lines record.
///
/// Hand-written so the text module stays dependency-free and errors can name
/// the column: "expected ',' or '}' at column 31".
struct JSONParser {
    let b: UnsafeBufferPointer<UInt8>
    var i: Int
    let end: Int
    /// Where the line starts, for columns in errors.
    let lineStart: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        self.b = bytes
        self.i = start
        self.end = end
        self.lineStart = start
    }

    /// Parses one value filling the whole range (surrounding whitespace allowed).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws -> JSONValue {
        var p = JSONParser(bytes, from: start, to: end)
        p.skipSpace()
        let value = try p.value(depth: 0)
        p.skipSpace()
        if p.i < p.end { throw p.error("unexpected text after the JSON value") }
        return value
    }

    func error(_ message: String, at position: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(column: (position ?? i) - lineStart + 1, message: message)
    }


    mutating func skipSpace() {
        while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    mutating func value(depth: Int) throws -> JSONValue {
        guard depth < 200 else { throw error("nesting too deep") }
        guard i < end else { throw error("unexpected end of line, a value was expected") }
        switch b[i] {
        case 0x7B: return try object(depth: depth)
        case 0x5B: return try array(depth: depth)
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return .number(try number())
        default: throw error("unexpected character '\(Self.show(b[i]))', a value was expected")
        }
    }

    mutating func object(depth: Int) throws -> JSONValue {
        i += 1  // {
        var result: [String: JSONValue] = [:]
        skipSpace()
        if i < end, b[i] == 0x7D { i += 1; return .object(result) }
        while true {
            skipSpace()
            guard i < end, b[i] == 0x22 else { throw error("expected a quoted field name") }
            let key = try string()
            skipSpace()
            guard i < end, b[i] == 0x3A else { throw error("expected ':' after the field name \"\(key)\"") }
            i += 1
            skipSpace()
            result[key] = try value(depth: depth + 1)
            skipSpace()
            guard i < end else { throw error("unexpected end of line, expected ',' or '}'") }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x7D { i += 1; return .object(result) }
            throw error("expected ',' or '}' but found '\(Self.show(b[i]))'")
        }
    }

    mutating func array(depth: Int) throws -> JSONValue {
        i += 1  // [
        var result: [JSONValue] = []
        skipSpace()
        if i < end, b[i] == 0x5D { i += 1; return .array(result) }
        while true {
            skipSpace()
            result.append(try value(depth: depth + 1))
            skipSpace()
            guard i < end else { throw error("unexpected end of line, expected ',' or ']'") }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x5D { i += 1; return .array(result) }
            throw error("expected ',' or ']' but found '\(Self.show(b[i]))'")
        }
    }

    mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        let start = i
        guard i + n <= end else { throw error("unexpected end of line", at: start) }
        for k in 0..<n where b[i + k] != word.utf8Start[k] {
            throw error("unexpected character '\(Self.show(b[i]))', a value was expected", at: start)
        }
        i += n
    }

    mutating func number() throws -> String {
        let start = i
        if b[i] == 0x2D { i += 1 }
        func digits() -> Int {
            let s = i
            while i < end, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - s
        }
        guard digits() > 0 else { throw error("a number needs digits", at: start) }
        if i < end, b[i] == 0x2E {
            i += 1
            guard digits() > 0 else { throw error("a number needs digits after '.'") }
        }
        if i < end, b[i] | 0x20 == 0x65 {
            i += 1
            if i < end, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            guard digits() > 0 else { throw error("a number needs digits in its exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    }

    mutating func string() throws -> String {
        let open = i
        i += 1  // opening quote
        let start = i
        // Fast path: no escapes.
        while i < end, b[i] != 0x22, b[i] != 0x5C { i += 1 }
        guard i < end else { throw error("unterminated string (no closing '\"')", at: open) }
        if b[i] == 0x22 {
            i += 1
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<(i - 1)]), as: UTF8.self)
        }
        var out = Array(b[start..<i])
        while i < end {
            let c = b[i]
            if c == 0x22 {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c != 0x5C {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < end else { break }
            let e = b[i + 1]
            i += 2
            switch e {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A surrogate pair: \uD83D\uDE00
                    if i + 1 < end, b[i] == 0x5C, b[i + 1] == 0x75 {
                        i += 2
                        let low = try hex4()
                        scalar = (0xDC00...0xDFFF).contains(low)
                            ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
            default:
                throw error("unknown escape '\\\(Self.show(e))' in a string", at: i - 2)
            }
        }
        throw error("unterminated string (no closing '\"')", at: open)
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= end else { throw error("\\u needs four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("\\u needs four hex digits")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    static func show(_ c: UInt8) -> String {
        c >= 0x20 && c < 0x7F ? String(UnicodeScalar(c)) : hexByte(c)
    }
}

/// "0x1F" for a byte, as messages about bad bytes show it.
public func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
}
