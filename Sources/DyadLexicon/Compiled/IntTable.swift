/// An open-addressing hash table from 64-bit keys to 32-bit values, for the
/// integer maps that matching reads per word: trie edges ((node, word) →
/// node) and per-verb pattern lists (word → list). One multiply hashes a
/// key, and a key sits beside its value, so a lookup usually touches one
/// cache line.
///
/// ```swift
/// var t = IntTable()
/// t[IntTable.pair(3, 41)] = 7
/// t[IntTable.pair(3, 41)]   // 7
/// t[IntTable.pair(3, 42)]   // nil
/// ```
struct IntTable: Sendable {
    private struct Slot {
        /// `UInt64.max` marks an empty slot; it is never a key (see ``pair(_:_:)``).
        var key: UInt64 = .max
        var value: Int32 = 0
    }
    private var slots = [Slot](repeating: Slot(), count: 16)
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
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var s = slot(key)
                while true {
                    let k = slots[s].key
                    if k == key { return slots[s].value }
                    if k == .max { return nil }
                    s = (s + 1) & mask
                }
            }
        }
        set {
            guard let newValue else { preconditionFailure("IntTable holds no removals") }
            if (count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var s = slot(key)
            while slots[s].key != .max && slots[s].key != key { s = (s + 1) & mask }
            if slots[s].key == .max { count += 1 }
            slots[s] = Slot(key: key, value: newValue)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        count = 0
        for slot in old where slot.key != .max { self[slot.key] = slot.value }
    }
}
