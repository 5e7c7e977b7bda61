/// The parser's feature templates, after Zhang & Nivre (2011), adapted to
/// arc-hybrid: words, tags and labels of the top three stack words, the first
/// three buffer words, their leftmost/rightmost children, pairs and triples
/// of these, distance, valency and the sets of labels already attached.
///
/// Words are hashes of lowercase forms seen at least twice in training (rarer
/// words become one "unknown" value); tags are the tagger's class numbers.
/// ``ParserContext/moveFeatures(_:into:)`` fills the keys for choosing a move,
/// ``ParserContext/labelFeatures(_:head:dependent:into:)`` those for
/// labelling the arc a left or right move makes.
struct ParserContext {
    /// Word values for 0..<n, then the root, then "none" (index n + 1).
    let words: UnsafeBufferPointer<UInt64>
    /// Tag values, laid out like `words`.
    let tags: UnsafeBufferPointer<UInt8>
    let n: Int

    static let moveFeatureCount = 84
    static let labelFeatureCount = 32
    static let noLabel: UInt64 = 255

    @inline(__always) func w(_ i: Int) -> UInt64 { words[i < 0 ? n + 1 : i] }
    @inline(__always) func p(_ i: Int) -> UInt64 { UInt64(tags[i < 0 ? n + 1 : i]) }
    @inline(__always) func l(_ s: ArcHybridState, _ i: Int) -> UInt64 { i < 0 ? Self.noLabel : UInt64(s.labels[i]) }

    @inline(__always) static func bucket(_ d: Int) -> UInt64 {
        switch d {
        case ..<0: return 0
        case 0...4: return UInt64(d)
        case 5...6: return 5
        case 7...9: return 6
        default: return 7
        }
    }

    func moveFeatures(_ s: ArcHybridState, into k: UnsafeMutablePointer<UInt64>) {
        let sc = s.stack.count
        let s0 = sc > 0 ? Int(s.stack[sc - 1]) : -1
        let s1 = sc > 1 ? Int(s.stack[sc - 2]) : -1
        let s2 = sc > 2 ? Int(s.stack[sc - 3]) : -1
        let b0 = s.front
        let b1 = b0 + 1 <= n ? b0 + 1 : -1
        let b2 = b0 + 2 <= n ? b0 + 2 : -1
        let s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), s2p = p(s2)
        let b0w = w(b0), b0p = p(b0), b1w = w(b1), b1p = p(b1), b2w = w(b2), b2p = p(b2)
        let s0L = s0 >= 0 ? Int(s.leftmost[s0]) : -1, s0L2 = s0 >= 0 ? Int(s.secondLeftmost[s0]) : -1
        let s0R = s0 >= 0 ? Int(s.rightmost[s0]) : -1, s0R2 = s0 >= 0 ? Int(s.secondRightmost[s0]) : -1
        let b0L = Int(s.leftmost[b0]), b0L2 = Int(s.secondLeftmost[b0])
        let s1R = s1 >= 0 ? Int(s.rightmost[s1]) : -1
        let d = s0 >= 0 ? Self.bucket(b0 - s0) : 8
        let d2 = s1 >= 0 ? Self.bucket(s0 - s1) : 8
        let s0vl = s0 >= 0 ? UInt64(s.leftCount[s0]) : 99, s0vr = s0 >= 0 ? UInt64(s.rightCount[s0]) : 99
        let b0vl = UInt64(s.leftCount[b0]), s1vr = s1 >= 0 ? UInt64(s.rightCount[s1]) : 99
        let s0ls = s0 >= 0 ? s.leftLabels[s0] : 1 << 63, s0rs = s0 >= 0 ? s.rightLabels[s0] : 1 << 63
        let b0ls = s.leftLabels[b0]
        k[0] = FeatureKey.make(0, s0w, s0p); k[1] = FeatureKey.make(1, s0w); k[2] = FeatureKey.make(2, s0p)
        k[3] = FeatureKey.make(3, b0w, b0p); k[4] = FeatureKey.make(4, b0w); k[5] = FeatureKey.make(5, b0p)
        k[6] = FeatureKey.make(6, b1w, b1p); k[7] = FeatureKey.make(7, b1w); k[8] = FeatureKey.make(8, b1p)
        k[9] = FeatureKey.make(9, b2w, b2p); k[10] = FeatureKey.make(10, b2p)
        k[11] = FeatureKey.make(11, s1w, s1p); k[12] = FeatureKey.make(12, s1w); k[13] = FeatureKey.make(13, s1p)
        k[14] = FeatureKey.make(14, s2p); k[15] = FeatureKey.make(15, w(s2))
        k[16] = FeatureKey.make(16, s0w, s0p, b0w, b0p); k[17] = FeatureKey.make(17, s0w, s0p, b0w)
        k[18] = FeatureKey.make(18, s0w, b0w, b0p); k[19] = FeatureKey.make(19, s0w, s0p, b0p)
        k[20] = FeatureKey.make(20, s0p, b0w, b0p); k[21] = FeatureKey.make(21, s0w, b0w)
        k[22] = FeatureKey.make(22, s0p, b0p); k[23] = FeatureKey.make(23, b0p, b1p)
        k[24] = FeatureKey.make(24, s1w, s0w); k[25] = FeatureKey.make(25, s1p, s0p)
        k[26] = FeatureKey.make(26, s1w, s0p); k[27] = FeatureKey.make(27, s1p, s0w)
        k[28] = FeatureKey.make(28, s1w, s1p, s0w, s0p)
        k[29] = FeatureKey.make(29, b0p, b1p, b2p); k[30] = FeatureKey.make(30, s0p, b0p, b1p)
        k[31] = FeatureKey.make(31, s1p, s0p, b0p); k[32] = FeatureKey.make(32, s0p, p(s0L), b0p)
        k[33] = FeatureKey.make(33, s0p, p(s0R), b0p); k[34] = FeatureKey.make(34, s0p, b0p, p(b0L))
        k[35] = FeatureKey.make(35, s1p, s0p, p(s0L)); k[36] = FeatureKey.make(36, s1p, s0p, p(s0R))
        k[37] = FeatureKey.make(37, s1p, p(s1R), s0p); k[38] = FeatureKey.make(38, s2p, s1p, s0p)
        k[39] = FeatureKey.make(39, s0w, d); k[40] = FeatureKey.make(40, s0p, d)
        k[41] = FeatureKey.make(41, b0w, d); k[42] = FeatureKey.make(42, b0p, d)
        k[43] = FeatureKey.make(43, s0w, b0w, d); k[44] = FeatureKey.make(44, s0p, b0p, d)
        k[45] = FeatureKey.make(45, s1p, s0p, d2); k[46] = FeatureKey.make(46, s1w, s0w, d2)
        k[47] = FeatureKey.make(47, s0w, s0vr); k[48] = FeatureKey.make(48, s0p, s0vr)
        k[49] = FeatureKey.make(49, s0w, s0vl); k[50] = FeatureKey.make(50, s0p, s0vl)
        k[51] = FeatureKey.make(51, b0w, b0vl); k[52] = FeatureKey.make(52, b0p, b0vl)
        k[53] = FeatureKey.make(53, s1p, s1vr)
        k[54] = FeatureKey.make(54, w(s0L)); k[55] = FeatureKey.make(55, p(s0L)); k[56] = FeatureKey.make(56, l(s, s0L))
        k[57] = FeatureKey.make(57, w(s0R)); k[58] = FeatureKey.make(58, p(s0R)); k[59] = FeatureKey.make(59, l(s, s0R))
        k[60] = FeatureKey.make(60, w(b0L)); k[61] = FeatureKey.make(61, p(b0L)); k[62] = FeatureKey.make(62, l(s, b0L))
        k[63] = FeatureKey.make(63, l(s, s1R), p(s1R))
        k[64] = FeatureKey.make(64, w(s0L2)); k[65] = FeatureKey.make(65, p(s0L2)); k[66] = FeatureKey.make(66, l(s, s0L2))
        k[67] = FeatureKey.make(67, w(s0R2)); k[68] = FeatureKey.make(68, p(s0R2)); k[69] = FeatureKey.make(69, l(s, s0R2))
        k[70] = FeatureKey.make(70, w(b0L2)); k[71] = FeatureKey.make(71, p(b0L2)); k[72] = FeatureKey.make(72, l(s, b0L2))
        k[73] = FeatureKey.make(73, s0p, l(s, s0L), l(s, s0L2))
        k[74] = FeatureKey.make(74, s0p, l(s, s0R), l(s, s0R2))
        k[75] = FeatureKey.make(75, b0p, l(s, b0L), l(s, b0L2))
        k[76] = FeatureKey.make(76, s0w, s0ls); k[77] = FeatureKey.make(77, s0p, s0ls)
        k[78] = FeatureKey.make(78, s0w, s0rs); k[79] = FeatureKey.make(79, s0p, s0rs)
        k[80] = FeatureKey.make(80, b0w, b0ls); k[81] = FeatureKey.make(81, b0p, b0ls)
        k[82] = FeatureKey.make(82, s0p, p(b0 - 1), b0p)
        k[83] = FeatureKey.make(83, s0p, p(s0 >= 0 ? s0 + 1 : -1), b0p)
    }

    /// Features for labelling the arc head → dependent; `right` is true for
    /// a right move (the head is before the dependent).
    func labelFeatures(_ s: ArcHybridState, head h: Int, dependent dd: Int, into k: UnsafeMutablePointer<UInt64>) {
        let dir: UInt64 = h > dd ? 0 : 1
        @inline(__always) func t(_ i: UInt64) -> UInt64 { 1000 + i * 2 + dir }
        let dw = w(dd), dp = p(dd), hw = w(h), hp = p(h)
        let dL = Int(s.leftmost[dd]), dR = Int(s.rightmost[dd])
        let hL = Int(s.leftmost[h]), hR = Int(s.rightmost[h])
        let dist = Self.bucket(abs(h - dd)) &+ (h == n ? 16 : 0)
        let next = dd + 1 < n ? dd + 1 : -1
        let prev = dd - 1
        k[0] = FeatureKey.make(t(0), dw); k[1] = FeatureKey.make(t(1), dp); k[2] = FeatureKey.make(t(2), dw, dp)
        k[3] = FeatureKey.make(t(3), hw); k[4] = FeatureKey.make(t(4), hp); k[5] = FeatureKey.make(t(5), hw, hp)
        k[6] = FeatureKey.make(t(6), dw, hw); k[7] = FeatureKey.make(t(7), dp, hp)
        k[8] = FeatureKey.make(t(8), dw, hp); k[9] = FeatureKey.make(t(9), dp, hw)
        k[10] = FeatureKey.make(t(10), dp, hp, dist)
        k[11] = FeatureKey.make(t(11), l(s, dL)); k[12] = FeatureKey.make(t(12), l(s, dR))
        k[13] = FeatureKey.make(t(13), dp, l(s, dL), l(s, dR))
        k[14] = FeatureKey.make(t(14), s.leftLabels[dd]); k[15] = FeatureKey.make(t(15), s.rightLabels[dd])
        k[16] = FeatureKey.make(t(16), dp, s.rightLabels[dd])
        k[17] = FeatureKey.make(t(17), w(dL)); k[18] = FeatureKey.make(t(18), w(dR)); k[19] = FeatureKey.make(t(19), p(dR))
        k[20] = FeatureKey.make(t(20), l(s, hL)); k[21] = FeatureKey.make(t(21), s.leftLabels[h])
        k[22] = FeatureKey.make(t(22), hp, s.leftLabels[h], dp)
        k[23] = FeatureKey.make(t(23), dp, p(next), hp); k[24] = FeatureKey.make(t(24), dp, p(prev), hp)
        k[25] = FeatureKey.make(t(25), w(next), dp); k[26] = FeatureKey.make(t(26), w(prev), dp)
        k[27] = FeatureKey.make(t(27), dw, dp, hp); k[28] = FeatureKey.make(t(28), hw, hp, dp)
        k[29] = FeatureKey.make(t(29), dp, hp, l(s, hR)); k[30] = FeatureKey.make(t(30), dp, hp, s.rightLabels[h])
        k[31] = FeatureKey.make(t(31), dp, p(dL), p(dR), hp)
    }
}
