/// A small fixed set of words, for the membership tests made once per token
/// ("is this word a subordinator?"): most words are turned away by one bit
/// test on their length and first byte, before any string is hashed.
///
/// Declare one with an array literal where a `Set<String>` would do:
///
/// ```swift
/// static let subordinators: WordSet = ["as", "after", "because", "while"]
/// subordinators.contains("after")   // true
/// subordinators.contains("attack")  // false, almost always without hashing
/// ```
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The members.
    public let words: Set<String>
    /// For every member, the bit of its first byte and length (``bit(_:)``);
    /// all bits when a member is not plain.
    @usableFromInline let bits: UInt64

    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var bits: UInt64 = 0
        for w in self.words { bits |= WordSet.bit(w) }
        // A word equals a member of lowercase ASCII letters, digits, spaces and
        // `'-.` only when its bytes do; other members could equal words written
        // with other bytes (Unicode canonical equivalence), so they get no filter.
        let plain = self.words.allSatisfy { w in
            w.utf8.allSatisfy { b in (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x20 || b == 0x27 || b == 0x2D || b == 0x2E }
        }
        self.bits = plain ? bits : .max
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// True when `word` is a member (compared as `Set<String>` compares).
    @inlinable public func contains(_ word: String) -> Bool {
        guard bits & WordSet.bit(word) != 0 else { return false }
        return words.contains(word)
    }

    /// One bit of 64 from a word's first byte and length.
    @inlinable static func bit(_ word: String) -> UInt64 {
        let utf8 = word.utf8
        return 1 << UInt64((Int(utf8.first ?? 0) &* 7 &+ utf8.count) & 63)
    }
}
