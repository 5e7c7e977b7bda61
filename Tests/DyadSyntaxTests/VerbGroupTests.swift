@testable import DyadSyntax
import DyadText
import Testing

/// Verb groups found by the shallow parser, one behaviour per test.
@Suite struct VerbGroupTests {
    static let parser = Result { try ShallowParser.bundled() }

    func groups(_ text: String) throws -> [VerbGroup] {
        let tokens = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
        let sentence = Sentence(index: 0, start: 0, end: text.utf8.count, text: text, tokens: tokens)
        return try Self.parser.get().analyze(sentence).verbGroups
    }

    /// Verb groups of `text` with the given tags and lemmas, as a parse would give them.
    func tagged(_ text: String, tags: [PennTag], lemmas: [String]) -> [VerbGroup] {
        let tokens = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
        return VerbGroupFinder.groups(tokens: tokens, tags: tags, lemmas: lemmas)
    }

    @Test func negationBelongsToTheGroup() throws {
        let g = try groups("Syria did not attack Israel.")
        #expect(g.count == 1)
        #expect(g[0].lemma == "attack")
        #expect(g[0].isNegated)
    }

    @Test func beWithParticipleIsPassive() throws {
        let g = try groups("The convoy was attacked by rebels.")
        #expect(g.first?.lemma == "attack")
        #expect(g.first?.isPassive == true)
    }

    @Test func modalGivesFutureTense() throws {
        let g = try groups("Iran will release the sailors.")
        #expect(g.first?.modal == "will")
        #expect(g.first?.tense == .future)
    }

    @Test func toPlusVerbIsAnInfinitive() throws {
        let g = try groups("Egypt urged Israel to halt the raids.")
        #expect(g.map(\.form) == [.finite, .infinitive])
        #expect(g.last?.lemma == "halt")
    }

    @Test func prenominalParticipleIsNoVerb() throws {
        let g = try groups("Amnesty urged Egypt to release detained journalists.")
        #expect(!g.contains { $0.lemma == "detain" })
    }

    @Test func accordingToIsNoVerb() throws {
        let g = try groups("Israel shelled Gaza, according to witnesses.")
        #expect(g.map(\.lemma) == ["shell"])
    }

    @Test func headlineVerbsAreFoundAfterCaseFolding() throws {
        let g = try groups("Syria Accuses Israel of Shelling Villages Near the Border")
        #expect(g.contains { $0.lemma == "accuse" })
    }

    static func sentence(_ text: String) -> Sentence {
        Sentence(index: 0, start: 0, end: text.utf8.count, text: text,
                 tokens: Tokenizer().tokens(in: text, from: 0, to: text.utf8.count))
    }

    @Test func aSentenceIsAHeadlineWhenFourInFiveLongWordsAreCapitalized() {
        #expect(ShallowParser.isTitleCased(Self.sentence("Syria Accuses Israel of Shelling Villages Near the Border")))
        #expect(!ShallowParser.isTitleCased(Self.sentence("Syria accused Israel of shelling villages near the border.")))
        // Four of five long words capitalized is enough; three of five is not.
        #expect(ShallowParser.isTitleCased(Self.sentence("Syria Blames Israel Over Shelling attacks")))
        #expect(!ShallowParser.isTitleCased(Self.sentence("Syria blames Israel over Shelling attacks")))
    }

    @Test func aSentenceOfFewerThanThreeLongWordsIsNeverAHeadline() {
        #expect(!ShallowParser.isTitleCased(Self.sentence("Syria Warns Us")))
        #expect(ShallowParser.isTitleCased(Self.sentence("Syria Warns Iraq")))
    }

    @Test func participleBeforeAdjectiveAndNounIsAnAdjective() throws {
        let g = try groups("Arnor will abandon improved economic relations with Gondor.")
        #expect(g.map(\.lemma) == ["abandon"])
    }

    @Test func presentFormRightAfterAPastVerbIsItsObject() throws {
        let g = try groups("Eriador expressed hopes on Thursday that Osgiliath could be drawn into the process.")
        #expect(!g.contains { $0.lemma == "hope" }, "\(g.map(\.lemma))")
    }

    @Test func gerundAfterADeterminerIsANoun() {
        let g = tagged("Hamfast has arranged for the reopening of houses", tags: [.NNP, .VBZ, .VBN, .IN, .DT, .VBG, .IN, .NNS],
                       lemmas: ["hamfast", "have", "arrange", "for", "the", "reopen", "of", "house"])
        #expect(g.map(\.lemma) == ["arrange"])
    }

    @Test func gerundJoinedToADeterminedNounBeforeItsHeadIsANoun() {
        let g = tagged("Gondor launched a new bombing and shelling offensive", tags: [.NNP, .VBD, .DT, .JJ, .NN, .CC, .VBG, .NN],
                       lemmas: ["gondor", "launch", "a", "new", "bombing", "and", "shell", "offensive"])
        #expect(g.map(\.lemma) == ["launch"])
    }

    @Test func participleAfterAPrepositionBeforeANounIsAnAdjective() {
        let g = tagged("Gondor fought against besieged Osgiliath", tags: [.NNP, .VBD, .IN, .VBN, .NNP],
                       lemmas: ["gondor", "fight", "against", "besiege", "osgiliath"])
        #expect(g.map(\.lemma) == ["fight"])
    }
}
