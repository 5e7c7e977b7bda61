/// The trained parser: which words it knows, the move classifier (shift,
/// left, right) and the arc-label classifier, and the greedy decoder that
/// applies them.
///
/// Decoding is greedy: at each configuration the best-scoring valid move is
/// taken; a left or right move then gets the best-scoring label (`root` is
/// kept for the arc to the root, which gets nothing else).
struct ParserModel: Sendable {
    let labels: [String]
    let rootLabel: Int
    /// Hashes of lowercase forms seen at least twice in training.
    let knownWords: FeatureIndex
    let moves: WeightTable
    let arcLabels: WeightTable
    let moveScorer: MoveScorer
    let labelScorer: SparseScorer

    static let unknownWord: UInt64 = 0x0badc0de
    static let rootWord: UInt64 = 0x7007
    static let noWord: UInt64 = 0x0

    init(labels: [String], knownWords: FeatureIndex, moves: WeightTable, arcLabels: WeightTable) {
        self.labels = labels
        self.rootLabel = labels.firstIndex(of: "root") ?? 0
        self.knownWords = knownWords
        self.moves = moves
        self.arcLabels = arcLabels
        self.moveScorer = moves.moveScorer()
        self.labelScorer = arcLabels.sparseScorer()
    }

    /// The word values of a sentence (`words` padded with two boundary words
    /// each side), with the root and "none" appended: a word seen at least
    /// twice in training is its lowercase form, rarer words are one value.
    /// (Rare words as their last letters and spelling flags scored lower on dev.)
    static func wordValues(_ words: [WordFeatures], known: FeatureIndex) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(words.count)
        for w in words[2..<(words.count - 2)] {
            out.append(known.row(for: w.lower) != nil ? w.lower : unknownWord)
        }
        out.append(rootWord)
        out.append(noWord)
        return out
    }

    /// Tag values: the tagger's classes, then the root (254) and none (255).
    static func tagValues(_ classes: [Int32]) -> [UInt8] {
        var out = classes.map { UInt8(truncatingIfNeeded: $0) }
        out.append(254)
        out.append(255)
        return out
    }

    /// Parses one sentence; returns heads (-1 for the root) and label ids.
    func parse(words: [UInt64], tags: [UInt8]) -> (heads: [Int32], labels: [UInt8]) {
        let n = words.count - 2
        var state = ArcHybridState(count: n)
        let lc = arcLabels.classes
        words.withUnsafeBufferPointer { wp in
            tags.withUnsafeBufferPointer { tp in
                let ctx = ParserContext(words: wp, tags: tp, n: n)
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserContext.moveFeatureCount) { keys in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(lc, 3)) { scores in
                        let s = scores.baseAddress!
                        while !state.isTerminal {
                            ctx.moveFeatures(state, into: keys.baseAddress!)
                            s[0] = 0; s[1] = 0; s[2] = 0
                            moveScorer.score(keys.baseAddress!, count: ParserContext.moveFeatureCount, into: s)
                            var best: ArcHybridState.Move? = nil
                            var bestScore = Int32.min
                            for raw in 0..<3 {
                                let m = ArcHybridState.Move(rawValue: raw)!
                                if state.isValid(m) && (best == nil || s[raw] > bestScore) {
                                    best = m
                                    bestScore = s[raw]
                                }
                            }
                            guard let move = best else { break }
                            var label = 0
                            if let (h, d) = state.arc(move) {
                                label = bestLabel(ctx, state, head: h, dependent: d, keys: keys.baseAddress!, scores: s)
                            }
                            state.apply(move, label: UInt8(label))
                        }
                    }
                }
            }
        }
        var heads = Array(state.heads[0..<n])
        for i in 0..<n where heads[i] == Int32(n) || heads[i] < 0 { heads[i] = -1 }
        return (heads, Array(state.labels[0..<n]))
    }

    @inline(__always)
    func bestLabel(_ ctx: ParserContext, _ state: ArcHybridState, head h: Int, dependent d: Int,
                   keys: UnsafeMutablePointer<UInt64>, scores s: UnsafeMutablePointer<Int32>) -> Int {
        if h == ctx.n { return rootLabel }
        ctx.labelFeatures(state, head: h, dependent: d, into: keys)
        let lc = arcLabels.classes
        for c in 0..<lc { s[c] = 0 }
        labelScorer.score(keys, count: ParserContext.labelFeatureCount, into: s)
        var best = rootLabel == 0 ? 1 : 0
        for c in 0..<lc where c != rootLabel && s[c] > s[best] { best = c }
        return best
    }

    /// The mean of several models' weights (their known words must agree).
    static func average(_ models: [ParserModel]) -> ParserModel {
        ParserModel(labels: models[0].labels, knownWords: models[0].knownWords,
                    moves: WeightTable.average(models.map(\.moves)), arcLabels: WeightTable.average(models.map(\.arcLabels)))
    }

    func write(to out: inout ByteWriter) {
        out.strings(labels)
        out.u32(UInt32(knownWords.count))
        for k in knownWords.keys { out.u64(k) }
        moves.write(to: &out)
        arcLabels.write(to: &out)
    }

    static func read(from input: inout ByteReader) throws -> ParserModel {
        let labels = try input.strings()
        let n = Int(try input.u32())
        try input.expect(n * 8, "a list of \(n) known words")
        var keys = [UInt64](); keys.reserveCapacity(n)
        for _ in 0..<n { keys.append(try input.u64()) }
        let moves = try WeightTable.read(from: &input)
        let arcLabels = try WeightTable.read(from: &input)
        guard moves.classes == 3, arcLabels.classes == labels.count, labels.contains("root") else {
            throw input.error("the parser tables do not match its \(labels.count) labels")
        }
        return ParserModel(labels: labels, knownWords: FeatureIndex(keys: keys), moves: moves, arcLabels: arcLabels)
    }
}
