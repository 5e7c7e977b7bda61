/// Integer feature keys and the open-addressing table that maps them to rows.
///
/// Every feature the tagger and parser use is a 64-bit key: a template number
/// mixed with the integer values it looks at (word hashes, tag ids, label ids,
/// small counts). No strings are built per feature; a token's word and affix
/// hashes are computed once, then combined with ``FeatureKey/mix(_:_:)``.
///
/// ```swift
/// let key = FeatureKey.make(7, wordHash, UInt64(tag))  // template 7: word + tag
/// let row = index.row(for: key)                        // nil if never trained
/// ```
enum FeatureKey {
    /// A 64-bit finaliser (from SplitMix64): spreads every input bit over the result.
    @inline(__always) static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Polynomial combination of the values, then one finalisation: about
    /// one multiplication per value, so a sentence's thousands of keys stay cheap.
    @inline(__always) static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
        h &* 0x9e37_79b9_7f4a_7c15 &+ v
    }

    @inline(__always) static func make(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finalize(mix(template &+ 0x5bd1_e995, a))
    }

    @inline(__always) static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finalize(mix(mix(template &+ 0x5bd1_e995, a), b))
    }

    @inline(__always) static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        finalize(mix(mix(mix(template &+ 0x5bd1_e995, a), b), c))
    }

    @inline(__always) static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        finalize(mix(mix(mix(mix(template &+ 0x5bd1_e995, a), b), c), d))
    }
}

/// An open-addressing hash table from 64-bit keys to dense row numbers
/// (0, 1, 2, … in insertion order). Linear probing over a power-of-two
/// array kept at most half full; key 0 marks an empty slot, so a real key of
/// 0 is stored as 1 (keys are hashes: the collision costs nothing).
struct FeatureIndex: Sendable {
    private(set) var slots: [UInt64]
    private(set) var rows: [Int32]
    private(set) var keys: [UInt64] = []
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Rebuilds the table over `keys`, which become rows 0..<keys.count.
    init(keys: [UInt64]) {
        self.init(capacity: keys.count)
        for k in keys { _ = insert(k) }
    }

    var count: Int { keys.count }

    @inline(__always) static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The row of `key`, or nil when it was never inserted.
    @inline(__always) func row(for key: UInt64) -> Int32? {
        let k = Self.stored(key)
        return slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: k) & mask
            while true {
                let v = s[i]
                if v == k { return rows[i] }
                if v == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// The row of `key`, inserting it as a new row when absent.
    mutating func insert(_ key: UInt64) -> Int32 {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let v = slots[i]
            if v == k { return rows[i] }
            if v == 0 {
                slots[i] = k
                let r = Int32(keys.count)
                rows[i] = r
                keys.append(key)
                return r
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = keys
        var bigger = FeatureIndex(capacity: max(16, slots.count))
        bigger.keys.reserveCapacity(old.count * 2)
        for k in old { _ = bigger.insert(k) }
        self = bigger
    }
}

/// A deterministic random number generator (SplitMix64) for shuffling
/// training data: the same seed gives the same model bytes on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureKey.finalize(state)
    }
}
