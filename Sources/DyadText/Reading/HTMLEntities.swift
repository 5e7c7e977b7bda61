/// Decodes HTML character references: `&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`.
///
/// Only the named references that news pages use are known (the list is
/// below); an unknown one is kept as written. Numeric references in the
/// Windows-1252 range (`&#146;`) decode as browsers do (`’`).
///
/// ```swift
/// HTMLEntities.decode("Kim&rsquo;s &ldquo;support&rdquo; &amp; more")
/// // "Kim’s “support” & more"
/// ```
public enum HTMLEntities {
    /// Named references and their text.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "minus": "\u{2212}", "hellip": "\u{2026}",
        "shy": "\u{00AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}",
        "euro": "\u{20AC}", "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}",
        "sect": "\u{00A7}", "para": "\u{00B6}", "times": "\u{00D7}", "divide": "\u{00F7}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}",
        "eacute": "é", "Eacute": "É", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "Auml": "Ä", "aring": "å", "atilde": "ã",
        "iacute": "í", "iuml": "ï", "icirc": "î", "oacute": "ó", "ocirc": "ô", "ouml": "ö", "Ouml": "Ö",
        "otilde": "õ", "oslash": "ø", "uacute": "ú", "ucirc": "û", "uuml": "ü", "Uuml": "Ü",
        "ntilde": "ñ", "Ntilde": "Ñ", "ccedil": "ç", "Ccedil": "Ç", "szlig": "ß",
    ]

    /// Windows-1252 characters for numeric references 128–159.
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x89: 0x2030, 0x8B: 0x2039, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
        0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122, 0x9B: 0x203A,
    ]

    /// `s` with its character references decoded.
    public static func decode(_ s: String) -> String {
        guard s.utf8.contains(0x26) else { return s }
        return Array(s.utf8).withUnsafeBufferPointer { decode($0, 0..<$0.count) }
    }

    /// The bytes `range` of `b` as a String, references decoded.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        append(b, range, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the bytes `range` of `b` to `out`, references decoded.
    static func append(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = b[i]
            guard c == 0x26 else { out.append(c); i += 1; continue }  // &
            // Find the ';' of a reference no longer than 32 bytes.
            var j = i + 1
            while j < end, j - i <= 32, b[j] != 0x3B, b[j] != 0x26, !String.isSpace(b[j]) { j += 1 }
            guard j < end, b[j] == 0x3B, j > i + 1 else { out.append(c); i += 1; continue }
            if let scalar = reference(b, (i + 1)..<j) {
                out.append(contentsOf: scalar.utf8)
                i = j + 1
            } else {
                out.append(c)
                i += 1
            }
        }
    }

    /// The text of a reference body ("amp", "#8217", "#x2019"), or nil when unknown.
    static func reference(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        if b[r.lowerBound] == 0x23 {  // #
            var k = r.lowerBound + 1
            var radix: UInt32 = 10
            if k < r.upperBound, b[k] | 0x20 == 0x78 { radix = 16; k += 1 }  // x
            guard k < r.upperBound else { return nil }
            var v: UInt32 = 0
            while k < r.upperBound {
                let c = b[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66 where radix == 16: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46 where radix == 16: d = UInt32(c - 0x41 + 10)
                default: return nil
                }
                v = v &* radix &+ d
                if v > 0x10FFFF { v = 0xFFFD; break }
                k += 1
            }
            if let w = windows1252[v] { v = w }
            if v == 0 { v = 0xFFFD }
            return String(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return named[String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)]
    }
}
