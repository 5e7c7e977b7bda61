import DyadCoder
import DyadLexicon
import DyadSyntax
import Testing
@testable import DyadPetrarch

/// PETRARCH-2 conventions the validation coder follows, each on a small
/// dictionary and one sentence coded from its text.
@Suite struct PetrarchConventionTests {
    static let actors = "ARNOR_ [ARN]\nGONDOR_ [GON]\nMORDOR_ [MOR]\nERIADOR_ [ERI]\n"

    /// The (source, target, code) triples the validation coder finds in `text`.
    func coded(_ text: String, verbs: String, agents: String = "", actors: String = "", parse: String? = nil) throws -> [String] {
        var set = DictionarySet()
        set.addPetrarch(text: Self.actors + actors, kind: .actors, file: "t.actors.txt")
        set.addPetrarch(text: verbs, kind: .verbs, file: "t.verbs.txt")
        if !agents.isEmpty { set.addPetrarch(text: agents, kind: .agents, file: "t.agents.txt") }
        let runner = ValidationRunner(coder: try EventCoder.petrarch(set, parser: try ShallowParser.bundled()))
        let tree = parse.map { "<Parse>\($0)</Parse>" } ?? ""
        let record = PetrarchXMLReader.read("<Sentence id=\"t\" date=\"19950101\"><Text>\(text)</Text>\(tree)</Sentence>").records[0]
        return runner.check(record, useParse: parse != nil).actual.map(\.description)
    }

    @Test func passiveWithoutAgentKeepsItsSubjectAsSource() throws {
        let e = try coded("Arnor was criticized over its dispute with Gondor.", verbs: "--- CRITICIZE [121] ---\nCRITICIZE\n")
        #expect(e == ["ARN 121 GON"])
    }

    @Test func passiveWithFromNamesTheAgent() throws {
        let e = try coded("Arnor was freed from Mordor.", verbs: "--- FREE [066] ---\nFREE\n")
        #expect(e == ["MOR 066 ARN"])
    }

    static let allow = "--- ALLOW [080] ---\nALLOW\n- * REALLY_PLEASANT [024]\n"

    @Test func patternWordsInAThatClauseMatch() throws {
        let e = try coded("Arnor allowed that Mordor is not a really pleasant place.", verbs: Self.allow)
        #expect(e == ["ARN 024 MOR"])
    }

    @Test func subjectOfAnUncodedThatClauseIsTheTarget() throws {
        let e = try coded("Arnor allowed that Mordor is a place.", verbs: Self.allow)
        #expect(e == ["ARN 080 MOR"])
    }

    @Test func subjectOfAnUncodedClauseWithoutThatIsTheTarget() throws {
        let e = try coded("Arnor believes Gondor and Mordor can cope with it.", verbs: "--- BELIEVE [023] ---\nBELIEVE\n")
        #expect(e == ["ARN 023 GON", "ARN 023 MOR"])
    }

    @Test func thatTaggedAsDeterminerBeforeANameOpensAClause() throws {
        let parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD allowed) (SBAR (DT that) (S (NP (NNP Mordor)) (VP (VBZ is) (NP (DT a) (RB really) (JJ pleasant) (NN place)))))) (. .)))"
        let e = try coded("Arnor allowed that Mordor is a really pleasant place.", verbs: Self.allow, parse: parse)
        #expect(e == ["ARN 024 MOR"])
    }

    @Test func ofPartOfAPrepositionalPhraseIsNoDirectObject() throws {
        let e = try coded("Arnor cordoned off the roads leading into Mordor along the pass of Eriador.",
                          verbs: "--- EXCLUDE [1721] ---\nEXCLUDE\n+CORDON_OFF {+CORDONED_OFF}\n")
        #expect(e == ["ARN 1721 MOR"])
    }

    @Test func gerundAfterAPrepositionIsNotCoded() throws {
        let e = try coded("Arnor met Gondor after leaving Mordor.", verbs: "--- MEET [040] ---\nMEET\n\n--- LEAVE [012] ---\nLEAVE\n")
        #expect(e == ["ARN 040 GON"])
    }

    @Test func targetPlacedAtTheSubjectOfAThatClauseMakesTheGoverningSubjectTheSource() throws {
        let e = try coded("Gondor noted that Mordor regretted the refusal.",
                          verbs: "--- REGRET [111] ---\nREGRET {REGRETTED}\n- NOTED + * [115]\n")
        #expect(e == ["GON 115 MOR"])
    }
}

/// Agents with no country, as PETRARCH codes them.
extension PetrarchConventionTests {
    static let believe = "--- BELIEVE [023] ---\nBELIEVE\n"

    @Test func agentWithoutCountryActs() throws {
        let e = try coded("Clerics believe Gondor can cope.", verbs: Self.believe, agents: "CLERIC [~REL]\n")
        #expect(e == ["---REL 023 GON"])
    }

    @Test func targetWithoutCountryKeepsNone() throws {
        let e = try coded("Arnor police arrested students today.", verbs: "--- ARREST [173] ---\nARREST\n",
                          agents: "POLICE {} [~COP]\nSTUDENT [~EDU]\n")
        #expect(e == ["ARNCOP 173 ---EDU"])
    }
}

/// Pattern words and targets read in a complement clause whose verb codes nothing.
extension PetrarchConventionTests {
    static let question = "--- QUESTION [---] ---\nQUESTION\n- BEGUN * [212]\n\n--- HAVE [---] ---\nHAVE\n- * BAN [112]\n"

    @Test func complementClauseWhoseVerbPatternsDoNotMatchIsUncoded() throws {
        let e = try coded("Arnor has begun to question whether Mordor has a future.", verbs: Self.question)
        #expect(e == ["ARN 212 MOR"])
    }

    @Test func subjectOfAComplementClauseThatIsTheSourceAgainIsNoTarget() throws {
        let e = try coded("Arnor has begun to question whether it really has a future with Mordor.", verbs: Self.question)
        #expect(e == ["ARN 212 MOR"])
    }
}
