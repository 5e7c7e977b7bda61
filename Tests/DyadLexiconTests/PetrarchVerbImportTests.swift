import DyadText
import Foundation
import Testing
@testable import DyadLexicon

@Suite struct PetrarchVerbImportTests {
    /// Converts one inline PETRARCH verb dictionary and reads every written
    /// file back with dyad's own parser: (result, patterns as `code: text`, parser issues).
    func convert(_ text: String, own: String = "", patternVerbs: PetrarchVerbImport.PatternVerbs = .own) throws
        -> (result: PetrarchVerbImport.Result, lines: [String], issues: [DictionaryIssue]) {
        var issues: [DictionaryIssue] = []
        let ownPatterns = VerbFileParser.parse(own, file: "04-consult.verbs.txt", issues: &issues)
        let result = PetrarchVerbImport.convert(text: text, name: "TEST.verbs.txt", path: "in/TEST.verbs.txt",
                                                own: ownPatterns, forms: try .bundled(), patternVerbs: patternVerbs)
        var lines: [String] = []
        for file in result.files {
            lines += VerbFileParser.parse(file.text, file: file.fileName, issues: &issues).map { "\($0.code): \($0.text)" }
        }
        return (result, lines, issues)
    }

    @Test func synonymSetGivesOnePatternPerMember() throws {
        let (result, lines, issues) = try convert("""
        &TREATY
        +TREATY
        +PEACE_ACCORD

        --- SIGN [---] ---
        SIGN
        - * &TREATY [057]
        """)
        #expect(issues.isEmpty)
        #expect(lines == ["057: sign treaty", "057: sign peace accord"])
        #expect(result.files.map(\.fileName) == ["phoenix-05-diplomatic-cooperation.verbs.txt"])
    }

    @Test func eachPatternIsWrittenForEveryVerbOfItsBlock() throws {
        // With `--verb-patterns block`, whatever verb the comment names.
        let (_, lines, _) = try convert("""
        --- PLEDGE [---] ---
        PLEDGE
        VOW
        - * AID [0331]  # VOW
        """, patternVerbs: .block)
        #expect(lines == ["0331: pledge aid", "0331: vow aid"])
    }

    @Test func ownModeWritesAPatternForTheVerbItsCommentNames() throws {
        let (result, lines, issues) = try convert("""
        --- PLEDGE [---] ---
        PLEDGE
        SWEAR [0331]
        VOW
        - * AID [0331]  # VOW
        - * SUPPORT [0331]  # SWEAR , PLEDGE
        """, patternVerbs: .own)
        #expect(issues.isEmpty)
        // The bare verb line keeps its own code whatever the comments say.
        #expect(lines == ["0331: swear", "0331: vow aid", "0331: pledge support", "0331: swear support"])
        #expect(result.files.first?.text.contains("--verb-patterns own") == true)
    }

    @Test func ownModeFindsAVerbNamedInAnInflectedOrListedForm() throws {
        let (_, lines, _) = try convert("""
        --- REFUSE [---] ---
        REFUSE
        +RULE_OUT
        MEET {MEETS MET MEETING}
        - * TALKS [125]  # RULED_OUT
        - * (IN SECRET) [040]  # MET
        """, patternVerbs: .own)
        #expect(lines == ["040: meet in secret", "125: rule out talk"])
    }

    @Test func ownModeWritesALineNamingNoVerbOfItsBlockForEveryVerb() throws {
        let (_, lines, _) = try convert("""
        --- PLEDGE [---] ---
        PLEDGE
        VOW
        - * AID [0331]
        - * LOANS [0331]  # GRANT
        - * ARMS [0331]  #
        """.replacingOccurrences(of: "\n", with: "\r\n"), patternVerbs: .own)
        #expect(lines == ["0331: pledge aid", "0331: vow aid", "0331: pledge loan", "0331: vow loan",
                          "0331: pledge arm", "0331: vow arm"])
    }

    @Test func prepositionalPhraseBecomesItsWordsInOrder() throws {
        let (_, lines, _) = try convert("""
        --- LOOK [---] ---
        LOOK
        - * (INTO {FRESH CHARGES}) (OF FRAUD) [090]
        """)
        #expect(lines == ["090: look into fresh charge of fraud"])
    }

    @Test func targetStaysWhereItStands() throws {
        let (_, lines, _) = try convert("""
        --- ACCUSE [---] ---
        ACCUSE
        - * + (OF TREASON) [112]
        - * (TO +) [042:043]
        """)
        #expect(lines == ["042: accuse to +", "112: accuse + of treason"])
    }

    @Test func pluralsAndInflectedVerbsBecomeLemmas() throws {
        let (_, lines, _) = try convert("""
        --- STAGE [---] ---
        STAGE
        +ANGERED_BY
        - * RALLIES [141]
        """)
        #expect(lines.contains("141: stage rally"))
        #expect(lines.contains("141: anger by rally"))
    }

    @Test func noEventPatternsAndBareVerbsOfANoEventBlockAreLeftOut() throws {
        let (result, lines, _) = try convert("""
        --- ATTACK [190] ---
        ATTACK
        RAID [---]
        - * REPUTATION [---]
        - * (BEFORE COURT) [:173]
        - * CAPITAL [190]
        """)
        #expect(lines == ["190: attack", "190: attack capital", "190: raid capital"])
        #expect(result.skipped[.noEvent] == 1)  // the pattern; a verb coded [---] gives no line to skip
        #expect(result.skipped[.reverseOnly] == 1)
    }

    @Test func formsDyadCannotHoldAreSkippedAndCounted() throws {
        let (result, lines, _) = try convert("""
        &SOLDIER
        +SOLDIER

        --- FIRE [---] ---
        FIRE
        - &SOLDIER * (AT +) [190]
        - $ * ROCKETS [190]
        - * (ON +) (FROM $) [190]
        - * PAST ^ (AT +) [190]
        - * SHOTS (AT +) [190]
        """)
        #expect(lines == ["190: fire shot at +"])
        #expect(result.skipped[.beforeVerb] == 2)
        #expect(result.skipped[.actorMarker] == 2)
        #expect(result.left.map(\.location.line) == [6, 7, 8, 9])
    }

    @Test func dyadsOwnPatternWinsOverTheSameVerbAndWords() throws {
        let (result, lines, _) = try convert("""
        --- MEET [---] ---
        MEET
        - * (WITH +) [036]
        - * (IN SECRET) [040]
        """, own: "040: meet with +")
        #expect(lines == ["040: meet in secret"])
        #expect(result.skipped[.dyadHas] == 1)
        #expect(result.left.first?.pattern == "meet with +")
    }

    @Test func aPatternRepeatedWithAnotherCodeKeepsTheFirst() throws {
        let (result, lines, _) = try convert("""
        --- ASK [---] ---
        ASK
        - * SUPPORT [020]
        - * SUPPORT [022]
        """)
        #expect(lines == ["020: ask support"])
        #expect(result.skipped[.duplicate] == 1)
    }

    @Test func writtenFilesNameTheirSourceLineAndLicence() throws {
        let (result, _, _) = try convert("""
        # The MIT License (MIT)
        # Copyright (c) 2015 The Council of Elrond

        --- WARN [---] ---
        WARN
        - * (OF ATTACK) [138]
        """)
        let text = try #require(result.files.first?.text)
        #expect(text.hasPrefix("# Converted from the PETRARCH/TABARI verb dictionary TEST.verbs.txt"))
        #expect(text.contains("#   Copyright (c) 2015 The Council of Elrond\n"))
        #expect(text.contains("138: warn of attack  # TEST.verbs.txt:6\n"))
    }
}
