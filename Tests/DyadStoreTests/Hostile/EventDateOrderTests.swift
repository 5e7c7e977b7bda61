import DyadStore
import DyadText
import Testing

/// An aggregated event's date is the same whichever order its reports are stored in:
/// the earliest day, as precisely as any report on that day dates it.
@Suite struct EventDateOrderTests {
    let strike = "Israeli warplanes bombed Syrian army positions near Damascus."

    /// A report of the strike whose events are dated `date`.
    func report(_ id: String, _ date: CalendarDate) -> CodedDocument {
        var coded = StoreTestSupport.coded(StoreTestSupport.article(id, "2018-01-01", "Levant Wire", strike))
        for i in coded.events.indices { coded.events[i].date = date }
        return coded
    }

    let day = CalendarDate("2018-01-01")!, month = CalendarDate(year: 2018, month: 1)

    /// The stored event dates after storing `first`, then `second` in a later transaction.
    func dates(_ first: CodedDocument, then second: CodedDocument, windowDays: Int = 1) throws -> [String?] {
        let store = try StoreTestSupport.temporaryStore(windowDays: windowDays)
        try store.store([first])
        try store.store([second])
        #expect(try store.aggregateDiscrepancies().isEmpty)
        return try store.events(EventQuery()).map(\.date)
    }

    @Test func monthThenDayGivesTheDay() throws {
        #expect(try dates(report("b", month), then: report("a", day)) == ["2018-01-01"])
    }

    @Test func dayThenMonthGivesTheDay() throws {
        #expect(try dates(report("a", day), then: report("b", month)) == ["2018-01-01"])
    }

    @Test func oneBatchInEitherOrderGivesTheDay() throws {
        for batch in [[report("a", day), report("b", month)], [report("b", month), report("a", day)]] {
            let store = try StoreTestSupport.temporaryStore()
            try store.store(batch)
            #expect(try store.events(EventQuery()).map(\.date) == ["2018-01-01"])
        }
    }

    @Test func widerWindowKeepsTheEarliestDayInEitherOrder() throws {
        let later = CalendarDate("2018-01-05")!
        #expect(try dates(report("a", later), then: report("b", month), windowDays: 30) == ["2018-01"])
        #expect(try dates(report("b", month), then: report("a", later), windowDays: 30) == ["2018-01"])
        #expect(try dates(report("b", month), then: report("a", day), windowDays: 30) == ["2018-01-01"])
    }

    @Test func recountAfterARecodedReportKeepsTheRule() throws {
        let store = try StoreTestSupport.temporaryStore()
        try store.store([report("a", day), report("b", month)])
        // Report a is re-coded and no longer reports the strike: b's month is all that is left.
        var changed = report("a", day)
        changed.contentHash = "changed"
        changed.events = []
        try store.store([changed])
        #expect(try store.events(EventQuery()).map(\.date) == ["2018-01"])
        #expect(try store.aggregateDiscrepancies().isEmpty)
    }
}
