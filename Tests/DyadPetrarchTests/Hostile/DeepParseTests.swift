import DyadCoder
import DyadLexicon
import DyadSyntax
import Testing
@testable import DyadPetrarch

/// A record whose `<Parse>` nests 50,000 levels: coded from its text, with the
/// reason, instead of overflowing the stack.
@Suite struct DeepParseTests {
    static let xml = """
        <Sentences><Sentence date="19950101" id="deep-1">
        <Text>Arnor attacked Gondor.</Text>
        <Parse>\(String(repeating: "(", count: 50_000))</Parse>
        </Sentence></Sentences>
        """

    func coder() throws -> EventCoder {
        var set = DictionarySet()
        set.addPetrarch(text: "ARNOR_ [ARN]\nGONDOR_ [GON]\n", kind: .actors, file: "a.actors.txt")
        set.addPetrarch(text: "--- ATTACK [190] ---\nATTACK\n", kind: .verbs, file: "v.verbs.txt")
        return try EventCoder.petrarch(set, parser: try ShallowParser.bundled())
    }

    @Test func deepParseIsCodedFromItsText() throws {
        let record = try #require(PetrarchXMLReader.read(Self.xml).records.first)
        let result = PetrarchCoding(coder: try coder()).code(record, useParse: true)
        #expect(result.problem?.contains("coded from its text") == true)
        #expect(result.events.map(\.cameo) == ["190"])
    }

    @Test func deepParseInValidationSaysTheParseIsUnreadable() throws {
        let record = try #require(PetrarchXMLReader.read(Self.xml).records.first)
        let outcome = ValidationRunner(coder: try coder()).check(record, useParse: true)
        #expect(outcome.note?.contains("parse unreadable") == true)
    }
}
