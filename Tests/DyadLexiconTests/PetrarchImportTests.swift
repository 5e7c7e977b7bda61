import DyadText
import Foundation
import Testing
@testable import DyadLexicon

@Suite struct PetrarchImportTests {
    /// Rules with the given own names and everyday words, not the bundled ones.
    func rules(own: [String] = [], countries: [String: String] = [:], common: Set<String> = []) -> ImportNameRules {
        ImportNameRules(ownNames: Set(own.map(ImportNameRules.key)), ownCountries: countries) { common.contains($0) }
    }

    /// Converts one inline PETRARCH actor file and reads the result back with dyad's own parser.
    func convert(_ text: String, rules: ImportNameRules? = nil) -> (result: PetrarchImport.Result, actors: [ActorEntry], issues: [DictionaryIssue]) {
        let result = PetrarchImport.convert([(name: "Test.Places.actors.txt", path: "in/Test.Places.actors.txt", text: text)],
                                            rules: rules ?? self.rules())
        var issues: [DictionaryIssue] = []
        let actors = ActorFileParser.parse(result.files.first?.text ?? "", file: "out.actors.txt", issues: &issues)
        return (result, actors, issues)
    }

    @Test func personWithDatedRolesKeepsEachRoleAndItsDates() {
        let (result, actors, issues) = convert("""
        ARVEDUI_OF_ARTHEDAIN_  # a king
        \t[ARTELI 630101-900804]
        \t[ARTGOV 900804-980203]
        \t[ARTELI]
        """)
        #expect(issues.isEmpty)
        #expect(result.files.first?.fileName == "test-places.actors.txt")
        #expect(result.files.first?.text.contains("  role: ARTGOV 1990-08-04..1998-02-03\n") == true)
        #expect(actors.count == 1)
        #expect(actors.first?.kind == .person)
        #expect(actors.first?.name == "Arvedui of Arthedain")
        #expect(actors.first?.role(on: CalendarDate("1995-06-01"))?.code == "ARTGOV")
        #expect(actors.first?.role(on: CalendarDate("1970-06-01"))?.code == "ARTELI")
    }

    @Test func synonymLinesBecomeNameFormsOfOneEntry() {
        let (_, actors, issues) = convert("""
        ERIADOR_ [ERI]
        +ERIADORIAN_
        +KINGDOM_OF_ERIADOR
        """, rules: rules(countries: ["eriador": "ERI"]))
        #expect(issues.isEmpty)
        #expect(actors.count == 1)
        #expect(actors.first?.kind == .country)
        #expect(actors.first?.names == ["Eriador", "Eriadorian", "Kingdom of Eriador"])
    }

    @Test func organizationKeepsItsFullCode() {
        let (_, actors, issues) = convert("""
        WHITE_COUNCIL_OF_THE_WISE_ [IGOWHC]
        +WHITE_COUNCIL_
        """)
        #expect(issues.isEmpty)
        #expect(actors.first?.kind == .organization)
        #expect(actors.first?.roles.map(\.code) == ["IGOWHC"])
        #expect(actors.first?.roles.first?.country == "IGO")
        #expect(actors.first?.names == ["White Council of the Wise", "White Council"])
    }

    @Test func stateCodeIsWrittenAsDyadWritesIt() {
        let (result, actors, _) = convert("""
        ARNOR_ [ARR]
        +NORTH_KINGDOM_
        ARVEDUI_
        \t[ARRGOV 900101-950101]
        """, rules: rules(own: ["Arnor"], countries: ["arnor": "ARN"]))
        #expect(result.countryCodes == ["ARR": "ARN"])
        #expect(actors.map(\.kind) == [.country, .person])
        #expect(actors.first?.roles.map(\.code) == ["ARN"])
        #expect(actors.last?.roles.map(\.code) == ["ARNGOV"])
    }

    @Test func threeLetterCodeOfNoStateBecomesAnOrganization() {
        let (_, actors, issues) = convert("FREE_PEOPLES_COUNCIL_ [NGO]\n")
        #expect(issues.isEmpty)
        #expect(actors.first?.kind == .organization)
        #expect(actors.first?.roles.map(\.code) == ["NGO"])
    }

    @Test func codeLongerThanNineLettersIsCutToThreeParts() {
        let (result, actors, _) = convert("ERIADOR_REFUGEE_AGENCY_ [IGOUNOREFERA]\n")
        #expect(actors.first?.roles.map(\.code) == ["IGOUNOREF"])
        #expect(result.shortenedCodes == 1)
    }

    @Test func leadingArticleIsRemovedFromNameForms() {
        let (_, actors, _) = convert("THE_WHITE_COUNCIL_ [IGOWHC]\n")
        #expect(actors.first?.names == ["White Council"])
    }

    @Test func onlyTheAskedKindsAreWritten() {
        let result = PetrarchImport.convert([(name: "T.actors.txt", path: "T.actors.txt", text: """
        ERIADOR_ [ERI]
        ARVEDUI_
        \t[ERIGOV 900101-950101]
        """)], rules: rules(countries: ["eriador": "ERI"]), kinds: [.person])
        #expect(result.files.first?.entries == 1)
        #expect(result.files.first?.text.contains("person Arvedui: Arvedui") == true)
        #expect(result.files.first?.text.contains("country ERI") == false)
    }

    @Test func nameFormDyadAlreadyListsIsDroppedAndTheRestKept() {
        let (result, actors, _) = convert("""
        ERIADOR_ [XYZ]
        +LAND_OF_ERIADOR
        """, rules: rules(own: ["Eriador"]))
        #expect(actors.first?.names == ["Land of Eriador"])
        #expect(result.dropped == [PetrarchImport.DroppedName(name: "Eriador", rule: .dyadHas, location: SourceLocation(file: "in/Test.Places.actors.txt", line: 1))])
    }

    @Test func dyadEntryWinsAtLoadTimeOverAConvertedFileWrittenBeforeIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Sorted first, so without the rule the converted entry would be compiled first.
        try Data("""
        \(ImportPrecedence.headerPrefix)actor dictionary Test.actors.txt
        person King Elessar: King Elessar | Aragorn Elessar
          role: ARNGOV 1990-01-01..
        """.utf8).write(to: folder.appendingPathComponent("a-converted.actors.txt"))
        try Data("""
        person Aragorn: Aragorn Elessar
          role: GONGOV
        """.utf8).write(to: folder.appendingPathComponent("b-own.actors.txt"))
        let set = try DictionarySet.load(folders: [folder])
        #expect(set.issues.isEmpty)
        #expect(set.actors.map(\.names) == [["King Elessar"], ["Aragorn Elessar"]])
    }

    @Test func loadTimePrecedenceKeepsOwnEntriesThatHaveNoNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
        \(ImportPrecedence.headerPrefix)actor dictionary Test.actors.txt
        organization ERIGOV: Eriadorian Council | Eriadorian
        """.utf8).write(to: folder.appendingPathComponent("a-converted.actors.txt"))
        // An own entry known only by an adjective, which the converted entry also lists as a name.
        try Data("""
        country ERI:
          adjectives: Eriadorian
        """.utf8).write(to: folder.appendingPathComponent("b-own.actors.txt"))
        let set = try DictionarySet.load(folders: [folder])
        #expect(set.actors.map(\.names) == [["Eriadorian Council"], []])
        #expect(set.actors.last?.adjectives == ["Eriadorian"])
    }

    @Test func riskyBareWordIsDroppedByTheCommonWordRule() {
        let (result, actors, _) = convert("""
        BRANDYBUCK_ [SHR]
        +BUCK
        +BUCKLAND_
        """, rules: rules(common: ["buck"]))
        #expect(actors.first?.names == ["Brandybuck", "Buckland"])
        #expect(result.dropped.map(\.rule) == [.commonWord])
        #expect(result.files.first?.text.contains("common-word: 1") == true)
    }

    @Test func oneWordOfTwoLettersIsDroppedByTheShortWordRule() {
        let (result, actors, _) = convert("""
        ERIADOR_ [ERI]
        +ER
        """)
        #expect(actors.first?.names == ["Eriador"])
        #expect(result.dropped.map(\.rule) == [.shortWord])
    }

    @Test func personsOneWordGivenNameIsDropped() {
        let (result, actors, _) = convert("""
        ARAGORN_ELESSAR_
        +ARAGORN_
        +ELESSAR_
        \t[GONGOV 310101-991231]
        """)
        #expect(actors.first?.names == ["Aragorn Elessar", "Elessar"])
        #expect(result.dropped.map(\.rule) == [.givenName])
    }

    @Test func nameTwoImportedEntriesGiveToDifferentCodesIsKeptOnNeither() {
        let (result, actors, _) = convert("""
        ARNOR_ [ARN]
        +NORTH_KINGDOM_
        GONDOR_ [GON]
        +NORTH_KINGDOM_
        """)
        #expect(actors.map(\.names) == [["Arnor"], ["Gondor"]])
        #expect(result.dropped.map(\.rule) == [.ambiguous, .ambiguous])
    }

    @Test func malformedInputLineIsReportedWithFileAndLineAndTheRestConverted() {
        let (result, actors, _) = convert("""
        [ERI]
        GONDOR_ [GON]
        """)
        let issue = result.issues.first { $0.severity == .error }
        #expect(issue?.location.description == "in/Test.Places.actors.txt:1")
        #expect(issue?.message.contains("fix it in the source dictionary") == true)
        #expect(actors.map(\.names) == [["Gondor"]])
    }

    @Test func agentsConvertWithTheirPluralSetting() {
        let result = PetrarchImport.convert([(name: "T.agents.txt", path: "T.agents.txt", text: """
        RANGER [~MIL]
        MEDIA {} [~MED]
        MSF [NGO~]
        """)], rules: rules(own: ["media"]))
        var issues: [DictionaryIssue] = []
        let agents = AgentFileParser.parse(result.files.first?.text ?? "", file: "t.agents.txt", issues: &issues)
        #expect(issues.isEmpty)
        #expect(agents.map(\.sector) == ["MIL"])
        #expect(agents.first?.words == ["ranger"])
        #expect(result.dropped.map(\.rule) == [.dyadHas])
        #expect(result.issues.contains { $0.message.contains("prefix agent") })
    }

    @Test func outputNameIsLowercaseWithDashes() {
        #expect(PetrarchImport.outputName(for: "Phoenix.MilNonState.actors.txt") == "phoenix-milnonstate.actors.txt")
        #expect(PetrarchImport.outputName(for: "CAMEO.2.0.txt") == nil)
    }
}
