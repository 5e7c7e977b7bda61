import Foundation

/// An open-addressing hash table from ASCII words to ids, compared as
/// bytes: what ``Vocabulary`` looks every token up in. A lookup hashes the
/// word's bytes once (FNV-1a), probes a flat slot array and compares bytes,
/// without the per-lookup seeding, Unicode-aware hashing and comparison of
/// a `[String: Int32]`.
///
/// Only ASCII words may go in: two ASCII strings are equal exactly when
/// their bytes are, which is what makes byte comparison right.
struct WordTable: Sendable {
    /// The bytes of every word, one after another; word `k` (the k-th
    /// inserted) spans `bytes[ends[k - 1]..<ends[k]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []
    private var hashes: [UInt32] = []
    private var ids: [Int32] = []
    /// Per slot, the entry's hash (high 32 bits) and number + 1 (low 32
    /// bits), 0 when empty: a probe compares hashes without leaving the
    /// slot array. The count is a power of two.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)

    /// FNV-1a over the word's bytes.
    @inline(__always) static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// For an ASCII `word`, `.some` of its id or of nil when it is not in the
    /// table; nil when `word` is not ASCII. One pass hashes and checks it.
    @inline(__always) func idIfASCII(_ word: UnsafeBufferPointer<UInt8>) -> Int32?? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for b in word {
            high |= b
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        if high >= 0x80 { return nil }
        return .some(id(of: word, hash: h))
    }

    /// The id stored for `word`, whose ``hash(_:)`` is `hash`.
    func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let h32 = UInt32(truncatingIfNeeded: hash)
        return slots.withUnsafeBufferPointer { slots in
            ends.withUnsafeBufferPointer { ends in
                bytes.withUnsafeBufferPointer { stored -> Int32? in
                    let mask = slots.count - 1
                    var s = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let slot = slots[s]
                        if slot == 0 { return nil }
                        if UInt32(truncatingIfNeeded: slot >> 32) == h32 {
                            let e = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                            let start = e == 0 ? 0 : Int(ends[e - 1]), end = Int(ends[e])
                            if end - start == word.count,
                               word.count == 0 || memcmp(stored.baseAddress! + start, word.baseAddress!, word.count) == 0 {
                                return ids[e]
                            }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    /// Stores `id` for `word` (not yet in the table), whose hash is `hash`.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, id: Int32) {
        if (ids.count + 1) * 2 > slots.count { grow() }
        bytes.append(contentsOf: word)
        ends.append(Int32(bytes.count))
        hashes.append(UInt32(truncatingIfNeeded: hash))
        ids.append(id)
        place(ids.count - 1, hash: Int(truncatingIfNeeded: hash))
    }

    private mutating func place(_ entry: Int, hash: Int) {
        let mask = slots.count - 1
        var s = hash & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = UInt64(hashes[entry]) << 32 | UInt64(entry + 1)
    }

    /// Doubles the slots and places every entry again; the low 32 bits of
    /// each hash are kept, enough for any table that fits in memory.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in ids.indices { place(e, hash: Int(hashes[e])) }
    }
}
