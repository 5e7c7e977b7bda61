/// The part-of-speech tagger: an averaged perceptron over word, affix, shape
/// and context features (Collins 2002; Honnibal's greedy tagger), predicting
/// one class per word that is a Penn XPOS tag paired with its UD UPOS tag
/// ("IN SCONJ", "VBZ AUX"), so both come from one decision.
///
/// Frequent words that were (almost) always tagged one way in training are
/// tagged from a dictionary without scoring; the rest are tagged left to
/// right, each decision seeing the two previous decisions.
///
/// ```swift
/// let classes = tagger.tag(words)          // [Int], indices into classNames
/// tagger.xpos[classes[0]], tagger.upos[classes[0]]
/// ```
struct TaggerModel: Sendable {
    /// "XPOS UPOS" for each class.
    let classNames: [String]
    let xpos: [String]
    let upos: [String]
    let weights: WeightTable
    let scorer: SparseScorer
    /// The second pass, which also sees the first pass's tags of the next
    /// two words (a cheap form of bidirectional tagging); nil for one pass.
    let second: WeightTable?
    let secondScorer: SparseScorer?
    /// Word form hash → class, for unambiguous frequent words.
    let dictionary: FeatureIndex
    let dictionaryClass: [UInt8]

    static let featureCount = 32
    static let secondPassFeatureCount = 37

    init(classNames: [String], weights: WeightTable, second: WeightTable? = nil, dictionaryKeys: [UInt64], dictionaryClass: [UInt8]) {
        self.second = second
        self.secondScorer = second?.sparseScorer()
        self.classNames = classNames
        self.xpos = classNames.map { String($0.split(separator: " ").first ?? "_") }
        self.upos = classNames.map { String($0.split(separator: " ").dropFirst().first ?? "_") }
        self.weights = weights
        self.scorer = weights.sparseScorer()
        self.dictionary = FeatureIndex(keys: dictionaryKeys)
        self.dictionaryClass = dictionaryClass
    }

    /// Fills `keys` with the features of word `i`, given the classes of the
    /// two words before it (`classes` and `classes + 1` stand for "none").
    @inline(__always)
    static func features(_ w: UnsafeBufferPointer<WordFeatures>, _ i: Int, p1: Int, p2: Int,
                         into keys: UnsafeMutablePointer<UInt64>) {
        // `w` is padded with two boundary words on each side: word i is w[i + 2].
        let c = w[i + 2], m1 = w[i + 1], m2 = w[i], n1 = w[i + 3], n2 = w[i + 4]
        let t1 = UInt64(p1), t2 = UInt64(p2)
        keys[0] = FeatureKey.make(0, 0)
        keys[1] = FeatureKey.make(1, c.lower)
        keys[2] = FeatureKey.make(2, c.form)
        keys[3] = FeatureKey.make(3, c.suffix1)
        keys[4] = FeatureKey.make(4, c.suffix2)
        keys[5] = FeatureKey.make(5, c.suffix3)
        keys[6] = FeatureKey.make(6, c.suffix4)
        keys[7] = FeatureKey.make(7, c.prefix1)
        keys[8] = FeatureKey.make(8, c.prefix2)
        keys[9] = FeatureKey.make(9, c.prefix3)
        keys[10] = FeatureKey.make(10, c.shape)
        keys[11] = FeatureKey.make(11, c.flags | (i == 0 ? 1 << 20 : 0))
        keys[12] = FeatureKey.make(12, c.lexicon)
        keys[13] = FeatureKey.make(13, t1)
        keys[14] = FeatureKey.make(14, t2)
        keys[15] = FeatureKey.make(15, t1, t2)
        keys[16] = FeatureKey.make(16, t1, c.lower)
        keys[17] = FeatureKey.make(17, m1.lower)
        keys[18] = FeatureKey.make(18, m2.lower)
        keys[19] = FeatureKey.make(19, n1.lower)
        keys[20] = FeatureKey.make(20, n2.lower)
        keys[21] = FeatureKey.make(21, m1.suffix3)
        keys[22] = FeatureKey.make(22, n1.suffix3)
        keys[23] = FeatureKey.make(23, n1.lexicon)
        keys[24] = FeatureKey.make(24, m1.lexicon)
        keys[25] = FeatureKey.make(25, c.lower, n1.lower)
        keys[26] = FeatureKey.make(26, m1.lower, c.lower)
        keys[27] = FeatureKey.make(27, t1, c.lexicon)
        keys[28] = FeatureKey.make(28, n1.shape)
        keys[29] = FeatureKey.make(29, t1, c.suffix3)
        keys[30] = FeatureKey.make(30, n2.lexicon, n1.lexicon)
        keys[31] = FeatureKey.make(31, c.lexicon, n1.lexicon, t1)
    }

    /// The second pass's extra features for word `i`: `r1` and `r2` are the
    /// first pass's classes of the next two words.
    @inline(__always)
    static func rightFeatures(_ w: UnsafeBufferPointer<WordFeatures>, _ i: Int, p1: Int, r1: Int, r2: Int,
                              into keys: UnsafeMutablePointer<UInt64>) {
        let a = UInt64(r1), b = UInt64(r2)
        keys[32] = FeatureKey.make(32, a)
        keys[33] = FeatureKey.make(33, a, b)
        keys[34] = FeatureKey.make(34, a, w[i + 2].lower)
        keys[35] = FeatureKey.make(35, UInt64(p1), a)
        keys[36] = FeatureKey.make(36, a, w[i + 3].lower)
    }

    /// The dictionary class of a word, if it is one of the unambiguous ones.
    @inline(__always) func dictionaryTag(_ w: WordFeatures) -> Int? {
        guard let r = dictionary.row(for: w.form) else { return nil }
        return Int(dictionaryClass[Int(r)])
    }

    /// Tags padded words (two boundary words each side) into `out`: the
    /// first pass, then the second when the model has one.
    func tag(_ padded: UnsafeBufferPointer<WordFeatures>, into out: UnsafeMutablePointer<Int32>) {
        let n = padded.count - 4
        guard secondScorer != nil else { return tag(padded, pass: nil, into: out) }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { first in
            tag(padded, pass: nil, into: first.baseAddress!)
            tag(padded, pass: UnsafePointer(first.baseAddress!), into: out)
        }
    }

    /// One pass; `firstPass` (the first pass's classes) selects the second.
    func tag(_ padded: UnsafeBufferPointer<WordFeatures>, pass firstPass: UnsafePointer<Int32>?,
             into out: UnsafeMutablePointer<Int32>) {
        let n = padded.count - 4
        let k = weights.classes
        let scorer = firstPass == nil ? self.scorer : secondScorer!
        let count = firstPass == nil ? Self.featureCount : Self.secondPassFeatureCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.secondPassFeatureCount) { keys in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: k) { scores in
                var p1 = k, p2 = k + 1
                for i in 0..<n {
                    var best: Int
                    if let d = dictionaryTag(padded[i + 2]) {
                        best = d
                    } else {
                        Self.features(padded, i, p1: p1, p2: p2, into: keys.baseAddress!)
                        if let firstPass {
                            Self.rightFeatures(padded, i, p1: p1, r1: i + 1 < n ? Int(firstPass[i + 1]) : k + 1,
                                               r2: i + 2 < n ? Int(firstPass[i + 2]) : k + 1, into: keys.baseAddress!)
                        }
                        for c in 0..<k { scores[c] = 0 }
                        scorer.score(keys.baseAddress!, count: count, into: scores.baseAddress!)
                        best = 0
                        for c in 1..<k where scores[c] > scores[best] { best = c }
                    }
                    out[i] = Int32(best)
                    p2 = p1
                    p1 = best
                }
            }
        }
    }

    func write(to out: inout ByteWriter) {
        out.strings(classNames)
        weights.write(to: &out)
        out.u8(second == nil ? 0 : 1)
        second?.write(to: &out)
        out.u32(UInt32(dictionary.count))
        for key in dictionary.keys { out.u64(key) }
        out.bytes(dictionaryClass)
    }

    static func read(from input: inout ByteReader) throws -> TaggerModel {
        let names = try input.strings()
        let weights = try WeightTable.read(from: &input)
        let second = try input.u8() == 1 ? try WeightTable.read(from: &input) : nil
        guard weights.classes == names.count, second.map({ $0.classes == names.count }) ?? true else {
            throw input.error("the tagger has \(names.count) class names but \(weights.classes) weight classes")
        }
        let n = Int(try input.u32())
        try input.expect(n * 9, "a dictionary of \(n) words")
        var keys = [UInt64](); keys.reserveCapacity(n)
        for _ in 0..<n { keys.append(try input.u64()) }
        let cls = try input.bytes(n)
        guard cls.allSatisfy({ Int($0) < names.count }) else { throw input.error("a dictionary word names an unknown class") }
        return TaggerModel(classNames: names, weights: weights, second: second, dictionaryKeys: keys, dictionaryClass: cls)
    }
}
