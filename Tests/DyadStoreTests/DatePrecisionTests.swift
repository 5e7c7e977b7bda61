@testable import DyadStore
import DyadText
import Testing

/// Events dated only to a month or a year count only in periods (and ranges) their date fully determines.
@Suite struct DatePrecisionTests {
    static let store: SQLiteEventStore = {
        let s = try! StoreTestSupport.temporaryStore()
        let strike = "Israeli warplanes bombed Syrian army positions near Damascus"
        try! StoreTestSupport.ingest([
            StoreTestSupport.article("day", "2019-03-12", "Levant Wire", strike + "."),
            StoreTestSupport.article("month", "2019-05-15", "Levant Wire", strike + " in March."),  // 2019-03
            StoreTestSupport.article("year", "2019-05-15", "Levant Wire", strike + " in 2018."),    // 2018
            StoreTestSupport.article("april", "2019-04-30", "Levant Wire", strike + "."),
        ], into: s)
        return s
    }()

    @Test func aMonthDatedEventIsInItsMonthButInNoWeek() throws {
        let months = try Self.store.timeline(TimelineQuery(a: "ISR", b: "SYR", period: .month, since: CalendarDate("2019-03")))
        #expect(months.rows.first?.period == "2019-03" && months.rows.first?.events == 2)
        let weeks = try Self.store.timeline(TimelineQuery(a: "ISR", b: "SYR", period: .week, since: CalendarDate("2019-03")))
        #expect(weeks.rows.first?.period == "2019-02-25")  // the week 1 March falls in
        #expect(weeks.rows.first?.events == 0, "no spike in the first week of March")
        #expect(weeks.rows.map(\.events).reduce(0, +) == 2)  // 12 March and 30 April
        #expect(weeks.undated.events == 1)
    }

    @Test func aYearDatedEventIsInNoMonthAndCountedAsUndated() throws {
        let months = try Self.store.timeline(TimelineQuery(a: "ISR", b: "SYR", period: .month))
        #expect(!months.rows.map(\.period).contains("2018-01"), "no spike in January 2018")
        #expect(months.rows.first?.period == "2019-03" && months.rows.first?.events == 2)
        #expect(months.undated.events == 1)
        let years = try Self.store.timeline(TimelineQuery(a: "ISR", b: "SYR", period: .year))
        #expect(years.rows.map(\.events) == [1, 3] && years.undated.events == 0)
    }

    @Test func sinceLeavesOutEventsWhoseDateMayFallBeforeIt() throws {
        let since = try Self.store.events(EventQuery(actor: "ISR", since: CalendarDate("2019-03-05")))
        #expect(since.map(\.date) == ["2019-03-12", "2019-04-30"])
        let wholeMarch = try Self.store.events(EventQuery(actor: "ISR", since: CalendarDate("2019-03")))
        #expect(wholeMarch.count == 3)
    }

    @Test func untilAMonthIncludesAllOfIt() throws {
        let toApril = try Self.store.events(EventQuery(actor: "ISR", since: CalendarDate("2019"), until: CalendarDate("2019-04")))
        #expect(toApril.map(\.date) == ["2019-03", "2019-03-12", "2019-04-30"])
        let toMidMarch = try Self.store.events(EventQuery(actor: "ISR", until: CalendarDate("2019-03-20")))
        #expect(toMidMarch.map(\.date) == ["2018", "2019-03-12"], "March 2019 may be after the 20th")
    }

    @Test func mentionListingsApplyTheSameRuleToEachMention() throws {
        let toMidMarch = try Self.store.mentions(EventQuery(actor: "ISR", until: CalendarDate("2019-03-20")))
        #expect(toMidMarch.map { $0.date?.description } == ["2018", "2019-03-12"])
    }

    @Test func spansCoverTheDaysADateCanMean() {
        #expect(DateSpan(CalendarDate("2019-02")!).days.count == 28)
        #expect(DateSpan(CalendarDate("2020")!).days.count == 366)
        #expect(DateSpan(CalendarDate("2019-04-12")!).days.count == 1)
    }
}
