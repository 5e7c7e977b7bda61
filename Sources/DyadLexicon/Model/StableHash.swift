/// A 64-bit FNV-1a hash that is the same on every run and machine (unlike
/// Swift's `Hasher`, which is seeded per process). Used for event ids and
/// dictionary versions, which must be reproducible.
///
/// ```swift
/// var h = StableHash()
/// h.combine("PRK"); h.combine("SYR")
/// h.hex   // 16 lowercase hex digits, identical on every machine
/// ```
///
/// Event ids are hashed for every coding, in the coder and again in the store's
/// writer, so the string path hashes the string's UTF-8 buffer directly and the
/// methods are inlinable (a generic sequence walked from another module is not
/// specialized and costs several times as much).
public struct StableHash: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash so far.
    public var value: UInt64 { state }

    @inlinable public init() {}

    @inlinable public mutating func combine(_ bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ combine(buffer: $0) }) != nil { return }
        for b in bytes { combine(byte: b) }
    }

    /// Adds a string and a separator, so ("ab","c") and ("a","bc") differ.
    @inlinable public mutating func combine(_ string: String) {
        var s = string
        s.withUTF8 { combine(buffer: $0) }
        combine(byte: 0x1F)
    }

    @inlinable public mutating func combine(buffer: UnsafeBufferPointer<UInt8>) {
        var v = state
        for b in buffer {
            v ^= UInt64(b)
            v &*= 0x0000_0100_0000_01B3
        }
        state = v
    }

    @inlinable public mutating func combine(byte: UInt8) {
        state ^= UInt64(byte)
        state &*= 0x0000_0100_0000_01B3
    }

    /// Adds the decimal digits of `n` as `String(n)` spells them, with no separator (so a
    /// caller can hash "code@12" piece by piece (`combine(code.utf8)`, `combine(byte:)`, this), then ``combine(byte:)`` the separator).
    @inlinable public mutating func combine(decimal n: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var v = n.magnitude, k = 21
            repeat {
                k -= 1
                digits[k] = 0x30 + UInt8(v % 10)
                v /= 10
            } while v > 0
            if n < 0 {
                k -= 1
                digits[k] = 0x2D
            }
            combine(buffer: UnsafeBufferPointer(rebasing: digits[k...]))
        }
    }

    /// The hash as 16 lowercase hex digits.
    public var hex: String { Self.hex(value) }

    /// `value` as 16 lowercase hex digits, zero-padded: `StableHash.hex(255)` is `"00000000000000ff"`.
    public static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { out in
            var v = value
            for i in stride(from: 15, through: 0, by: -1) {
                let d = UInt8(v & 0xF)
                out[i] = d < 10 ? 0x30 + d : 0x57 + d  // "0"… "9", "a"… "f"
                v >>= 4
            }
            return 16
        }
    }

    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = StableHash()
        h.combine(bytes)
        return h.value
    }
}
