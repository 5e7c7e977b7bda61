/// Finds bytes that make a file unfit to read as text: NUL bytes (a binary
/// file) and anything that is not well-formed UTF-8 (overlongs, surrogates,
/// truncated sequences, bytes past U+10FFFF). Readers check each record with
/// it, so one bad byte costs one record:
///
/// ```swift
/// let line: [UInt8] = [0x41, 0xFF, 0x42]
/// line.withUnsafeBufferPointer { UTF8Check.firstProblem(in: $0, from: 0, to: 3) }   // 1
/// ```
public enum UTF8Check {
    /// The offset of the first NUL or invalid UTF-8 byte, or nil when the
    /// bytes are clean UTF-8 text.
    static func firstProblem(in b: UnsafeBufferPointer<UInt8>) -> Int? {
        firstProblem(in: b, from: 0, to: b.count)
    }

    /// The offset of the first NUL or invalid UTF-8 byte in `b[start..<end]`, or nil.
    public static func firstProblem(in b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = start
        let n = end
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0 { return i }
                i += 1
                continue
            }
            let len: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF  // allowed range of the second byte
            switch c {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lo = 0xA0            // no overlongs
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; hi = 0x9F            // no surrogates
            case 0xF0: len = 4; lo = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; hi = 0x8F            // nothing past U+10FFFF
            default: return i
            }
            guard i + len <= n else { return i }
            guard b[i + 1] >= lo, b[i + 1] <= hi else { return i }
            for k in 2..<len where b[i + k] & 0xC0 != 0x80 { return i }
            i += len
        }
        return nil
    }

    /// The 1-based line of byte `offset`.
    static func line(of offset: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for k in 0..<min(offset, b.count) where b[k] == 0x0A { line += 1 }
        return line
    }

    /// The error for a file whose byte `offset` is a NUL or not UTF-8.
    static func error(in b: UnsafeBufferPointer<UInt8>, at offset: Int, location: SourceLocation,
                      format: InputFormat) -> InputError {
        let charset = format == .html ? TextEncoding.declaredCharset(b) : nil
        let what = "byte \(hexByte(b[offset]))"
        var message = "not UTF-8 text (\(what) at line \(line(of: offset, in: b)))"
        if let charset { message += "; the page declares charset \(charset), which dyad does not read" }
        return InputError(location: location, message: message,
                          advice: "convert it to UTF-8 or pass a text/JSON Lines/HTML file")
    }
}
