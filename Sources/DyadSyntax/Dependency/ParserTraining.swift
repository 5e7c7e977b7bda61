/// Trains the parser with a dynamic oracle (Goldberg & Nivre 2012, 2013):
/// at every configuration the perceptron is updated toward the best-scoring
/// move that loses no gold arc; after the first epoch the parser follows its
/// own prediction (with `exploreProbability`; always, by default: on EWT dev
/// that peaked higher than 0.9, at fewer epochs), so it learns to recover
/// from its mistakes.
/// The label classifier is trained on every arc the parser makes whose head
/// is right.
enum ParserTraining {

    static func knownWords(_ sentences: [TrainingSentence]) -> FeatureIndex {
        var counts: [UInt64: Int] = [:]
        for s in sentences { for w in s.lower { counts[w, default: 0] += 1 } }
        return FeatureIndex(keys: counts.filter { $0.value >= 2 }.keys.sorted())
    }

    static func train(_ sentences: [TrainingSentence], labels: [String], epochs: Int, seed: UInt64, exploreProbability: Double,
                      minimumWeight: Float, minimumUpdates: Int, afterEpoch: (Int, ParserModel) -> Void = { _, _ in }) -> ParserModel {
        let known = knownWords(sentences)
        let moves = AveragedPerceptron(classes: 3)
        let arcLabels = AveragedPerceptron(classes: labels.count)
        let rootLabel = labels.firstIndex(of: "root") ?? 0
        let prepared = sentences.map { s in
            (words: ParserModel.wordValues(s.features, known: known), tags: ParserModel.tagValues(s.tags))
        }
        var order = Array(sentences.indices)
        var rng = SeededGenerator(seed: seed)
        var keys = [UInt64](repeating: 0, count: ParserContext.moveFeatureCount)
        var labelKeys = [UInt64](repeating: 0, count: ParserContext.labelFeatureCount)
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: labels.count)
        let all: [ArcHybridState.Move] = [.shift, .left, .right]
        var model: ParserModel! = nil
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            for si in order {
                let s = sentences[si]
                let gold = s.goldHeads
                prepared[si].words.withUnsafeBufferPointer { wp in
                    prepared[si].tags.withUnsafeBufferPointer { tp in
                        let ctx = ParserContext(words: wp, tags: tp, n: s.count)
                        var state = ArcHybridState(count: s.count)
                        while !state.isTerminal {
                            keys.withUnsafeMutableBufferPointer { ctx.moveFeatures(state, into: $0.baseAddress!) }
                            moves.score(keys, into: &scores)
                            var guess: ArcHybridState.Move? = nil
                            var bestGold: ArcHybridState.Move? = nil
                            for m in all where state.isValid(m) {
                                if guess == nil || scores[m.rawValue] > scores[guess!.rawValue] { guess = m }
                                if state.cost(m, gold: gold) == 0
                                    && (bestGold == nil || scores[m.rawValue] > scores[bestGold!.rawValue]) { bestGold = m }
                            }
                            guard let g = guess else { break }
                            moves.tick()
                            let target = bestGold ?? g
                            if state.cost(g, gold: gold) > 0 { moves.update(truth: target.rawValue, guess: g.rawValue, keys: keys) }
                            let explore = epoch > 0 && Double(rng.next() >> 11) / Double(1 << 53) < exploreProbability
                            let next = explore ? g : target
                            var label = 0
                            if let (h, d) = state.arc(next) {
                                if h == s.count {
                                    label = rootLabel
                                } else {
                                    labelKeys.withUnsafeMutableBufferPointer {
                                        ctx.labelFeatures(state, head: h, dependent: d, into: $0.baseAddress!)
                                    }
                                    arcLabels.score(labelKeys, into: &labelScores)
                                    var lg = rootLabel == 0 ? 1 : 0
                                    for c in 0..<labels.count where c != rootLabel && labelScores[c] > labelScores[lg] { lg = c }
                                    label = lg
                                    if gold[d] == Int32(h) {
                                        arcLabels.tick()
                                        let truth = Int(s.goldLabels[d])
                                        arcLabels.update(truth: truth, guess: lg, keys: labelKeys)
                                        if !explore { label = truth }
                                    }
                                }
                            }
                            state.apply(next, label: UInt8(label))
                        }
                    }
                }
            }
            model = ParserModel(labels: labels, knownWords: known, moves: moves.compile(minimumWeight: minimumWeight, minimumUpdates: minimumUpdates),
                                arcLabels: arcLabels.compile(minimumWeight: minimumWeight, minimumUpdates: minimumUpdates))
            afterEpoch(epoch + 1, model)
        }
        return model
    }
}
