/// Text from documents (ids, sentences, file names, values quoted in error
/// messages) made safe to show on a terminal.
///
/// A scraped page or a hostile file can hold an ESC sequence that, printed
/// raw, recolours the terminal, moves the cursor over earlier lines or sets
/// the window title; bidi overrides (U+202A–U+202E, U+2066–U+2069) can make
/// text read differently from what it is. Each such character is shown as
/// its code instead: `\u{1B}[2J` prints as `\x1B[2J`, U+202E as `\u{202E}`.
/// Line breaks and tabs are kept when `keepingLines` (multi-line messages).
///
/// ```swift
/// TerminalText.safe("doc\u{1B}[31m7")   // "doc\\x1B[31m7"
/// ```
enum TerminalText {
    static func safe(_ s: String, keepingLines: Bool = true) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0, keepingLines) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for c in s.unicodeScalars {
            guard needsEscape(c, keepingLines) else { out.unicodeScalars.append(c); continue }
            if c.value < 0x80 {
                let hex = String(c.value, radix: 16, uppercase: true)
                out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            } else {
                out += "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    private static func needsEscape(_ c: Unicode.Scalar, _ keepingLines: Bool) -> Bool {
        switch c.value {
        case 0x0A, 0x09: return !keepingLines
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
