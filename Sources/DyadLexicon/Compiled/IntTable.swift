/// An open-addressing hash table from 64-bit keys to 32-bit values, for the
/// integer maps that matching reads per word: trie edges ((node, word) →
/// node) and per-verb pattern lists (word → list). One multiply hashes a
/// key, and a lookup reads two flat arrays.
///
/// ```swift
/// var t = IntTable()
/// t[IntTable.pair(3, 41)] = 7
/// t[IntTable.pair(3, 41)]   // 7
/// t[IntTable.pair(3, 42)]   // nil
/// ```
struct IntTable: Sendable {
    /// `UInt64.max` marks an empty slot; it is never a key (see ``pair(_:_:)``).
    private var keys: [UInt64] = Array(repeating: .max, count: 16)
    private var values: [Int32] = Array(repeating: 0, count: 16)
    private var shift: UInt64 = 60
    private(set) var count = 0

    /// The key of a pair of non-negative ids, or of an id and the unknown word (-1).
    @inline(__always) static func pair(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Int32? {
        get {
            let mask = keys.count - 1
            var s = slot(key)
            while true {
                let k = keys[s]
                if k == key { return values[s] }
                if k == .max { return nil }
                s = (s + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("IntTable holds no removals") }
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var s = slot(key)
            while keys[s] != .max && keys[s] != key { s = (s + 1) & mask }
            if keys[s] == .max { count += 1 }
            keys[s] = key
            values[s] = newValue
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != .max { self[k] = v }
    }
}
