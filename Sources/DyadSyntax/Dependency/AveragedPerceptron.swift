/// Training-time averaged perceptron (Collins 2002), with lazy averaging.
///
/// Each training decision calls ``tick()``; a wrong decision calls
/// ``update(truth:guess:keys:)``, which moves the features' weights toward
/// the right class and away from the guessed one. The averaged weights — the
/// mean of every weight over all decisions — generalise far better than the
/// final ones; ``compile(minimumWeight:)`` computes them and drops the
/// near-zero entries, giving a compact ``WeightTable``.
///
/// ```swift
/// let p = AveragedPerceptron(classes: 3)
/// p.tick(); p.update(truth: 2, guess: 0, keys: keys)
/// let table = p.compile(minimumWeight: 0.01, minimumUpdates: 2)
/// ```
final class AveragedPerceptron {
    let classes: Int
    private(set) var index = FeatureIndex(capacity: 1 << 16)
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// Per feature, how many updates touched it: rare features are pruned.
    private var updates: [Int32] = []
    private(set) var time: Int32 = 0

    init(classes: Int) {
        self.classes = classes
    }

    func tick() { time += 1 }

    /// Current (not averaged) scores, for decisions during training.
    func score<C: Collection<UInt64>>(_ keys: C, into scores: inout [Float]) {
        for c in 0..<classes { scores[c] = 0 }
        weights.withUnsafeBufferPointer { w in
            for k in keys {
                guard let r = index.row(for: k) else { continue }
                let base = Int(r) * classes
                for c in 0..<classes { scores[c] += w[base + c] }
            }
        }
    }

    func update<C: Collection<UInt64>>(truth: Int, guess: Int, keys: C) {
        guard truth != guess else { return }
        for k in keys {
            let r = Int(index.insert(k))
            if r * classes >= weights.count {
                weights.append(contentsOf: repeatElement(0, count: classes))
                totals.append(contentsOf: repeatElement(0, count: classes))
                stamps.append(contentsOf: repeatElement(0, count: classes))
                updates.append(0)
            }
            updates[r] += 1
            bump(r * classes + truth, by: 1)
            bump(r * classes + guess, by: -1)
        }
    }

    @inline(__always) private func bump(_ i: Int, by delta: Float) {
        totals[i] += Double(time - stamps[i]) * Double(weights[i])
        stamps[i] = time
        weights[i] += delta
    }

    /// The averaged weights as a compiled table; entries whose averaged
    /// magnitude is below `minimumWeight` are dropped, and so are features
    /// updated fewer than `minimumUpdates` times or left with no entries.
    func compile(minimumWeight: Float, minimumUpdates: Int) -> WeightTable {
        var keys: [UInt64] = []
        var start: [UInt32] = [0]
        var cls: [UInt8] = []
        var ws: [Float] = []
        cls.reserveCapacity(index.count); ws.reserveCapacity(index.count)
        let t = Double(max(time, 1))
        for (r, key) in index.keys.enumerated() where updates[r] >= minimumUpdates {
            let before = cls.count
            for c in 0..<classes {
                let i = r * classes + c
                let avg = Float((totals[i] + Double(time - stamps[i]) * Double(weights[i])) / t)
                if abs(avg) >= minimumWeight {
                    cls.append(UInt8(c))
                    ws.append(avg)
                }
            }
            if cls.count > before {
                keys.append(key)
                start.append(UInt32(cls.count))
            }
        }
        return WeightTable(classes: classes, keys: keys, start: start, entryClass: cls, floatWeights: ws)
    }
}
