import DyadText
import Testing
@testable import DyadLexicon

@Suite struct ActorFileParserTests {
    func parse(_ text: String) -> ([ActorEntry], [DictionaryIssue]) {
        var issues: [DictionaryIssue] = []
        let actors = ActorFileParser.parse(text, file: "test.actors.txt", issues: &issues)
        return (actors, issues)
    }

    @Test func countryEntryReadsNamesAdjectivesAndCapital() {
        let (actors, issues) = parse("""
        # a comment
        country SYR: Syria | Syrian Arab Republic
          adjectives: Syrian | Syrians
          capital: Damascus
          un: member
        """)
        #expect(issues.isEmpty)
        #expect(actors.count == 1)
        #expect(actors[0].names == ["Syria", "Syrian Arab Republic"])
        #expect(actors[0].adjectives == ["Syrian", "Syrians"])
        #expect(actors[0].capitals == ["Damascus"])
        #expect(actors[0].roles.first?.code == "SYR")
    }

    @Test func placeNamesComposeLikeTheirCountrysAdjectives() {
        let (actors, issues) = parse("place UKR: Mariupol | Kharkiv\n")
        #expect(issues.isEmpty)
        #expect(actors.count == 1)
        #expect(actors[0].adjectives == ["Mariupol", "Kharkiv"])
        #expect(actors[0].names.isEmpty && actors[0].capitals.isEmpty)
        #expect(actors[0].roles.first?.code == "UKR")
    }

    @Test func aPlaceTakesNoAttributes() {
        let (actors, issues) = parse("place UKR: Mariupol\n  capital: Kyiv\n")
        #expect(actors.count == 1)
        #expect(issues.map(\.location.line) == [2])
    }

    @Test func aPlaceNeedsACountryCode() {
        let (actors, issues) = parse("place Ukraine: Mariupol\n")
        #expect(actors.isEmpty)
        #expect(issues.count == 1)
    }

    @Test func personRolesFollowTheEventDate() {
        let (actors, issues) = parse("""
        person Vladimir Putin: Vladimir Putin | Putin
          role: RUSGOV 2000-05-07..2008-05-07
          role: RUSGOV 2008-05-08..2012-05-07   # prime minister
          role: RUSMIL 1975..1991
        """)
        #expect(issues.isEmpty)
        let putin = actors[0]
        #expect(putin.role(on: CalendarDate("1985-06-01"))?.code == "RUSMIL")
        #expect(putin.role(on: CalendarDate("2010-01-01"))?.code == "RUSGOV")
    }

    @Test func personWithoutDateTakesLatestRole() {
        let (actors, _) = parse("""
        person A B: A B
          role: AAAMIL 1990..1999
          role: AAAGOV 2000..
        """)
        #expect(actors[0].role(on: nil)?.code == "AAAGOV")
    }

    @Test func personOutsideEveryRoleIsAFormerOfficial() {
        let (actors, _) = parse("""
        person A B: A B
          role: AAAGOV 2000..2004
        """)
        #expect(actors[0].role(on: CalendarDate("2010-01-01"))?.code == "AAAELI")
        #expect(actors[0].role(on: CalendarDate("2002-01-01"))?.code == "AAAGOV")
    }

    @Test func organizationFlagsStateMedia() {
        let (actors, issues) = parse("""
        organization SYRMED: Syrian Arab News Agency | SANA
          state-media: yes
        """)
        #expect(issues.isEmpty)
        #expect(actors[0].isStateMedia)
        #expect(actors[0].isOutlet)
        #expect(actors[0].roles[0].country == "SYR")
        #expect(actors[0].roles[0].sector == "MED")
    }

    @Test func badCountryCodeIsReportedWithLine() {
        let (actors, issues) = parse("\n\ncountry Syria: Syria\n")
        #expect(actors.isEmpty)
        #expect(issues.count == 1)
        #expect(issues[0].location.line == 3)
        #expect(issues[0].message.contains("three uppercase letters"))
    }

    @Test func roleEndingBeforeItStartsIsAnError() {
        let (_, issues) = parse("person X: X\n  role: AAAGOV 2010..2001\n")
        #expect(issues.contains { $0.message.contains("ends") && $0.location.line == 2 })
    }

    @Test func loadingContinuesPastABadEntry() {
        let (actors, issues) = parse("country 12: Nowhere\ncountry FRA: France\n")
        #expect(actors.map(\.name) == ["France"])
        #expect(issues.count == 1)
    }
}
