/// The word ids of one sentence as a 1,024-bit Bloom filter: a quick "no"
/// for a word the sentence lacks, before a pattern is walked token by token.
///
/// ``mayHold(_:)`` is never false for a word that was added; it can be true
/// for one that was not (for a sentence of 60 distinct words, about one
/// word in seventeen), so a "yes" still needs checking.
///
/// Build one per sentence from the ids of its forms and lemmas and pass it
/// to ``PatternSteps/mayMatch(_:_:)``.
///
/// ```swift
/// let filter = WordFilter([12, 40, 7])
/// filter.mayHold(40)   // true
/// filter.mayHold(41)   // almost always false
/// ```
public struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 16)
    /// The filter folded to 64 bits: bit `g` is set when any of the bits
    /// `16 g ..< 16 g + 16` is. A first, coarser test (``group(_:)``).
    private(set) var summary: UInt64 = 0

    /// A filter holding `words` (word ids; unknown words are left out).
    public init(_ words: [Int32]) {
        for w in words where w != Vocabulary.unknown {
            let b = WordFilter.bit(w)
            bits[b >> 6] |= 1 << UInt64(b & 63)
            summary |= WordFilter.group(w)
        }
    }

    /// The ``summary`` bit a word sets: a word whose group bit is clear is not held.
    @inline(__always) static func group(_ w: Int32) -> UInt64 {
        1 << UInt64(bit(w) >> 4)
    }

    /// False when `w` was certainly not added.
    @inline(__always) public func mayHold(_ w: Int32) -> Bool {
        let b = WordFilter.bit(w)
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// One of 1,024 bits, from the top bits of a multiplicative hash.
    @inline(__always) private static func bit(_ w: Int32) -> Int {
        Int((UInt32(bitPattern: w) &* 0x9E37_79B1) >> 22)
    }
}
