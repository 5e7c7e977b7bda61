/// A trie over word-id sequences: finds the longest dictionary phrase that
/// starts at a token.
///
/// Each edge (node, next word id) → child lives in one ``IntTable``; nodes
/// that end a phrase carry payload indices. Matching from one position costs
/// one table probe per word of the longest candidate.
public struct PhraseTrie: Sendable {
    private var edges = IntTable()
    private var payloads: [[Int32]] = [[]]

    public init() {}

    /// Adds `phrase` (non-empty) ending in `payload`. Duplicate payloads are kept once.
    public mutating func insert(_ phrase: [Int32], payload: Int32) {
        var node: Int32 = 0
        for w in phrase {
            let key = IntTable.pair(node, w)
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                edges[key] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    /// Every phrase starting at `start`, longest first: (length, payloads).
    public func matches(in ids: [Int32], from start: Int) -> [(length: Int, payloads: [Int32])] {
        var node: Int32 = 0
        // Typed as returned and reversed in place: no array conversion per call.
        var found: [(length: Int, payloads: [Int32])] = []
        var i = start
        while i < ids.count, let next = edges[IntTable.pair(node, ids[i])] {
            node = next
            i += 1
            if !payloads[Int(node)].isEmpty { found.append((length: i - start, payloads: payloads[Int(node)])) }
        }
        found.reverse()
        return found
    }

    /// True when some phrase starts with this word.
    public func startsPhrase(_ id: Int32) -> Bool { edges[IntTable.pair(0, id)] != nil }
}
