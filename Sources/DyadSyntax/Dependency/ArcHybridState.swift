/// A parser configuration of the arc-hybrid transition system (Kuhlmann et
/// al. 2011), with the artificial root at the end of the buffer (Ballesteros
/// & Nivre 2013) so it is attached last.
///
/// Three moves build a projective tree left to right:
/// - **shift** pushes the first buffer word onto the stack;
/// - **left** makes the first buffer word the head of the stack top, and pops it;
/// - **right** makes the second stack word the head of the stack top, and pops it.
///
/// Each word's leftmost and rightmost children, their counts and the set of
/// labels on each side are kept up to date for the features.
///
/// ```swift
/// var state = ArcHybridState(count: 3)
/// state.apply(.shift, label: 0)   // stack [0], buffer [1, 2, root]
/// ```
struct ArcHybridState {
    enum Move: Int { case shift = 0, left = 1, right = 2 }

    /// Number of words; index `count` is the root.
    let count: Int
    var stack: [Int32] = []
    /// The first buffer word (`count` when only the root is left).
    var front = 0
    var heads: [Int32]
    var labels: [UInt8]
    var leftmost: [Int32], secondLeftmost: [Int32]
    var rightmost: [Int32], secondRightmost: [Int32]
    var leftCount: [UInt8], rightCount: [UInt8]
    var leftLabels: [UInt64], rightLabels: [UInt64]

    init(count n: Int) {
        count = n
        stack.reserveCapacity(n)
        heads = [Int32](repeating: -1, count: n + 1)
        labels = [UInt8](repeating: 0, count: n + 1)
        leftmost = heads; secondLeftmost = heads; rightmost = heads; secondRightmost = heads
        leftCount = [UInt8](repeating: 0, count: n + 1); rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n + 1); rightLabels = leftLabels
    }

    var isTerminal: Bool { front == count && stack.isEmpty }

    @inline(__always) func isValid(_ m: Move) -> Bool {
        switch m {
        case .shift: return front < count
        case .left: return !stack.isEmpty && (front < count || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    /// The head and dependent the move would join (nil for shift).
    @inline(__always) func arc(_ m: Move) -> (head: Int, dependent: Int)? {
        switch m {
        case .shift: return nil
        case .left: return (front, Int(stack[stack.count - 1]))
        case .right: return (Int(stack[stack.count - 2]), Int(stack[stack.count - 1]))
        }
    }

    mutating func apply(_ m: Move, label: UInt8) {
        switch m {
        case .shift:
            stack.append(Int32(front))
            front += 1
        case .left, .right:
            let (h, d) = arc(m)!
            stack.removeLast()
            attach(head: h, dependent: d, label: label)
        }
    }

    private mutating func attach(head h: Int, dependent d: Int, label: UInt8) {
        heads[d] = Int32(h)
        labels[d] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        let d32 = Int32(d)
        if d < h {
            if leftmost[h] < 0 || d32 < leftmost[h] {
                secondLeftmost[h] = leftmost[h]; leftmost[h] = d32
            } else if secondLeftmost[h] < 0 || d32 < secondLeftmost[h] {
                secondLeftmost[h] = d32
            }
            leftCount[h] &+= 1
            leftLabels[h] |= bit
        } else {
            if rightmost[h] < 0 || d32 > rightmost[h] {
                secondRightmost[h] = rightmost[h]; rightmost[h] = d32
            } else if secondRightmost[h] < 0 || d32 > secondRightmost[h] {
                secondRightmost[h] = d32
            }
            rightCount[h] &+= 1
            rightLabels[h] |= bit
        }
    }

    /// The number of gold arcs the move makes unreachable (Goldberg & Nivre
    /// 2013): zero-cost moves keep the best tree still reachable, which is
    /// what the dynamic oracle trains towards. `gold[i]` is word i's gold
    /// head, `count` for the root; the gold tree must be projective.
    func cost(_ m: Move, gold: [Int32]) -> Int {
        guard isValid(m) else { return Int.max }
        let b = Int32(front)
        switch m {
        case .shift:
            var c = 0
            let s0 = stack.last ?? -1
            for d in stack {
                if gold[Int(d)] == b { c += 1 }
                if gold[front] == d && d != s0 { c += 1 }
            }
            return c
        case .left, .right:
            let s0 = Int(stack[stack.count - 1])
            let s1: Int32 = stack.count >= 2 ? stack[stack.count - 2] : -1
            var c = 0
            for d in front..<count where gold[d] == Int32(s0) { c += 1 }
            let h = gold[s0]
            if m == .left {
                if h != b && (h == s1 || h > b) { c += 1 }
            } else {
                if h != s1 && h >= b { c += 1 }
            }
            return c
        }
    }
}
