/// Treebank sentences prepared for training: word features, gold tagger
/// classes, and gold heads and labels with non-projective arcs lifted.
struct TrainingSentence: Sendable {
    /// Word features padded with two boundary words on each side.
    var features: [WordFeatures]
    /// Gold tagger class per word (-1 when the XPOS/UPOS pair is unknown).
    var goldClasses: [Int32]
    /// Gold head per word, `count` for the root, after lifting.
    var goldHeads: [Int32]
    /// Gold head per word, `count` for the root, as annotated (for scoring).
    var treeHeads: [Int32]
    var goldLabels: [UInt8]
    /// Tags the parser trains on (jackknifed tagger output).
    var tags: [Int32]
    var lower: [UInt64]

    var count: Int { goldClasses.count }
}

/// Turns CoNLL-U sentences into ``TrainingSentence`` values and back.
enum TrainingData {
    static func className(_ w: CoNLLUWord) -> String { "\(w.xpos) \(w.upos)" }

    static func prepare(_ sentences: [CoNLLUSentence], classes: [String: Int32], labels: [String: UInt8],
                        lexicon: LexiconLookup) -> [TrainingSentence] {
        sentences.map { s in
            let n = s.words.count
            var feats = [WordFeatures](repeating: .boundary, count: n + 4)
            for (i, w) in s.words.enumerated() { feats[i + 2] = WordFeatures(w.form, lexicon: lexicon) }
            let heads = s.words.map { Int32($0.head <= 0 ? n : $0.head - 1) }
            return TrainingSentence(
                features: feats,
                goldClasses: s.words.map { classes[className($0)] ?? -1 },
                goldHeads: Projectivity.lift(heads), treeHeads: heads,
                goldLabels: s.words.map { labels[$0.deprel] ?? 0 },
                tags: [], lower: feats[2..<n + 2].map(\.lower))
        }
    }
}

/// Makes a tree projective by lifting: while some arc crosses another, the
/// dependent of the shortest crossing arc is reattached to its head's head
/// (Nivre & Nilsson 2005, without encoding the lift in the label). English
/// has few such arcs; lifting keeps their sentences for training.
enum Projectivity {
    /// `heads[i]` is word i's head, `heads.count` for the root.
    static func lift(_ heads: [Int32]) -> [Int32] {
        var h = heads
        let n = h.count
        for _ in 0..<n {
            guard let d = shortestCrossing(h) else { return h }
            let head = Int(h[d])
            h[d] = head == n ? Int32(n) : h[head]
        }
        return h
    }

    static func isProjective(_ heads: [Int32]) -> Bool { shortestCrossing(heads) == nil }

    /// The dependent of the shortest non-projective arc: an arc whose span
    /// holds a word its head does not dominate.
    static func shortestCrossing(_ h: [Int32]) -> Int? {
        let n = h.count
        var best: Int? = nil
        var bestLength = Int.max
        for d in 0..<n {
            let head = Int(h[d])
            guard head != n else { continue }
            let lo = min(head, d), hi = max(head, d)
            guard hi - lo > 1, hi - lo < bestLength else { continue }
            for k in (lo + 1)..<hi where !dominates(head, k, h) {
                best = d
                bestLength = hi - lo
                break
            }
        }
        return best
    }

    static func dominates(_ a: Int, _ k: Int, _ h: [Int32]) -> Bool {
        var x = k
        var steps = 0
        while x != h.count && steps <= h.count {
            if x == a { return true }
            x = Int(h[x])
            steps += 1
        }
        return a == h.count
    }
}
