@testable import DyadStore
import DyadText
import Testing

/// A headline's bare country and the body's government, same article, day and code: one event.
@Suite struct SectorRuleTests {
    let body = "The Syrian government accused Israel of shelling villages near Quneitra."

    @Test func headlineAndBodyOfOneArticleAreOneEventWithTwoMentions() throws {
        let s = try StoreTestSupport.temporaryStore()
        let doc = Document(id: "t", text: body, date: CalendarDate("2019-05-15"), title: "Syria Accuses Israel of Shelling",
                           outlet: "Levant Wire")
        try StoreTestSupport.ingest([doc], into: s)
        let accusations = try s.events(EventQuery(cameo: "112"))
        #expect(accusations.count == 1)
        #expect(accusations.first?.sourceCode == "SYRGOV")
        #expect(accusations.first?.numMentions == 2 && accusations.first?.numArticles == 1)
        // Each mention keeps the code its own words gave.
        let shown = try #require(try s.event(id: accusations[0].id))
        #expect(Set(shown.mentions.map(\.source.code)) == ["SYR", "SYRGOV"])
        #expect(try s.aggregateDiscrepancies() == [])
    }

    @Test func aBareCountryInAnotherArticleStaysItsOwnEvent() throws {
        let s = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-05-15", "Levant Wire", body),
                                     StoreTestSupport.article("b", "2019-05-15", "Levant Wire", "Syria accused Israel of shelling villages.")],
                                    into: s)
        #expect(try s.events(EventQuery(cameo: "112")).map(\.sourceCode).sorted() == ["SYR", "SYRGOV"])
    }

    @Test func codesAgreeWhenEqualOrACountryAndItsGovernment() {
        #expect(GovernmentSectorRule.agree("SYR", "SYRGOV"))
        #expect(GovernmentSectorRule.agree("SYRGOV", "SYR"))
        #expect(GovernmentSectorRule.agree(nil, nil))
        #expect(!GovernmentSectorRule.agree("SYR", "SYRMIL"))
        #expect(!GovernmentSectorRule.agree("SYR", nil))
    }
}
