import DyadCoder
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation
import Testing
@testable import DyadPetrarch

@Suite struct PetrarchXMLReaderTests {
    static let xml = """
    <Validation>
    <Environment>
        <Verbfile>V.verbs.txt</Verbfile>
        <Actorfile>A.actors.txt</Actorfile>
    </Environment>
    <Sentences>
    <!-- <Sentence id="COMMENTED"> -->
    <Sentence date = "19950101" id ="R-1" category="DEMO">
    <EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding>
    <Text>
    Arnor attacked
    Gondor.
    </Text>
    <Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))</Parse>
    </Sentence>
    <Sentence date="19950102" id="R-2">
    <EventCoding noevents = "True"></EventCoding>
    <Text>Nothing happened.</Text>
    </Sentence>
    </Sentences>
    </Validation>
    """

    @Test func readsRecordsWithSpacedAttributesAndSkipsComments() {
        let file = PetrarchXMLReader.read(Self.xml)
        #expect(file.records.map(\.id) == ["R-1", "R-2"])
        #expect(file.records[0].text == "Arnor attacked Gondor.")
        #expect(file.records[0].date == CalendarDate("1995-01-01"))
        #expect(file.records[0].expected == [ExpectedEvent(source: "ARN", target: "GON", code: "190")])
        #expect(file.records[0].parse?.hasPrefix("(ROOT") == true)
    }

    @Test func noeventsRecordExpectsNothing() {
        let r = PetrarchXMLReader.read(Self.xml).records[1]
        #expect(r.expectsNoEvents)
        #expect(r.hasGold)
        #expect(r.parse == nil)
    }

    @Test func environmentNamesTheDictionaries() {
        let env = PetrarchXMLReader.read(Self.xml).environment
        #expect(env?.verbFiles == ["V.verbs.txt"])
        #expect(env?.actorFiles == ["A.actors.txt"])
    }
}

@Suite struct ParseAdapterTests {
    @Test func tagsComeFromTheTreeAndVerbGroupsFromDyad() throws {
        let tree = try PennTree.parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Gondor)))) (. .)))")
        let (body, s) = ParseAdapter(parser: try ShallowParser.bundled()).analyze(tree)
        #expect(body == "Arnor did not attack Gondor .")
        #expect(s.tags == [.NNP, .VBD, .RB, .VB, .NNP, .period])
        #expect(s.verbGroups.count == 1)
        #expect(s.verbGroups[0].lemma == "attack")
        #expect(s.verbGroups[0].isNegated)
    }

    @Test func bracketEscapesReadAsBrackets() throws {
        let tree = try PennTree.parse("(S (NP (-LRB- -LRB-) (NNP UN) (-RRB- -RRB-)))")
        let (body, s) = ParseAdapter(parser: try ShallowParser.bundled()).analyze(tree)
        #expect(body == "( UN )")
        #expect(s.tokens[1].start == 2)
    }
}

@Suite struct ValidationRunnerTests {
    func runner() throws -> ValidationRunner {
        var set = DictionarySet()
        set.addPetrarch(text: "ARNOR_ [ARN]\nGONDOR_ [GON]\n", kind: .actors, file: "a.actors.txt")
        set.addPetrarch(text: "--- ATTACK [190] ---\nATTACK\n--- VISIT [042:043] ---\nVISIT\n", kind: .verbs, file: "v.verbs.txt")
        return ValidationRunner(coder: try EventCoder.petrarch(set, parser: try ShallowParser.bundled()))
    }

    @Test func matchingRecordPassesFromParseAndFromText() throws {
        let r = PetrarchXMLReader.read(PetrarchXMLReaderTests.xml).records[0]
        #expect(try runner().check(r, useParse: true).passed)
        #expect(try runner().check(r, useParse: false).passed)
    }

    @Test func pairedCodeCodesBothDirections() throws {
        let xml = "<Sentence id=\"p\"><Text>Arnor visited Gondor.</Text></Sentence>"
        let r = PetrarchXMLReader.read(xml).records[0]
        let actual = try runner().check(r, useParse: false).actual
        #expect(actual == [ExpectedEvent(source: "ARN", target: "GON", code: "042"), ExpectedEvent(source: "GON", target: "ARN", code: "043")])
    }

    @Test func unreadableParseCodesNothingAndSaysWhy() throws {
        var r = PetrarchXMLReader.read(PetrarchXMLReaderTests.xml).records[0]
        r.parse = "(ROOT (S (NP (NNP Arnor)"
        let o = try runner().check(r, useParse: true)
        #expect(o.actual.isEmpty)
        #expect(o.note?.contains("parse unreadable") == true)
    }

    @Test func discardPhraseStopsCoding() throws {
        let r = PetrarchXMLReader.read("<Sentence id=\"d\"><Text>Arnor attacked Gondor at baseball.</Text></Sentence>").records[0]
        let base = try runner()
        let discarding = ValidationRunner(coder: base.coder, discards: PetrarchDiscards(text: "BASEBALL\n+TYPHOON\n"))
        #expect(discarding.check(r, useParse: false).actual.isEmpty)
        #expect(!base.check(r, useParse: false).actual.isEmpty)
    }

    @Test func errorRecordsAndUncodedValidationRecordsExpectNothing() {
        let xml = "<Validation><Sentence id=\"e\"><EventCoding error=\"dateline\"></EventCoding><Text>X.</Text></Sentence>"
            + "<Sentence id=\"u\"><Text>Y.</Text></Sentence></Validation>"
        let records = PetrarchXMLReader.read(xml).records
        #expect(records.allSatisfy { $0.expectsNoEvents })
        #expect(records[0].expectedError == "dateline")
    }
}

@Suite struct CoNLLUReaderTests {
    static let text = """
    # newdoc id = d1
    # text = Arnor attacked Gondor.
    1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No
    4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    1-2\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
    1\tdid\tdo\tAUX\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t3\taux\t_\t_
    2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_
    3\tleave\tleave\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_

    """

    @Test func sentencesKeepTheirWordsAndPennTags() throws {
        let docs = CoNLLUReader(parser: try ShallowParser.bundled()).read(Self.text, name: "t.conllu")
        #expect(docs.map(\.id) == ["d1"])
        #expect(docs[0].sentences.count == 2)
        #expect(docs[0].sentences[0].tags == [.NNP, .VBD, .NNP, .period])
        #expect(docs[0].sentences[0].verbGroups.map(\.lemma) == ["attack"])
        #expect(docs[0].body == "Arnor attacked Gondor . did n't leave")
    }

    @Test func universalTagsStandInWhenThereIsNoPennTag() throws {
        let s = CoNLLUReader(parser: try ShallowParser.bundled()).read(Self.text, name: "t.conllu")[0].sentences[1]
        #expect(s.tags == [.VBD, .RB, .VB])
        #expect(s.verbGroups.first?.isNegated == true)
    }
}

/// `<Config>` lines between the records of a validation file.
extension PetrarchXMLReaderTests {
    @Test func configHoldsForTheRecordsAfterIt() {
        let file = PetrarchXMLReader.read("""
        <Validation><Sentences>
        <Sentence id="a" date="19950101"><Text>One.</Text></Sentence>
        <Config option="require_dyad" value="FALSE"></Config>
        <Sentence id="b" date="19950101"><Text>Two.</Text></Sentence>
        <Config option="require_dyad" value="true"></Config>
        <Sentence id="c" date="19950101"><Text>Three.</Text></Sentence>
        </Sentences></Validation>
        """)
        #expect(file.records.map(\.requiresDyad) == [true, false, true])
        #expect(file.records[1].config == ["require_dyad": "FALSE"])
    }
}
