import Testing
@testable import DyadLexicon

@Suite struct VocabularyTests {
    @Test func wordsAreFoundAsInternedAndUnknownWordsAreNot() {
        var v = Vocabulary()
        let words = (0..<500).map { "word\($0)" } + ["", "a", "attack", "united states", "al-qaeda"]
        let ids = words.map { v.intern($0) }
        #expect(ids == words.indices.map { Int32($0) })
        #expect(words.map { v.intern($0) } == ids)  // interning again gives the same id
        #expect(words.map { v.id(of: $0) } == ids)
        #expect(v.id(of: "attacked") == Vocabulary.unknown)
        #expect(v.lookup("word500") == nil)
        #expect(v.count == words.count)
    }

    @Test func wordsEqualAsSwiftStringsShareAnId() {
        var v = Vocabulary()
        let composed = v.intern("caf\u{E9}")
        #expect(v.id(of: "cafe\u{301}") == composed)  // é written as e + combining accent
        let kelvin = v.intern("\u{212A}m")              // KELVIN SIGN, canonically "K"
        #expect(v.id(of: "Km") == kelvin)
        let plain = v.intern("x;y")
        #expect(v.id(of: "x\u{037E}y") == plain)       // GREEK QUESTION MARK, canonically ";"
        #expect(v.id(of: "km") == Vocabulary.unknown)
    }
}
