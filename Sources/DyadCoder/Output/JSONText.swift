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

    /// A member's key: a literal the writer chose, so it needs no escaping
    /// and is copied as it is.
    mutating func key(_ k: StaticString) {
        separate()
        bytes.append(0x22)
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
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
    mutating func number(_ n: Int) {
        separate()
        guard n >= 0, n < 10_000 else { return raw(String(n)) }
        // Small counts and offsets, the common case, without making a String.
        if n >= 1000 { bytes.append(0x30 + UInt8(n / 1000)) }
        if n >= 100 { bytes.append(0x30 + UInt8(n / 100 % 10)) }
        if n >= 10 { bytes.append(0x30 + UInt8(n / 10 % 10)) }
        bytes.append(0x30 + UInt8(n % 10))
    }
    mutating func number(_ d: Double) {
        separate()
        // Whole weights still read as decimals: 3.0, not 3.
        raw(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d))
    }
    mutating func bool(_ b: Bool) { separate(); raw(b ? "true" : "false") }
    mutating func null() { separate(); raw("null") }

    mutating func field(_ k: StaticString, _ s: String?) { key(k); string(s) }
    mutating func field(_ k: StaticString, _ n: Int) { key(k); number(n) }
    mutating func field(_ k: StaticString, _ b: Bool) { key(k); bool(b) }
    mutating func field(_ k: StaticString, _ d: Double) { key(k); number(d) }

    /// A quoted JSON string: quotes, backslashes and control characters escaped.
    /// Eight bytes at a time are checked for anything to escape; runs of bytes
    /// that need none are copied at once.
    private mutating func appendString(_ s: String) {
        bytes.append(0x22)
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var s = s
            s.withUTF8 { appendEscaped($0) }
        }
        bytes.append(0x22)
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var run = 0
        var i = 0
        let n = utf8.count
        let raw = UnsafeRawPointer(utf8.baseAddress)
        while i < n {
            if i + 8 <= n, let raw {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if !JSONText.mayNeedEscape(x) { i += 8; continue }
            }
            let b = utf8[i]
            if b < 0x20 || b == 0x22 || b == 0x5C {
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
            i += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<n]))
    }

    /// False when none of the eight bytes in `x` is a control character, a
    /// quote or a backslash (true may be a false alarm; the bytes are then
    /// checked one by one).
    @inline(__always) static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below32 = (x &- ones &* 0x20) & ~x & highs != 0
        return below32 || hasZero(x ^ (ones &* 0x22)) || hasZero(x ^ (ones &* 0x5C))
    }
}
