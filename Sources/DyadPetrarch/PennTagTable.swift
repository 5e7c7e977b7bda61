import DyadSyntax

/// Penn tags looked up from a parse's bytes without making a `String`: the
/// tag's bytes and length packed into one integer, found in a small hash
/// table of every spelling ``PennTag/init(string:)`` knows of seven bytes or
/// fewer. Gives exactly what `PennTag(string:)` gives, or nil when the
/// spelling is not in the table (the caller then asks `PennTag(string:)`).
///
/// ```swift
/// var tag = "NNP"
/// tag.withUTF8 { PennTagTable.tag($0) }   // .NNP
/// ```
enum PennTagTable {
    /// Slots of an open-addressing table (``slotCount`` of them, a key of 0
    /// where empty): a spelling sits at its ``slot(_:)`` or in the first free
    /// slot after it.
    private static let table: [(key: UInt64, tag: PennTag)] = {
        let spellings = PennTag.allCases.map(\.string) + ["(", ")", "-LCB-", "-RCB-", "\"", "``", "''", "NP", "NPS"]
        var slots = [(key: UInt64, tag: PennTag)](repeating: (0, .NN), count: slotCount)
        for s in spellings {
            var s = s
            guard let tag = PennTag(string: s), let key = s.withUTF8({ pack($0) }) else { continue }
            var at = slot(key)
            while slots[at].key != 0 && slots[at].key != key { at = (at + 1) & (slotCount - 1) }
            slots[at] = (key, tag)
        }
        return slots
    }()

    /// A power of two, more than twice the number of spellings.
    private static let slotCount = 128

    /// Where a key's search starts: the top seven bits of a multiplicative hash.
    @inline(__always) private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57)
    }

    /// Up to seven bytes and their count in one integer; nil for longer spellings.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var key = UInt64(bytes.count) << 56
        for (i, b) in bytes.enumerated() { key |= UInt64(b) << (8 * UInt64(i)) }
        return key
    }

    /// The tag spelled by `bytes`, when the table holds it.
    static func tag(_ bytes: UnsafeBufferPointer<UInt8>) -> PennTag? {
        guard let key = pack(bytes) else { return nil }
        let t = table
        var at = slot(key)
        while true {
            let k = t[at].key
            // Empty first: an empty spelling packs to 0 too.
            if k == 0 { return nil }
            if k == key { return t[at].tag }
            at = (at + 1) & (slotCount - 1)
        }
    }
}
