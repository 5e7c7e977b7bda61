import DyadSyntax

/// Penn tags looked up from a parse's bytes without making a `String`: the
/// tag's bytes and length packed into one integer, found by binary search
/// among every spelling ``PennTag/init(string:)`` knows of seven bytes or
/// fewer. Gives exactly what `PennTag(string:)` gives, or nil when the
/// spelling is not in the table (the caller then asks `PennTag(string:)`).
///
/// ```swift
/// var tag = "NNP"
/// tag.withUTF8 { PennTagTable.tag($0) }   // .NNP
/// ```
enum PennTagTable {
    private static let table: [(key: UInt64, tag: PennTag)] = {
        let spellings = PennTag.allCases.map(\.string) + ["(", ")", "-LCB-", "-RCB-", "\"", "``", "''", "NP", "NPS"]
        var entries: [UInt64: PennTag] = [:]
        for s in spellings {
            var s = s
            guard let tag = PennTag(string: s) else { continue }
            if let key = s.withUTF8({ pack($0) }) { entries[key] = tag }
        }
        return entries.map { (key: $0.key, tag: $0.value) }.sorted { $0.key < $1.key }
    }()

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
        var low = 0, high = t.count
        while low < high {
            let mid = (low + high) / 2
            if t[mid].key < key { low = mid + 1 } else { high = mid }
        }
        return low < t.count && t[low].key == key ? t[low].tag : nil
    }
}
