/// A tiny JSON text builder with fixed key order: output that diffs cleanly
/// and costs no reflection per event.
struct JSONText {
    private(set) var text = ""
    /// Per open container: has it had a member yet?
    private var hasMember: [Bool] = []
    /// True right after a key: the value takes no comma.
    private var afterKey = false

    mutating func open() { separate(); text += "{"; hasMember.append(false) }
    mutating func close() { text += "}"; hasMember.removeLast() }
    mutating func openArray() { separate(); text += "["; hasMember.append(false) }
    mutating func closeArray() { text += "]"; hasMember.removeLast() }

    mutating func key(_ k: String) {
        separate()
        JSONText.appendString(k, to: &text)
        text += ":"
        afterKey = true
    }

    /// Writes the comma before a member when one is due.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard let last = hasMember.last else { return }
        if last { text += "," }
        hasMember[hasMember.count - 1] = true
    }

    mutating func string(_ s: String?) {
        separate()
        if let s { JSONText.appendString(s, to: &text) } else { text += "null" }
    }
    mutating func number(_ n: Int) { separate(); text += String(n) }
    mutating func number(_ d: Double) {
        separate()
        text += d == d.rounded() && abs(d) < 1e15 ? String(format1: d) : String(d)
    }
    mutating func bool(_ b: Bool) { separate(); text += b ? "true" : "false" }
    mutating func null() { separate(); text += "null" }

    mutating func field(_ k: String, _ s: String?) { key(k); string(s) }
    mutating func field(_ k: String, _ n: Int) { key(k); number(n) }
    mutating func field(_ k: String, _ b: Bool) { key(k); bool(b) }
    mutating func field(_ k: String, _ d: Double) { key(k); number(d) }

    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { needsEscape = true; break }
        if !needsEscape { out += s; out += "\""; return }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension String {
    /// "3.0" for whole numbers, so weights always read as decimals.
    init(format1 d: Double) { self = String(Int(d)) + ".0" }
}
