/// Trains the tagger: greedy left-to-right decoding with the current
/// weights, a perceptron update on each wrong decision, data shuffled each
/// epoch with a fixed seed, averaged weights compiled at the end.
enum TaggerTraining {
    /// Words at least this frequent whose commonest class covers this share
    /// of their uses are tagged from the dictionary.
    static let dictionaryMinimumCount = 20
    static let dictionaryMinimumShare = 0.995

    static func dictionary(_ sentences: [TrainingSentence]) -> (keys: [UInt64], classes: [UInt8]) {
        var counts: [UInt64: [Int32: Int]] = [:]
        for s in sentences {
            for i in 0..<s.count where s.goldClasses[i] >= 0 {
                counts[s.features[i + 2].form, default: [:]][s.goldClasses[i], default: 0] += 1
            }
        }
        var keys: [UInt64] = []
        var classes: [UInt8] = []
        for key in counts.keys.sorted() {
            let c = counts[key]!
            let total = c.values.reduce(0, +)
            let top = c.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
            if total >= dictionaryMinimumCount && Double(top.value) / Double(total) >= dictionaryMinimumShare {
                keys.append(key)
                classes.append(UInt8(top.key))
            }
        }
        return (keys, classes)
    }

    /// Trains for `epochs` passes; after each pass `afterEpoch` receives the
    /// compiled model (to score it on held-out data) and returns whether to keep it.
    ///
    /// With `firstPass` (the first-pass classes of every training sentence,
    /// jackknifed) and `base` (the first-pass model), trains the second pass
    /// and returns `base` with it.
    static func train(_ sentences: [TrainingSentence], classNames: [String], epochs: Int, seed: UInt64,
                      minimumWeight: Float, minimumUpdates: Int, firstPass: [[Int32]]? = nil, base: TaggerModel? = nil,
                      afterEpoch: (Int, TaggerModel) -> Void = { _, _ in }) -> TaggerModel {
        let k = classNames.count
        let p = AveragedPerceptron(classes: k)
        let dict = dictionary(sentences)
        let empty = WeightTable.empty(classes: k)
        let lookup = TaggerModel(classNames: classNames, weights: empty, dictionaryKeys: dict.keys, dictionaryClass: dict.classes)
        var order = Array(sentences.indices)
        var rng = SeededGenerator(seed: seed)
        var keys = [UInt64](repeating: 0, count: TaggerModel.secondPassFeatureCount)
        let count = firstPass == nil ? TaggerModel.featureCount : TaggerModel.secondPassFeatureCount
        var scores = [Float](repeating: 0, count: k)
        var model = lookup
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            for si in order {
                let s = sentences[si]
                var p1 = k, p2 = k + 1
                s.features.withUnsafeBufferPointer { f in
                    for i in 0..<s.count {
                        var guess: Int
                        if let d = lookup.dictionaryTag(f[i + 2]) {
                            guess = d
                        } else {
                            keys.withUnsafeMutableBufferPointer {
                                TaggerModel.features(f, i, p1: p1, p2: p2, into: $0.baseAddress!)
                                if let first = firstPass?[si] {
                                    TaggerModel.rightFeatures(f, i, p1: p1, r1: i + 1 < s.count ? Int(first[i + 1]) : k + 1,
                                                              r2: i + 2 < s.count ? Int(first[i + 2]) : k + 1, into: $0.baseAddress!)
                                }
                            }
                            p.score(keys[0..<count], into: &scores)
                            guess = 0
                            for c in 1..<k where scores[c] > scores[guess] { guess = c }
                            p.tick()
                            let truth = Int(s.goldClasses[i])
                            if truth >= 0 && truth != guess { p.update(truth: truth, guess: guess, keys: keys[0..<count]) }
                        }
                        p2 = p1
                        p1 = guess
                    }
                }
            }
            let table = p.compile(minimumWeight: minimumWeight, minimumUpdates: minimumUpdates)
            if let base {
                model = TaggerModel(classNames: classNames, weights: base.weights, second: table,
                                    dictionaryKeys: base.dictionary.keys, dictionaryClass: base.dictionaryClass)
            } else {
                model = TaggerModel(classNames: classNames, weights: table, dictionaryKeys: dict.keys, dictionaryClass: dict.classes)
            }
            afterEpoch(epoch + 1, model)
        }
        return model
    }

    /// The tagger's classes for every word of `sentences`.
    static func tag(_ model: TaggerModel, _ sentences: [TrainingSentence]) -> [[Int32]] {
        sentences.map { s in
            var out = [Int32](repeating: 0, count: s.count)
            s.features.withUnsafeBufferPointer { f in out.withUnsafeMutableBufferPointer { model.tag(f, into: $0.baseAddress!) } }
            return out
        }
    }

    static func accuracy(_ model: TaggerModel, _ sentences: [TrainingSentence]) -> Double {
        let tags = tag(model, sentences)
        var right = 0, total = 0
        for (s, t) in zip(sentences, tags) {
            for i in 0..<s.count {
                total += 1
                if s.goldClasses[i] >= 0 && model.xpos[Int(t[i])] == model.xpos[Int(s.goldClasses[i])] { right += 1 }
            }
        }
        return Double(right) / Double(max(total, 1))
    }
}
