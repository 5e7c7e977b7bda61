import DyadSyntax
import DyadText
import Testing

/// Sentences Brill leaves with no finite verb get the EWT tagger's finite
/// verbs; others keep Brill's tags. Sentences invented for the tests.
@Suite struct FiniteVerbRepairTests {
    static let parsers = Result { (try ShallowParser.bundled(), try DependencyParser.bundled()) }

    func sentence(_ text: String) -> Sentence {
        Sentence(index: 0, start: 0, end: text.utf8.count, text: text, tokens: Tokenizer().tokens(in: text, from: 0, to: text.utf8.count))
    }

    @Test func aPastTenseBrillReadsAsAParticipleAfterAnAppositionBecomesTheVerb() throws {
        let (shallow, dependencies) = try Self.parsers.get()
        let s = sentence("Ana Osei, the Ugandan defence minister, criticized Kenya.")
        #expect(shallow.analyze(s).verbGroups.isEmpty, "Brill alone finds the verb: the repair is not needed for this sentence")
        let repaired = shallow.analyze(s, repairingWith: dependencies)
        #expect(repaired.verbGroups.map(\.lemma) == ["criticize"], "\(repaired.tags.map(\.string))")
    }

    @Test func aSentenceWithAFiniteVerbKeepsBrillsTags() throws {
        let (shallow, dependencies) = try Self.parsers.get()
        let s = sentence("Kenya criticized the ruling, citing security concerns.")
        #expect(shallow.analyze(s, repairingWith: dependencies).tags == shallow.analyze(s).tags)
    }

    @Test func anIrregularParticipleAfterAnAuxiliaryBecomesTheVerb() throws {
        let (shallow, dependencies) = try Self.parsers.get()
        let s = sentence("The attacker was shot dead by police.")
        let repaired = shallow.analyze(s, repairingWith: dependencies)
        #expect(repaired.verbGroups.map(\.lemma) == ["shoot"], "\(repaired.tags.map(\.string))")
        #expect(repaired.verbGroups.first?.isPassive == true)
    }

    @Test func aNounAfterAnAuxiliaryThatCannotBeAParticipleStaysANoun() throws {
        let (shallow, dependencies) = try Self.parsers.get()
        let s = sentence("Tomas Varela was president of Kenya.")
        #expect(shallow.analyze(s, repairingWith: dependencies).tags == shallow.analyze(s).tags)
    }
}
