import DyadText
import Foundation
import Testing
@testable import DyadLexicon

@Suite struct PetrarchActorReaderTests {
    func parse(_ text: String) -> ([ActorEntry], [DictionaryIssue]) {
        var issues: [DictionaryIssue] = []
        return (PetrarchActorReader.parse(text, file: "t.actors.txt", issues: &issues), issues)
    }

    @Test func nameWithSynonymsBecomesACountry() {
        let (actors, issues) = parse("AUSTRALIA_ [AUS]\n+AUSTRALIAN_\n")
        #expect(issues.isEmpty)
        #expect(actors.count == 1)
        #expect(actors[0].kind == .country)
        #expect(actors[0].names == ["australia", "australian"])
    }

    @Test func sixAndEightDigitDateRangesBecomeRoles() {
        let (actors, _) = parse("""
        BASHAR_AL-ASSAD_
        +ASSAD_
        \t[SYRMIL 940121-000716]
        \t[SYRGOV >000717]
        VLADIMIR_PUTIN_ [RUSGOV 19940922-20040712]
        """)
        #expect(actors.count == 2)
        #expect(actors[0].kind == .person)
        #expect(actors[0].role(on: CalendarDate("2005-01-01"))?.code == "SYRGOV")
        #expect(actors[0].role(on: CalendarDate("1995-01-01"))?.code == "SYRMIL")
        #expect(actors[1].roles[0].from == CalendarDate("1994-09-22"))
        #expect(actors[1].roles[0].until == CalendarDate("2004-07-12"))
    }

    @Test func nullCodeDropsTheName() {
        let (actors, issues) = parse("BOROMIR  [---]\nBILBO [HOB]\n")
        #expect(issues.isEmpty)
        #expect(actors.map(\.name) == ["bilbo"])
    }

    @Test func datedNullCodeLeavesTheNameUncodedOnlyWhileItApplies() {
        let (actors, issues) = parse("PRINCE OF DOL AMROTH\n\t[--- <950630]\n\t[DOL]\n")
        #expect(issues.isEmpty)
        #expect(actors.first?.role(on: CalendarDate("1995-01-01"))?.isUncoded == true)
        #expect(actors.first?.role(on: CalendarDate("1999-08-09"))?.code == "DOL")
    }

    @Test func slashJoinedCodesNameSeveralActorsTogether() {
        let (actors, issues) = parse("THE_SHIRE [FRO/BIL/SAM]\n")
        #expect(issues.isEmpty)
        #expect(actors.first?.roles.map(\.code) == ["FRO"])
        #expect(actors.first?.jointCodes == ["BIL", "SAM"])
    }

    @Test func malformedCodeIsReportedWithItsLineAndSkipped() {
        let (actors, issues) = parse("# header\nGOOD [GDX]\nBAD [A/B]\n")
        #expect(actors.count == 1)
        #expect(issues.contains { $0.location.line == 3 })
    }

    @Test func shortAllCapitalNamesStayAcronyms() {
        let (actors, _) = parse("UN_ [IGOUNO]\nUNITED_NATIONS_ [IGOUNO]\n")
        #expect(actors[0].names == ["UN"])
        #expect(actors[1].names == ["united nations"])
        #expect(actors[0].kind == .organization)
    }
}

@Suite struct PetrarchAgentReaderTests {
    func parse(_ text: String) -> [AgentEntry] {
        var issues: [DictionaryIssue] = []
        return PetrarchAgentReader.parse(text, file: "t.agents.txt", issues: &issues)
    }

    @Test func tildeCodeGivesTheSector() {
        let agents = parse("AMBASSADOR [~GOV] # note\nFOREIGN_MINISTER [~GOVFRM]\n")
        #expect(agents.map(\.sector) == ["GOV", "GOVFRM"])
        #expect(agents[1].words == ["foreign minister"])
        #expect(agents[0].matchesPlurals)
    }

    @Test func tildeAfterTheCodeMakesAPrefixAgent() {
        let agents = parse("MSF {} [NGO~]\nMEDIA {} [~MED]\n")
        #expect(agents.map(\.isPrefix) == [true, false])
        #expect(agents.first?.sector == "NGO")
    }

    @Test func bracedPluralsListIrregularFormsAndStopGeneratedOnes() {
        let agents = parse("ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nMEDIA {} [~MED]\n")
        #expect(agents[0].words == ["attorney general", "attorneys general"])
        #expect(!agents[0].matchesPlurals)
        #expect(agents[1].words == ["media"])
    }

    @Test func substitutionMarkersExpandToEachWord() {
        let agents = parse("!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\n")
        #expect(agents[0].words == ["congressman", "congressmen"])
    }
}

@Suite struct PetrarchVerbReaderTests {
    func parse(_ text: String) -> ([VerbPattern], [DictionaryIssue]) {
        var issues: [DictionaryIssue] = []
        return (PetrarchVerbReader.parse(text, file: "t.verbs.txt", issues: &issues), issues)
    }

    static let dictionary = """
    &CURRENCY
    +DOLLARS
    # a comment inside the set
    +SWISS FRANCS

    --- GRANT [070] ---
    GRANT
    GIVE {GIVES GAVE GIVEN}
    - * &CURRENCY (TO +) [071]
    - SAID * ASYLUM [075]
    - * VISIT_TO + [042:043]
    """

    @Test func everyVerbOfABlockGetsTheBlockCodeAndPatterns() {
        let (patterns, issues) = parse(Self.dictionary)
        #expect(issues.isEmpty)
        #expect(patterns.filter { $0.head == ["give"] }.count == 4)
        #expect(patterns.contains { $0.head == ["grant"] && $0.code == "070" && $0.elements.isEmpty })
    }

    @Test func synsetBecomesAChoiceOfWordSequences() {
        let (patterns, _) = parse(Self.dictionary)
        let p = patterns.first { $0.code == "071" }!
        #expect(p.elements == [.choice([["dollars"], ["swiss", "francs"]]), .choice([["to"]]), .target])
    }

    @Test func wordsBeforeTheVerbMustPrecedeIt() {
        let (patterns, _) = parse(Self.dictionary)
        #expect(patterns.first { $0.code == "075" }!.elements == [.preceding("said"), .choice([["asylum"]])])
    }

    @Test func patternWordsBeforeTheVerbPrecedeTheWordsOfAMultiWordVerb() {
        let (patterns, _) = parse("--- CONFISCATE [1711] ---\nWIRE_+TAP\n- WILL NOT * [081]\n")
        #expect(patterns.first { $0.code == "081" }!.elements == [.preceding("will"), .preceding("not"), .preceding("wire")])
    }

    @Test func pairedCodeGivesAReverseEvent() {
        let (patterns, _) = parse(Self.dictionary)
        let p = patterns.first { $0.code == "042" }!
        #expect(p.reverseCode == "043")
        #expect(p.elements == [.choice([["visit", "to"]]), .target])
    }

    @Test func underscoreJoinedWordsMustBeAdjacentAndExpandSynsets() {
        let (patterns, _) = parse("&T\n+MILITARY\n+ECONOMIC\n\n--- CUT [160] ---\nCUT\n- * NEW_&T_TIES [161]\n")
        #expect(patterns.first { $0.code == "161" }!.elements == [.choice([["new", "military", "ties"], ["new", "economic", "ties"]])])
    }

    @Test func percentBeforeTheVerbNeedsACompoundSubject() {
        let (patterns, _) = parse("--- AGREE [081] ---\nAGREE\n- % * [030:030]\n")
        let p = patterns.first { $0.code == "030" }!
        #expect(p.elements == [.compoundSubject])
        #expect(p.reverseCode == "030")
        #expect(p.specificity > patterns.first { $0.code == "081" }!.specificity)
    }

    @Test func dollarAfterTheVerbPlacesTheSourceAndPlusBeforeItTheTarget() {
        let (patterns, issues) = parse("--- RECEIVE [070] ---\nRECEIVE\n- + * MONEY $ [071]\n")
        #expect(issues.isEmpty)
        #expect(patterns.first { $0.code == "071" }!.elements
            == [.marker(.targetBeforeVerb), .choice([["money"]]), .marker(.source)])
    }

    @Test func caretAfterTheVerbPassesOverAnActor() {
        let (patterns, _) = parse("--- CELEBRATE [040] ---\nCELEBRATE\n- * IFTAR AT ^ ^ + [044]\n")
        #expect(patterns.first { $0.code == "044" }!.elements
            == [.choice([["iftar"]]), .choice([["at"]]), .marker(.skip), .marker(.skip), .target])
    }

    @Test func underscoreBeforeTheVerbTiesAWordToIt() {
        let (patterns, _) = parse("--- ALLOW [080] ---\nALLOW\n- RECENTLY_* [025]\n- + WAS_ * [026]\n")
        #expect(patterns.first { $0.code == "025" }!.elements == [.preceding("recently"), .marker(.joined)])
        #expect(patterns.first { $0.code == "026" }!.elements
            == [.marker(.targetBeforeVerb), .preceding("was"), .marker(.joined)])
    }

    @Test func patternWithoutCodeIsReportedWithItsLine() {
        let (_, issues) = parse("--- ACT [100] ---\nACT\n- * RESOLUTION\n")
        #expect(issues.map(\.location.line) == [3])
    }

    @Test func transformationRulesAreSkippedAndCounted() {
        let (_, issues) = parse("--- WANT [---] ---\nWANT\n~ a (_ b ATTACK) WANT = a b 138\n")
        #expect(issues.count == 1)
        #expect(issues[0].severity == .warning)
    }
}

@Suite struct PetrarchFolderLoadingTests {
    @Test func folderOfPetrarchFilesLoadsThroughTheDyadLoader() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("petr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "ARNOR_ [ARN]\nGONDOR_ [GON]\n".write(to: dir.appendingPathComponent("Test.Countries.actors.txt"), atomically: true, encoding: .utf8)
        try "SOLDIER [~MIL]\n".write(to: dir.appendingPathComponent("Test.agents.txt"), atomically: true, encoding: .utf8)
        try "--- ATTACK [190] ---\nATTACK\n".write(to: dir.appendingPathComponent("CAMEO.test.txt"), atomically: true, encoding: .utf8)
        try "not a dictionary\n".write(to: dir.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        let set = try DictionarySet.load(folders: [dir])
        #expect(set.issues.isEmpty)
        #expect(set.actors.count == 2)
        #expect(set.agents.count == 1)
        #expect(set.verbs.map(\.code) == ["190"])
        #expect(set.files.count == 3)
    }

    @Test func dyadFormatFilesAreNotMistakenForPetrarch() {
        #expect(!PetrarchFormat.looksLikePetrarch("# c\ncountry SYR: Syria\n"))
        #expect(!PetrarchFormat.looksLikePetrarch("agent GOV: government\n"))
        #expect(PetrarchFormat.looksLikePetrarch("<!-- x -->\nHAMAS [PSEREBHMS]\n"))
        #expect(PetrarchFormat.looksLikePetrarch("!PERSON! = MAN, MEN\n"))
    }
}

@Suite struct PetrarchCacheTests {
    @Test func encodedEntriesDecodeToTheSameEntries() throws {
        var e = PetrarchCache.Entries()
        e.actors = PetrarchActorReader.parse("ASSAD_\n\t[SYRGOV >000717]\n\t[SYRMIL]\nUN_ [IGOUNO]\nLORIEN [ELR/GAL]\n", file: "a.actors.txt", issues: &e.issues)
        e.agents = PetrarchAgentReader.parse("MEDIA {} [~MED]\nMSF {} [NGO~]\n", file: "g.agents.txt", issues: &e.issues)
        e.verbs = PetrarchVerbReader.parse(PetrarchVerbReaderTests.dictionary + "\n- * BAD [x]\n- + * FROM $ [066]\n- RECENTLY_* AT ^ + [044]\n", file: "v.verbs.txt", issues: &e.issues)
        let back = try #require(PetrarchCache.decode(PetrarchCache.encode(e)))
        #expect(back.actors == e.actors)
        #expect(back.agents == e.agents)
        #expect(back.verbs == e.verbs)
        #expect(back.issues == e.issues)
        #expect(!e.issues.isEmpty)
    }

    @Test func damagedCacheIsRejected() {
        var data = PetrarchCache.encode(PetrarchCache.Entries())
        data.removeLast()
        #expect(PetrarchCache.decode(data) == nil)
        #expect(PetrarchCache.decode(Data("not a cache".utf8)) == nil)
    }

    @Test func writingTheCachePrunesFilesOfOtherReaderVersions() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let current = PetrarchCache.filePrefix + "a.bin"
        for name in ["petrarch-0123456789abcdef.bin", "petrarch-v1-b.bin", current, "notes.txt"] {
            FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data("x".utf8))
        }
        PetrarchCache.pruneOtherVersions(in: dir)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == [current, "notes.txt"].sorted())
    }
}
