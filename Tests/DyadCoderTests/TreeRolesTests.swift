import DyadSyntax
import Testing
@testable import DyadCoder

/// Who acts, read from a dependency tree: trees written by hand for the test,
/// so each rule is checked without the trained parser.
@Suite struct TreeRolesTests {
    /// A tree from (form, head, relation) triples; tags are not needed here.
    func tree(_ words: [(String, Int, String)]) -> DependencyParse {
        DependencyParse(words: words.map { .init(form: $0.0, xpos: "NN", upos: "NOUN", head: $0.1, relation: $0.2) })
    }

    func mention(_ range: Range<Int>, _ code: String) -> ActorMention {
        ActorMention(range: range, code: code, country: String(code.prefix(3)), sector: String(code.dropFirst(3)))
    }

    @Test func aParenthesisedAcronymDoesNotHideTheSubject() {
        // The Asia-Pacific Economic Cooperation ( APEC ) forum has agreed
        let t = tree([("The", 7, "det"), ("Asia-Pacific", 3, "compound"), ("Economic", 3, "compound"),
                      ("Cooperation", 7, "compound"), ("(", 5, "punct"), ("APEC", 3, "appos"), (")", 5, "punct"),
                      ("forum", 9, "nsubj"), ("has", 9, "aux"), ("agreed", -1, "root")])
        let mentions = [mention(1..<4, "IGOAPEC"), mention(5..<6, "IGOAPEC")]
        #expect(TreeRoles.subjects(of: 9, tree: t, mentions: mentions).map { mentions[$0].code } == ["IGOAPEC"])
    }

    @Test func coordinatedSubjectsAreAllSubjects() {
        // Sudan and Chad agreed
        let t = tree([("Sudan", 3, "nsubj"), ("and", 2, "cc"), ("Chad", 0, "conj"), ("agreed", -1, "root")])
        let mentions = [mention(0..<1, "SDN"), mention(2..<3, "TCD")]
        #expect(TreeRoles.subjects(of: 3, tree: t, mentions: mentions) == [0, 1])
    }

    @Test func aRelativePronounStandsForTheNounItDescribes() {
        // UN monitors who revealed sales
        let t = tree([("UN", 1, "compound"), ("monitors", -1, "root"), ("who", 3, "nsubj"),
                      ("revealed", 1, "acl:relcl"), ("sales", 3, "obj")])
        let mentions = [mention(0..<2, "IGOUNOMON")]
        #expect(TreeRoles.subjects(of: 3, tree: t, mentions: mentions) == [0])
    }

    @Test func anActorInsideAPrepositionalPhraseOfTheSubjectIsNotIt() {
        // the president of Gondor spoke
        let t = tree([("the", 1, "det"), ("president", 4, "nsubj"), ("of", 3, "case"), ("Gondor", 1, "nmod"),
                      ("spoke", -1, "root")])
        #expect(TreeRoles.subjects(of: 4, tree: t, mentions: [mention(3..<4, "GON")]).isEmpty)
    }

    @Test func anInfinitiveTakesTheSubjectOfItsGovernor() {
        // Chad agreed to talk
        let t = tree([("Chad", 1, "nsubj"), ("agreed", -1, "root"), ("to", 3, "mark"), ("talk", 1, "xcomp")])
        #expect(TreeRoles.subjects(of: 3, tree: t, mentions: [mention(0..<1, "TCD")]) == [0])
    }

    @Test func aPassiveAgentIsReadFromItsByPhrase() {
        // Chad was attacked by rebels
        let t = tree([("Chad", 2, "nsubj:pass"), ("was", 2, "aux:pass"), ("attacked", -1, "root"), ("by", 4, "case"),
                      ("rebels", 2, "obl:agent")])
        let mentions = [mention(0..<1, "TCD"), mention(4..<5, "TCDREB")]
        #expect(TreeRoles.passiveAgents(of: 2, tree: t, mentions: mentions) == [1])
    }
}
