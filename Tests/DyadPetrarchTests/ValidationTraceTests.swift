import DyadCoder
import DyadLexicon
import DyadSyntax
import Testing
@testable import DyadPetrarch

/// `dyad validate --explain`: how a record was coded.
@Suite struct ValidationTraceTests {
    @Test func traceShowsTheActorsAndEventsOfEachSentence() throws {
        var set = DictionarySet()
        set.addPetrarch(text: "ARNOR_ [ARN]\nGONDOR_ [GON]\n", kind: .actors, file: "t.actors.txt")
        set.addPetrarch(text: "--- MEET [040] ---\nMEET\n", kind: .verbs, file: "t.verbs.txt")
        let runner = ValidationRunner(coder: try EventCoder.petrarch(set, parser: try ShallowParser.bundled()))
        let record = PetrarchXMLReader.read("<Sentence id=\"t\" date=\"19950101\"><Text>Arnor met Gondor.</Text></Sentence>").records[0]
        let trace = runner.trace(record, useParse: false)
        #expect(trace.count == 1)
        #expect(trace.first?.mentions.map(\.code) == ["ARN", "GON"])
        #expect(trace.first?.events.map(\.cameo) == ["040"])
    }
}
