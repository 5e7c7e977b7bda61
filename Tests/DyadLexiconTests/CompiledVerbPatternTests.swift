import Testing
@testable import DyadLexicon

@Suite struct CompiledVerbPatternTests {
    /// A lexicon of the verb patterns of a PETRARCH verb dictionary.
    static func lexicon(_ verbs: String) -> Lexicon {
        var issues: [DictionaryIssue] = []
        var set = DictionarySet()
        set.verbs = PetrarchVerbReader.parse(verbs, file: "v.verbs.txt", issues: &issues)
        return Lexicon(set)
    }

    @Test func choiceFindsTheFirstSequenceAsWritten() {
        // Ids stand for words: 1 "swiss", 2 "francs", 3 "dollars".
        let choice = WordChoice([[1, 2], [3], [1], []])
        #expect(choice.firsts == [1, 3])
        #expect(choice.length(in: [3, 1, 2], at: 1, end: 3) == 2)
        #expect(choice.length(in: [3, 1, 2], at: 1, end: 2) == 1)  // "swiss francs" would run past the end
        #expect(choice.length(in: [3, 1, 2], at: 0, end: 3) == 1)
        #expect(choice.length(in: [3, 1, 2], at: 2, end: 3) == nil)
        #expect(choice.length(in: [-1], at: 0, end: 1) == nil)
    }

    @Test func patternsCompileToWordIDsAndCandidatesKeepTheirOrder() throws {
        let lexicon = Self.lexicon("--- ACCUSE [112] ---\nACCUSE\n- * + OF [112]\n- * + OF WAR_CRIMES [1122]\n")
        let accuse = lexicon.vocabulary.id(of: "accuse")
        let words = lexicon.wordIDs(["of", "war", "crimes"])
        let candidates = lexicon.verbPatternIndices(forLemma: accuse, words: words)
        try #require(candidates.count == 3)
        #expect(candidates.map { lexicon.verbs[Int($0)].code } == lexicon.verbPatterns(forLemma: "accuse").map(\.code))
        #expect(lexicon.verbs[Int(candidates[0])].code == "1122")  // most specific first
        let steps = lexicon.steps(ofPattern: Int(candidates[1]))
        #expect(steps.contains(.target))
        #expect(lexicon.hasVerbPatterns(forLemma: accuse))
        #expect(!lexicon.hasVerbPatterns(forLemma: Vocabulary.unknown))
    }

    @Test func markersCompileToStepsOfTheirOwn() throws {
        let lexicon = Self.lexicon("--- RECEIVE [070] ---\nRECEIVE\n- + RECENTLY_* MONEY ^ $ [071]\n")
        let i = try #require(lexicon.verbs.firstIndex { $0.code == "071" })
        let recently = lexicon.vocabulary.id(of: "recently")
        #expect(Array(lexicon.steps(ofPattern: i)).filter { if case .choice = $0 { false } else { true } }
            == [.marker(.targetBeforeVerb), .preceding(recently), .marker(.joined), .marker(.skip), .marker(.source)])
    }
}
