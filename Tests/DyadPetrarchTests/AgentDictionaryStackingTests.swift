import DyadCoder
import DyadLexicon
import DyadSyntax
import Testing
@testable import DyadPetrarch

/// Agents of PETRARCH agent dictionaries stacked on actor codes, each on a
/// small dictionary and one sentence coded from its text.
@Suite struct AgentDictionaryStackingTests {
    static let verbs = "--- RESTORE [064] ---\nRESTORE\n"
    static let agents = "ACTIVIST [~OPP]\nWORLD_GOVERNMENT {} [~WGO]\nOFFICIAL [~GOV]\n"

    func coded(_ text: String, actors: String) throws -> [String] {
        try PetrarchConventionTests().coded(text, verbs: Self.verbs, agents: Self.agents, actors: actors)
    }

    @Test func agentOfAnOrganizationStacksOnItsCode() throws {
        let e = try coded("Activists of Gonzo GMO restored ties with Arnor.", actors: "GONZO_GMO [GONGMO]\n")
        #expect(e == ["GONGMOOPP 064 ARN"])
    }

    @Test func agentStacksOnAnActorCodeThatHoldsARole() throws {
        let e = try coded("West German world government officials restored ties with Arnor.", actors: "WEST_GERMAN [GMWGOV]\n")
        #expect(e == ["GMWGOVWGO 064 ARN"])
    }

    @Test func formerBeforeAnAgentOfAPlaceMakesItAnElite() throws {
        let e = try coded("Former officials in White House restored ties with former Gondor activists.",
                          actors: "WHITE_HOUSE [USAGOV]\n")
        #expect(e == ["USAGOVELI 064 GONELI"])
    }
}
