import Testing
@testable import DyadLexicon

@Suite struct IntTableTests {
    @Test func holdsWhatWasStoredThroughGrowth() {
        var t = IntTable()
        for a in 0..<300 { for b in [-1, 0, 5, 1_000_000] { t[IntTable.pair(Int32(a), Int32(b))] = Int32(a * 7 + b % 3) } }
        #expect(t.count == 1200)
        for a in 0..<300 { for b in [-1, 0, 5, 1_000_000] { #expect(t[IntTable.pair(Int32(a), Int32(b))] == Int32(a * 7 + b % 3)) } }
        #expect(t[IntTable.pair(300, 0)] == nil)
        t[IntTable.pair(3, 5)] = 42
        #expect(t[IntTable.pair(3, 5)] == 42)
        #expect(t.count == 1200)
    }

    @Test func trieFindsLongestPhrasesFirst() {
        var trie = PhraseTrie()
        trie.insert([1, 2, 3], payload: 10)
        trie.insert([1, 2], payload: 11)
        trie.insert([1, 2], payload: 11)
        trie.insert([4], payload: 12)
        let found = trie.matches(in: [1, 2, 3, 4], from: 0)
        #expect(found.map(\.length) == [3, 2])
        #expect(found.map(\.payloads) == [[10], [11]])
        #expect(trie.matches(in: [1, 2, 3, 4], from: 3).map(\.payloads) == [[12]])
        #expect(trie.matches(in: [2, 3], from: 0).isEmpty)
        #expect(trie.startsPhrase(4) && !trie.startsPhrase(2))
    }
}
