/// A trie over word-id sequences: finds the longest dictionary phrase that
/// starts at a token.
///
/// Each node maps the next word id to a child; nodes that end a phrase carry
/// payload indices. Matching from one position costs one hash lookup per word
/// of the longest candidate.
public struct PhraseTrie: Sendable {
    private var children: [[Int32: Int32]] = [[:]]
    private var payloads: [[Int32]] = [[]]

    public init() {}

    /// Adds `phrase` (non-empty) ending in `payload`. Duplicate payloads are kept once.
    public mutating func insert(_ phrase: [Int32], payload: Int32) {
        var node: Int32 = 0
        for w in phrase {
            if let next = children[Int(node)][w] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                payloads.append([])
                children[Int(node)][w] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    /// Every phrase starting at `start`, longest first: (length, payloads).
    public func matches(in ids: [Int32], from start: Int) -> [(length: Int, payloads: [Int32])] {
        var node: Int32 = 0
        var found: [(Int, [Int32])] = []
        var i = start
        while i < ids.count, let next = children[Int(node)][ids[i]] {
            node = next
            i += 1
            if !payloads[Int(node)].isEmpty { found.append((i - start, payloads[Int(node)])) }
        }
        return found.reversed()
    }

    /// True when some phrase starts with this word.
    public func startsPhrase(_ id: Int32) -> Bool { children[0][id] != nil }
}
