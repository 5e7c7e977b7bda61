/// A 64-bit FNV-1a hash that is the same on every run and machine (unlike
/// Swift's `Hasher`, which is seeded per process). Used for event ids and
/// dictionary versions, which must be reproducible.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for b in bytes {
            value ^= UInt64(b)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    /// Adds a string and a separator, so ("ab","c") and ("a","bc") differ.
    public mutating func combine(_ string: String) {
        combine(string.utf8)
        combine(CollectionOfOne(0x1F))
    }

    /// The hash as 16 lowercase hex digits.
    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = StableHash()
        // Contiguous storage (Data, [UInt8]) is hashed through a buffer: element-wise
        // iteration of Data is slow on multi-megabyte dictionaries.
        if bytes.withContiguousStorageIfAvailable({ h.combine(UnsafeBufferPointer(rebasing: $0[...])) }) == nil {
            h.combine(bytes)
        }
        return h.value
    }
}
