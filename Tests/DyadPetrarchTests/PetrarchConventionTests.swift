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
    func coded(_ text: String, verbs: String, agents: String = "") throws -> [String] {
        var set = DictionarySet()
        set.addPetrarch(text: Self.actors, kind: .actors, file: "t.actors.txt")
        set.addPetrarch(text: verbs, kind: .verbs, file: "t.verbs.txt")
        if !agents.isEmpty { set.addPetrarch(text: agents, kind: .agents, file: "t.agents.txt") }
        let runner = ValidationRunner(coder: try EventCoder.petrarch(set, parser: try ShallowParser.bundled()))
        let record = PetrarchXMLReader.read("<Sentence id=\"t\" date=\"19950101\"><Text>\(text)</Text></Sentence>").records[0]
        return runner.check(record, useParse: false).actual.map(\.description)
    }

    @Test func passiveWithoutAgentKeepsItsSubjectAsSource() throws {
        let e = try coded("Arnor was criticized over its dispute with Gondor.", verbs: "--- CRITICIZE [121] ---\nCRITICIZE\n")
        #expect(e == ["ARN 121 GON"])
    }

    @Test func passiveWithFromNamesTheAgent() throws {
        let e = try coded("Arnor was freed from Mordor.", verbs: "--- FREE [066] ---\nFREE\n")
        #expect(e == ["MOR 066 ARN"])
    }
}
