import DyadCoder
import DyadLexicon
import DyadSyntax
import Testing
@testable import DyadPetrarch

/// `<Config option="require_dyad" value="false">`: events with no target are
/// coded with the target `---`, for the records after the `<Config>`.
@Suite struct RequireDyadTests {
    static let actors = "ARNOR_ [ARN]\nGONDOR_ [GON]\nBREE_ [BRE]\n"
    static let verbs = "--- SAID [023] ---\nSAID\n\n--- RESTORE [064] ---\nRESTORE\n\n--- BURN_DOWN [222] ---\n+BURNED_DOWN\n"
    static let agents = "OFFICIAL [~GOV]\nCROWD [~CVL]\n"

    func records(_ sentences: [String], config: String?) -> [PetrarchRecord] {
        let tag = config.map { "<Config option=\"require_dyad\" value=\"\($0)\"></Config>\n" } ?? ""
        let body = sentences.enumerated().map { i, text in
            "<Sentence id=\"t\(i)\" date=\"19950101\">\n<Text>\(text)</Text>\n</Sentence>"
        }.joined(separator: "\n")
        return PetrarchXMLReader.read("<Validation>\n<Sentences>\n\(tag)\(body)\n</Sentences>\n</Validation>").records
    }

    /// The (source, target, code) triples the validation coder finds in `text` with `require_dyad` off.
    func coded(_ text: String) throws -> [String] {
        var set = DictionarySet()
        set.addPetrarch(text: Self.actors, kind: .actors, file: "t.actors.txt")
        set.addPetrarch(text: Self.verbs, kind: .verbs, file: "t.verbs.txt")
        set.addPetrarch(text: Self.agents, kind: .agents, file: "t.agents.txt")
        let runner = ValidationRunner(coder: try EventCoder.petrarch(set, parser: try ShallowParser.bundled()))
        return runner.check(records([text], config: "False")[0], useParse: false).actual.map(\.description)
    }

    @Test func eventWithoutTargetIsWrittenWithDashes() throws {
        #expect(try coded("A senior Bree official said on Saturday.") == ["BREGOV 023 ---"])
    }

    @Test func agentWithoutCountryActsAsDashesAndItsSector() throws {
        #expect(try coded("A senior official said on Saturday.") == ["---GOV 023 ---"])
    }

    @Test func agentAdjectiveNamesAnActor() throws {
        let e = try coded("The official news agency WFNA said on Thursday.")
        #expect(e == ["---GOV 023 ---"], "\(e)")
    }

    @Test func verbFollowedOnlyByADateCodesNothing() throws {
        #expect(try coded("A senior Bree official said today.") == [])
    }

    @Test func clauseSubordinatedToACodedClauseCodesNoUndirectedEvent() throws {
        let e = try coded("Arnor restored ties with Gondor after Bree crowds burned down an embassy.")
        #expect(e == ["ARN 064 GON"])
    }

    @Test func withDyadsRequiredAnEventWithoutTargetIsNotCoded() throws {
        var set = DictionarySet()
        set.addPetrarch(text: Self.actors, kind: .actors, file: "t.actors.txt")
        set.addPetrarch(text: Self.verbs, kind: .verbs, file: "t.verbs.txt")
        set.addPetrarch(text: Self.agents, kind: .agents, file: "t.agents.txt")
        let runner = ValidationRunner(coder: try EventCoder.petrarch(set, parser: try ShallowParser.bundled()))
        let record = records(["Bree crowds burned down an embassy."], config: nil)[0]
        #expect(runner.check(record, useParse: false).actual.isEmpty)
    }

    @Test func undirectedEventOfAnUnsubordinatedClauseIsCoded() throws {
        #expect(try coded("Bree crowds burned down an embassy.") == ["BRECVL 222 ---"])
    }
}
