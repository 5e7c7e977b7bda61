/// Finds bytes that make a file unfit to read as text: NUL bytes (a binary
/// file) and anything that is not well-formed UTF-8.
enum UTF8Check {
    /// The offset of the first NUL or invalid UTF-8 byte, or nil when the
    /// bytes are clean UTF-8 text.
    static func firstProblem(in b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
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
}
