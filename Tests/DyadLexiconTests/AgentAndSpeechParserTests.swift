import Testing
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
}
