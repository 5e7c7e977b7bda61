/// Turns the encodings news archives hold besides UTF-8 into UTF-8 bytes.
///
/// dyad reads UTF-8. Two other encodings are common enough in scraped
/// archives to read rather than refuse:
///
/// - **UTF-16 with a byte-order mark** (`FF FE` or `FE FF`), as written by
///   some Windows tools: ``utf16(_:)`` transcodes it.
/// - **Latin-1 / Windows-1252 HTML**, declared with `<meta charset="…">` or
///   `content="text/html; charset=…"`: ``declaredCharset(_:)`` finds the
///   declaration and ``windows1252(_:)`` decodes the bytes. Browsers read
///   `iso-8859-1` as `windows-1252`, and so does dyad.
///
/// ```swift
/// TextEncoding.windows1252([0x63, 0x61, 0x66, 0xE9])   // "café" as UTF-8 bytes
/// TextEncoding.declaredCharset(Array("<meta charset=\"ISO-8859-1\">".utf8))  // "iso-8859-1"
/// ```
public enum TextEncoding {
    /// Charset names read as Windows-1252 (a superset of Latin-1 and ASCII).
    public static let latin1Names: Set<String> = [
        "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii", "x-cp1252",
    ]

    /// Whether `bytes` start with a UTF-16 byte-order mark.
    public static func hasUTF16BOM(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
    }

    /// UTF-8 bytes of UTF-16 `bytes` that start with a byte-order mark (the
    /// mark is dropped), or nil when the code units are not valid UTF-16 (an
    /// unpaired surrogate, an odd byte count).
    public static func utf16(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard hasUTF16BOM(b), b.count % 2 == 0 else { return nil }
        let bigEndian = b[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2 - 1)
        var i = 2
        while i + 1 < b.count {
            let (hi, lo) = bigEndian ? (b[i], b[i + 1]) : (b[i + 1], b[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { out.append($0) }
        return failed ? nil : out
    }

    /// For a file `name` starting with a UTF-16 byte-order mark: its UTF-8 bytes, or the
    /// error that it is not valid UTF-16. nil for any other file.
    public static func transcodedUTF16(_ b: UnsafeBufferPointer<UInt8>, name: String) -> Result<[UInt8], InputError>? {
        guard hasUTF16BOM(b) else { return nil }
        guard let utf8 = utf16(b) else {
            return .failure(InputError(location: SourceLocation(file: name), message: "UTF-16 text that is not valid UTF-16",
                                       advice: "convert it to UTF-8"))
        }
        return .success(utf8)
    }

    /// UTF-8 bytes of Windows-1252 `bytes`: ASCII stays, 0x80…0x9F are the
    /// Windows punctuation (’ “ ” – — €), the rest are Latin-1 letters.
    public static func windows1252(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        for c in b {
            if c < 0x80 { out.append(c); continue }
            let v = HTMLEntities.windows1252[UInt32(c)] ?? UInt32(c)
            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            out.append(contentsOf: UTF8.encode(scalar)!)
        }
        return out
    }

    /// The charset an HTML page declares in its first 4 KB, lowercased, or nil.
    public static func declaredCharset(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let n = min(b.count, 4096)
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < n {
            var k = 0
            while k < key.count, b[i + k] | 0x20 == key[k] { k += 1 }
            guard k == key.count else { i += 1; continue }
            var j = i + k
            while j < n, b[j] == 0x20 { j += 1 }
            guard j < n, b[j] == UInt8(ascii: "=") else { i += 1; continue }
            j += 1
            while j < n, b[j] == 0x20 || b[j] == 0x22 || b[j] == 0x27 { j += 1 }
            let start = j
            while j < n, isNameByte(b[j]) { j += 1 }
            guard j > start else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<j]), as: UTF8.self).lowercased()
        }
        return nil
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
    }
}
