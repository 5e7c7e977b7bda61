/// A tiny JSON text builder with fixed key order: output that diffs cleanly
/// and costs no reflection per event. It writes UTF-8 bytes into one buffer,
/// so an event costs a few appends rather than many string concatenations.
struct JSONText {
    private var bytes: [UInt8] = []
    /// Per open container: has it had a member yet?
    private var hasMember: [Bool] = []
    /// True right after a key: the value takes no comma.
    private var afterKey = false

    init() { bytes.reserveCapacity(1024) }

    /// A builder that writes after `bytes` (pass the buffer and then empty
    /// the original, so it is not copied; ``takeBytes()`` hands it back).
    init(appendingTo bytes: [UInt8]) { self.bytes = bytes }

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands over the buffer, leaving the builder empty.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    mutating func open() { separate(); bytes.append(0x7B); hasMember.append(false) }
    mutating func close() { bytes.append(0x7D); hasMember.removeLast() }
    mutating func openArray() { separate(); bytes.append(0x5B); hasMember.append(false) }
    mutating func closeArray() { bytes.append(0x5D); hasMember.removeLast() }

    mutating func key(_ k: String) {
        separate()
        appendString(k)
        bytes.append(0x3A)
        afterKey = true
    }

    /// Writes the comma before a member when one is due.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard let last = hasMember.last else { return }
        if last { bytes.append(0x2C) }
        hasMember[hasMember.count - 1] = true
    }

    private mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func string(_ s: String?) {
        separate()
        if let s { appendString(s) } else { raw("null") }
    }
    mutating func number(_ n: Int) { separate(); raw(String(n)) }
    mutating func number(_ d: Double) {
        separate()
        // Whole weights still read as decimals: 3.0, not 3.
        raw(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d))
    }
    mutating func bool(_ b: Bool) { separate(); raw(b ? "true" : "false") }
    mutating func null() { separate(); raw("null") }

    mutating func field(_ k: String, _ s: String?) { key(k); string(s) }
    mutating func field(_ k: String, _ n: Int) { key(k); number(n) }
    mutating func field(_ k: String, _ b: Bool) { key(k); bool(b) }
    mutating func field(_ k: String, _ d: Double) { key(k); number(d) }

    /// A quoted JSON string: quotes, backslashes and control characters escaped.
    /// Runs of bytes that need no escape are copied at once.
    private mutating func appendString(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                run = i + 1
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(0x22)
    }
}
