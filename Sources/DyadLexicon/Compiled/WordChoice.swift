/// The word sequences of one `choice` step of a verb pattern (a PETRARCH
/// synset such as `&CURRENCY`: `dollars` | `swiss francs` | …) as word ids,
/// sorted by first word so that finding which sequence stands at a place
/// costs a binary search, not a walk over hundreds of sequences.
struct WordChoice: Sendable {
    /// The distinct first words, in the order the sequences are written.
    let firsts: [Int32]
    /// First word of each non-empty sequence, ascending; ties in written order.
    private let keys: [Int32]
    /// Sequence `i` (in the order of `keys`) is `words[starts[i]..<starts[i + 1]]`.
    private let starts: [Int32]
    private let words: [Int32]

    init(_ alternatives: [[Int32]]) {
        var firsts: [Int32] = []
        var seen = Set<Int32>()
        for a in alternatives { if let f = a.first, seen.insert(f).inserted { firsts.append(f) } }
        self.firsts = firsts
        let order = alternatives.indices.filter { !alternatives[$0].isEmpty }.sorted { a, b in
            let fa = alternatives[a][0], fb = alternatives[b][0]
            return fa != fb ? fa < fb : a < b
        }
        keys = order.map { alternatives[$0][0] }
        words = order.flatMap { alternatives[$0] }
        var starts: [Int32] = [0]
        for i in order { starts.append(starts[starts.count - 1] + Int32(alternatives[i].count)) }
        self.starts = starts
    }

    /// The length of the first sequence, in written order, that stands word
    /// for word in `sentence` at `k` and ends by `end`; nil when none does.
    func length(in sentence: [Int32], at k: Int, end: Int) -> Int? {
        let w = sentence[k]
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < w { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < keys.count, keys[i] == w {
            let from = Int(starts[i]), count = Int(starts[i + 1]) - from
            if k + count <= end {
                var j = 1
                while j < count, sentence[k + j] == words[from + j] { j += 1 }
                if j == count { return count }
            }
            i += 1
        }
        return nil
    }
}
