/// Counts how often each of a few distinct short strings (actor codes) occurs, reading them
/// as bytes in place — from an SQLite row, say — so that a million rows make a `String` per
/// distinct code rather than per row.
///
/// `dyad actors` counts every event's source and target code in one scan of `events`; with a
/// `String` and a dictionary lookup per value, that counting took longer than the scan itself.
///
/// ```swift
/// var tally = CodeTally()
/// "SYRGOV".utf8.withContiguousStorageIfAvailable { tally.add($0) }
/// tally.counts  // ["SYRGOV": 1]
/// ```
struct CodeTally {
    private var codes: [[UInt8]] = []
    private var totals: [Int] = []
    /// Open addressing: an index into `codes`, or -1 for an empty slot.
    private var slots = [Int](repeating: -1, count: 64)

    /// Adds one occurrence of `bytes`.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let k = slots[slot]
            if codes[k].elementsEqual(bytes) {
                totals[k] += 1
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = codes.count
        codes.append(Array(bytes))
        totals.append(1)
        if codes.count * 2 > slots.count { grow() }
    }

    /// Each code seen, with its count.
    var counts: [String: Int] {
        var out: [String: Int] = [:]
        for (code, n) in zip(codes, totals) { out[String(decoding: code, as: UTF8.self), default: 0] += n }
        return out
    }

    private mutating func grow() {
        var tally = CodeTally()
        tally.slots = [Int](repeating: -1, count: slots.count * 2)
        for (code, n) in zip(codes, totals) {
            code.withUnsafeBufferPointer { tally.add($0) }
            tally.totals[tally.totals.count - 1] = n
        }
        self = tally
    }
}
