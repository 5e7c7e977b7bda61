import Testing
@testable import DyadLexicon

@Suite struct VerbFileParserTests {
    func parse(_ text: String) -> ([VerbPattern], [DictionaryIssue]) {
        var issues: [DictionaryIssue] = []
        let verbs = VerbFileParser.parse(text, file: "t.verbs.txt", issues: &issues)
        return (verbs, issues)
    }

    @Test func alternativesBecomeSeparatePatterns() {
        let (verbs, issues) = parse("051: praise | commend | award +\n")
        #expect(issues.isEmpty)
        #expect(verbs.map(\.head) == [["praise"], ["commend"], ["award"]])
        #expect(verbs[2].elements == [.target])
    }

    @Test func targetMarkerSitsBetweenWords() {
        let (verbs, _) = parse("112: accuse + of\n")
        #expect(verbs[0].elements == [.target, .word("of")])
        #expect(verbs[0].specificity == 2)
    }

    @Test func nounPatternsKeepAllWords() {
        let (verbs, _) = parse("195 noun: air strike | airstrike\n")
        #expect(verbs.allSatisfy { $0.isNoun })
        #expect(verbs[0].head == ["air", "strike"])
    }

    @Test func ruleNamesFileLineAndPattern() {
        let (verbs, _) = parse("\n051: praise\n")
        #expect(verbs[0].rule == "t.verbs.txt:2: 051: praise")
    }

    @Test func malformedCodeIsReported() {
        let (verbs, issues) = parse("5x: praise\n")
        #expect(verbs.isEmpty)
        #expect(issues.first?.location.line == 1)
    }

    @Test func twoTargetsAreRejected() {
        let (verbs, issues) = parse("042: send + to +\n")
        #expect(verbs.isEmpty)
        #expect(issues.count == 1)
    }
}
