import DyadCoder
import DyadLexicon
import DyadSyntax
import Testing
@testable import DyadPetrarch

/// `<Config option="new_actor_length" value="N">`: noun phrases of at most N
/// words naming no dictionary actor are actors, coded with their words in quotes.
@Suite struct NewActorTests {
    static let verbs = "--- LEFT [032:033] ---\nLEFT\n\n--- RISEN [---] ---\nRISEN\n- DEATH TOLL * [223]\n"

    func coded(_ text: String, newActorLength: Int) throws -> [String] {
        var set = DictionarySet()
        set.addPetrarch(text: "ERIADOR_ [ERI]\nGONDOR_ [GON]\n", kind: .actors, file: "t.actors.txt")
        set.addPetrarch(text: Self.verbs, kind: .verbs, file: "t.verbs.txt")
        let runner = ValidationRunner(coder: try EventCoder.petrarch(set, parser: try ShallowParser.bundled()))
        let xml = """
        <Validation><Sentences>
        <Config option="new_actor_length" value="\(newActorLength)"></Config>
        <Sentence id="t" date="19950101"><Text>\(text)</Text></Sentence>
        </Sentences></Validation>
        """
        return runner.check(PetrarchXMLReader.read(xml).records[0], useParse: false).actual.map(\.description)
    }

    @Test func phrasesWithoutDictionaryActorsAreActorsInQuotes() throws {
        let e = try coded("Gryffindor's head Minerva McGonagall left for the Ministry of Magic on Wednesday.", newActorLength: 4)
        #expect(e == ["\"GRYFFINDOR HEAD MINERVA MCGONAGALL\" 032 \"THE MINISTRY OF MAGIC\"",
                      "\"THE MINISTRY OF MAGIC\" 033 \"GRYFFINDOR HEAD MINERVA MCGONAGALL\""])
    }

    @Test func longerPhrasesAreNoActors() throws {
        let e = try coded("Gryffindor's head Minerva McGonagall left for the Ministry of Magic on Wednesday.", newActorLength: 3)
        #expect(e.isEmpty)
    }

    @Test func aNewActorJoinsTheDictionaryActorsOfItsClause() throws {
        let e = try coded("Eriador's death and injury toll has risen in the dispute with Gondor.", newActorLength: 4)
        #expect(e == ["\"INJURY TOLL\" 223 GON", "ERI 223 GON"])
    }

    @Test func withoutTheOptionThereAreNoNewActors() throws {
        let e = try coded("Eriador's death and injury toll has risen in the dispute with Gondor.", newActorLength: 0)
        #expect(e == ["ERI 223 GON"])
    }
}
