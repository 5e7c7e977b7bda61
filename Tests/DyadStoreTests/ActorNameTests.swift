@testable import DyadStore
import DyadText
import Testing

/// An aggregated event's actor names come from its own mentions, not from the last person seen with the code.
@Suite struct ActorNameTests {
    let putin = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow."
    let lavrov = "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu in Ankara."

    func store() throws -> SQLiteEventStore {
        let s = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-05-14", "Levant Wire", putin),
                                     StoreTestSupport.article("b", "2019-05-20", "Levant Wire", lavrov)], into: s)
        return s
    }

    @Test func eachMeetingCarriesTheNamesOfItsOwnMentions() throws {
        let events = try store().events(EventQuery(actor: "RUSGOV", with: "TURGOV"))
        #expect(events.map(\.date) == ["2019-05-14", "2019-05-20"])
        #expect(events.map(\.targetName) == ["Recep Tayyip Erdogan", "Mevlut Cavusoglu"])
        #expect(events[0].sourceName != events[1].sourceName)
        #expect(events[1].sourceName == "Sergei Lavrov")
    }

    @Test func gdeltRowsNameTheActorsOfTheirOwnEvent() throws {
        let rows = try store().events(EventQuery(actor: "RUSGOV")).map { GDELTWriter().line(for: $0).components(separatedBy: "\t") }
        // Actor1Name and Actor2Name are columns 7 and 17 (1-based).
        #expect(rows.map { $0[16] } == ["Recep Tayyip Erdogan", "Mevlut Cavusoglu"])
        #expect(rows[1][6] == "Sergei Lavrov")
    }

    @Test func showNamesTheEventsActorsFromItsMentions() throws {
        let s = try store()
        let id = try #require(try s.events(EventQuery(actor: "RUSGOV")).last?.id)
        let shown = try #require(try s.event(id: id))
        #expect(shown.event.sourceName == "Sergei Lavrov" && shown.event.targetName == "Mevlut Cavusoglu")
    }

    @Test func theMostFrequentNameWinsAndTiesGoToTheFirstInSortOrder() {
        var tally = ActorNames.Tally()
        for name in ["Lavrov", "Putin", "Putin", "Abe"] { tally.add(source: name, target: nil) }
        #expect(tally.winners.source == "Putin")
        tally.add(source: "Abe", target: nil)
        #expect(tally.winners.source == "Abe")
        #expect(tally.winners.target == nil)
    }
}
