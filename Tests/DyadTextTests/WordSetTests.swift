import Testing
import DyadText

@Suite struct WordSetTests {
    @Test func membersAreFoundAndOthersAreNot() {
        let set: WordSet = ["as", "after", "because", "no longer", "n't"]
        for w in ["as", "after", "because", "no longer", "n't"] { #expect(set.contains(w)) }
        // Same length or same first byte as a member, but no member.
        for w in ["an", "aftermath", "attack", "", "becausE", "Because", "nt"] { #expect(!set.contains(w)) }
    }

    @Test func membersBeyondPlainASCIIAreComparedAsStrings() {
        // "é" written as e + combining accent equals the precomposed member, with other bytes.
        let set: WordSet = ["caf\u{E9}"]
        #expect(set.contains("cafe\u{301}"))
        #expect(!set.contains("cafe"))
        #expect(!WordSet([]).contains("a"))
    }
}
