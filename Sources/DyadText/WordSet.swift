/// A small fixed set of words, for the membership tests made once per token
/// ("is this word a subordinator?"): most words are turned away by their
/// length and first byte, two bit tests, before any string is hashed.
///
/// Declare one with an array literal where a `Set<String>` would do:
///
/// ```swift
/// static let subordinators: WordSet = ["as", "after", "because", "while"]
/// subordinators.contains("after")   // true
/// subordinators.contains("attack")  // false, without hashing: no member has six bytes
/// ```
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The members.
    public let words: Set<String>
    /// Bit `b % 64` set for the first byte `b` of every member.
    private let initials: UInt64
    /// Bit `n` set for every member of `n` UTF-8 bytes (63 stands for 63 and more).
    private let lengths: UInt64

    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var initials: UInt64 = 0, lengths: UInt64 = 0
        for w in self.words {
            initials |= 1 << UInt64((w.utf8.first ?? 0) & 63)
            lengths |= 1 << UInt64(min(w.utf8.count, 63))
        }
        // A word equals a member of lowercase ASCII letters, digits, spaces and
        // `'-.` only when its bytes do; other members could equal words written
        // with other bytes (Unicode canonical equivalence), so they get no filter.
        let plain = self.words.allSatisfy { w in
            w.utf8.allSatisfy { b in (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x20 || b == 0x27 || b == 0x2D || b == 0x2E }
        }
        self.initials = plain ? initials : .max
        self.lengths = plain ? lengths : .max
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// True when `word` is a member (compared as `Set<String>` compares).
    @inline(__always) public func contains(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard lengths & (1 << UInt64(min(utf8.count, 63))) != 0,
              initials & (1 << UInt64((utf8.first ?? 0) & 63)) != 0 else { return false }
        return words.contains(word)
    }
}
