import Testing
import DyadText
@testable import DyadLexicon

@Suite struct AgentAndSpeechParserTests {
    @Test func agentWordsAndPluralSwitch() {
        var issues: [DictionaryIssue] = []
        let agents = AgentFileParser.parse("agent MIL: army | soldier\nagent REF: refugees\n  plural: no\n", file: "a.agents.txt", issues: &issues)
        #expect(issues.isEmpty)
        #expect(agents[0].sector == "MIL")
        #expect(agents[0].words == ["army", "soldier"])
        #expect(agents[1].matchesPlurals == false)
    }

    @Test func regularPlurals() {
        #expect(EnglishPlural.of("soldier") == "soldiers")
        #expect(EnglishPlural.of("embassy") == "embassies")
        #expect(EnglishPlural.of("policeman") == "policemen")
        #expect(EnglishPlural.of("church") == "churches")
    }

    @Test func speechVerbsAndCues() {
        var issues: [DictionaryIssue] = []
        var speech = SpeechLexicon()
        SpeechFileParser.parse("speech: say | Report\ncue: according to\n", file: "s.speech.txt", into: &speech, issues: &issues)
        #expect(issues.isEmpty)
        #expect(speech.verbs == ["say", "report"])
        #expect(speech.cues == [["according", "to"]])
    }

    @Test func statementVerbsCarryTheirCodeAndLine() {
        var issues: [DictionaryIssue] = []
        var speech = SpeechLexicon()
        SpeechFileParser.parse("speech: say | tell\nstatement 010: say | Tell\n", file: "s.speech.txt", into: &speech, issues: &issues)
        #expect(issues.isEmpty)
        #expect(speech.statements["tell"]?.code == "010")
        #expect(speech.statements["say"]?.origin == SourceLocation(file: "s.speech.txt", line: 2))
    }

    @Test func aStatementCodeMustBeASpeechVerb() {
        var issues: [DictionaryIssue] = []
        var speech = SpeechLexicon()
        SpeechFileParser.parse("speech: say\nstatement 010: shout\n", file: "s.speech.txt", into: &speech, issues: &issues)
        #expect(issues.map(\.location.line) == [2])
        #expect(speech.statements.isEmpty)
    }

    @Test func aStatementCodeOutsideRoot01IsRejected() {
        var issues: [DictionaryIssue] = []
        var speech = SpeechLexicon()
        SpeechFileParser.parse("speech: say\nstatement 190: say\n", file: "s.speech.txt", into: &speech, issues: &issues)
        #expect(issues.count == 1)
        #expect(speech.statements.isEmpty)
    }

    @Test func toneWordsKeepTheFirstCodeListed() {
        var issues: [DictionaryIssue] = []
        var speech = SpeechLexicon()
        SpeechFileParser.parse("tone 111: Mistake | outrage\ntone 012: mistake | worried\n", file: "s.speech.txt", into: &speech, issues: &issues)
        #expect(issues.isEmpty)
        #expect(speech.tones["mistake"]?.code == "111")
        #expect(speech.tones["worried"]?.code == "012")
    }
}
