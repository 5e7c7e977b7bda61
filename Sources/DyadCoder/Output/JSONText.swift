/// A tiny JSON text builder with fixed key order: output that diffs cleanly
/// and costs no reflection per event. It writes UTF-8 bytes into a buffer
/// of its own through a pointer, so an event costs a few stores per member
/// rather than an array append (and its checks) per byte run.
///
/// It is non-copyable: the buffer is freed when the builder goes away.
///
/// ```swift
/// var j = JSONText()
/// j.open(); j.field("code", "USA"); j.field("span", 3); j.close()
/// j.text   // {"code":"USA","span":3}
/// ```
struct JSONText: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Open containers; bit `d` is set once the container at depth `d` has a member.
    private var depth = 0
    private var hasMember: UInt64 = 0
    /// True right after a key: the value takes no comma.
    private var afterKey = false

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit { buffer.deallocate() }

    /// The JSON written so far.
    var text: String { String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self) }

    /// Appends the JSON written so far to `bytes`.
    func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
    }

    mutating func open() { separate(); put(0x7B); push() }
    mutating func close() { put(0x7D); depth -= 1 }
    mutating func openArray() { separate(); put(0x5B); push() }
    mutating func closeArray() { put(0x5D); depth -= 1 }

    /// A member's key: a literal the writer chose, so it needs no escaping
    /// and is copied as it is. Inlined: the literal's bytes and length are
    /// then known where it is written.
    @inline(__always) mutating func key(_ k: StaticString) {
        separate()
        put(0x22)
        if k.hasPointerRepresentation {
            // The usual literal: its bytes copied straight from the binary.
            reserve(k.utf8CodeUnitCount)
            (buffer + count).update(from: k.utf8Start, count: k.utf8CodeUnitCount)
            count += k.utf8CodeUnitCount
        } else {
            k.withUTF8Buffer { put($0) }
        }
        reserve(2)
        buffer[count] = 0x22
        buffer[count + 1] = 0x3A
        count += 2
        afterKey = true
    }

    private mutating func push() {
        depth += 1
        assert(depth < 64, "JSONText nests at most 63 containers")
        hasMember &= ~(1 << UInt64(depth))
    }

    /// Writes the comma before a member when one is due.
    @inline(__always) private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth)
        if hasMember & bit != 0 { put(0x2C) }
        hasMember |= bit
    }

    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        let larger = max(needed, capacity * 2)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        fresh.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = fresh
        capacity = larger
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        reserve(1)
        buffer[count] = b
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private mutating func raw(_ s: StaticString) { s.withUTF8Buffer { put($0) } }
    private mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { put($0) }
    }

    mutating func string(_ s: String?) {
        separate()
        if let s { appendString(s) } else { raw("null") }
    }
    mutating func number(_ n: Int) {
        separate()
        guard n >= 0, n < 10_000 else { return raw(String(n)) }
        // Small counts and offsets, the common case, without making a String.
        if n >= 1000 { put(0x30 + UInt8(n / 1000)) }
        if n >= 100 { put(0x30 + UInt8(n / 100 % 10)) }
        if n >= 10 { put(0x30 + UInt8(n / 10 % 10)) }
        put(0x30 + UInt8(n % 10))
    }
    mutating func number(_ d: Double) {
        separate()
        // Whole weights still read as decimals: 3.0, not 3.
        raw(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d))
    }
    mutating func bool(_ b: Bool) { separate(); raw(b ? "true" : "false") }
    mutating func null() { separate(); raw("null") }

    @inline(__always) mutating func field(_ k: StaticString, _ s: String?) { key(k); string(s) }
    @inline(__always) mutating func field(_ k: StaticString, _ n: Int) { key(k); number(n) }
    @inline(__always) mutating func field(_ k: StaticString, _ b: Bool) { key(k); bool(b) }
    @inline(__always) mutating func field(_ k: StaticString, _ d: Double) { key(k); number(d) }

    /// A quoted JSON string: quotes, backslashes and control characters escaped.
    /// Eight bytes at a time are checked for anything to escape; runs of bytes
    /// that need none are copied at once.
    private mutating func appendString(_ s: String) {
        put(0x22)
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var s = s
            s.withUTF8 { appendEscaped($0) }
        }
        put(0x22)
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
                put(UnsafeBufferPointer(rebasing: utf8[run..<i]))
                run = i + 1
                switch b {
                case 0x22: put(0x5C); put(0x22)
                case 0x5C: put(0x5C); put(0x5C)
                case 0x0A: put(0x5C); put(0x6E)
                case 0x0D: put(0x5C); put(0x72)
                case 0x09: put(0x5C); put(0x74)
                default:
                    // \u00XX, lowercase hex digits.
                    func hex(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }
                    put(0x5C); put(0x75); put(0x30); put(0x30)
                    put(hex(b >> 4)); put(hex(b & 0xF))
                }
            }
            i += 1
        }
        put(UnsafeBufferPointer(rebasing: utf8[run..<n]))
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
