@testable import DyadStore
import DyadTestSupport
import DyadText
import Foundation
import GRDB
import Testing

/// The fixture corpus plus the example article, with timelines computed by hand
/// from what a reader codes in each article (docs/store.md lists the codings).
@Suite struct TimelineTests {
    static let store: SQLiteEventStore = {
        let s = try! StoreTestSupport.temporaryStore()
        let docs = StoreTestSupport.documents(StoreTestSupport.corpusPath) + StoreTestSupport.documents(StoreTestSupport.examplePath)
        try! StoreTestSupport.ingest(docs, into: s)
        return s
    }()

    struct Expected {
        var period: String, aToB: Int, bToA: Int, quad: [Int], sum: Double
    }

    func check(_ rows: [TimelineRow], _ expected: [Expected]) {
        #expect(rows.map(\.period) == expected.map(\.period))
        for (r, e) in zip(rows, expected) {
            #expect(r.aToB == e.aToB, "\(r.period)")
            #expect(r.bToA == e.bToA, "\(r.period)")
            #expect(r.quad == e.quad, "\(r.period)")
            #expect(abs(r.goldsteinSum - e.sum) < 1e-9, "\(r.period): \(r.goldsteinSum)")
        }
    }

    @Test func israelSyriaByMonthMatchesHandCount() throws {
        let rows = try Self.store.timeline(TimelineQuery(a: "ISR", b: "SYR", period: .month)).rows
        check(rows, [
            // Jan: strike (2 reports, one event, -10), Syria condemns (-2), Israel threatens (-4.4)
            Expected(period: "2019-01", aToB: 2, bToA: 1, quad: [0, 0, 2, 1], sum: -16.4),
            // Feb: strike (3 reports, -10), condemnation (-2)
            Expected(period: "2019-02", aToB: 1, bToA: 1, quad: [0, 0, 1, 1], sum: -12),
            // Mar: warning + threat on one day merge (-4.4), soldiers killed in an air strike (-10)
            Expected(period: "2019-03", aToB: 2, bToA: 0, quad: [0, 0, 1, 1], sum: -14.4),
            // Apr: condemnation (-2), strike reported twice by one outlet (-10)
            Expected(period: "2019-04", aToB: 1, bToA: 1, quad: [0, 0, 1, 1], sum: -12),
            // May: the example article's accusation, in its headline (SYR) and body (SYRGOV): one
            // event (-2); a warning (-4.4)
            Expected(period: "2019-05", aToB: 1, bToA: 1, quad: [0, 0, 2, 0], sum: -6.4),
            // Jun: air strike (-10), condemnation (-2), threat + condemnation in one article (-4.4, -2)
            Expected(period: "2019-06", aToB: 2, bToA: 2, quad: [0, 0, 3, 1], sum: -18.4),
        ])
        #expect(abs(rows[0].goldsteinMean - (-16.4 / 3)) < 1e-9)
    }

    @Test func northKoreaSyriaByMonthMatchesHandCount() throws {
        let rows = try Self.store.timeline(TimelineQuery(a: "PRK", b: "SYR", period: .month)).rows
        check(rows, [
            Expected(period: "2019-01", aToB: 1, bToA: 1, quad: [2, 0, 0, 0], sum: 3.4 + 1.0),
            Expected(period: "2019-02", aToB: 1, bToA: 1, quad: [1, 1, 0, 0], sum: 8.3 + 3.4),
            Expected(period: "2019-03", aToB: 1, bToA: 1, quad: [1, 1, 0, 0], sum: 1.9 + 7.4),
            Expected(period: "2019-04", aToB: 1, bToA: 1, quad: [1, 1, 0, 0], sum: 3.4 + 7.0),
            Expected(period: "2019-05", aToB: 2, bToA: 1, quad: [2, 1, 0, 0], sum: 1.9 + 3.4 + 8.3),
            Expected(period: "2019-06", aToB: 1, bToA: 1, quad: [2, 0, 0, 0], sum: 3.4 + 3.4),
        ])
    }

    @Test func yearAndWeekPeriodsFoldTheSameEvents() throws {
        let year = try Self.store.timeline(TimelineQuery(a: "ISR", b: "SYR", period: .year)).rows
        #expect(year.map(\.period) == ["2019"])
        #expect(year.first?.events == 15)
        let weeks = try Self.store.timeline(TimelineQuery(a: "SYR", b: "ISR", period: .week, until: CalendarDate("2019-01-31"))).rows
        // 2019-01-08 and -09 fall in the week of Monday 2019-01-07; 2019-01-21 is a Monday; the
        // empty weeks between and up to --until are there with zeros.
        #expect(weeks.map(\.period) == ["2019-01-07", "2019-01-14", "2019-01-21", "2019-01-28"])
        #expect(weeks.map(\.aToB) == [1, 0, 0, 0])
        #expect(weeks.map(\.bToA) == [1, 0, 1, 0])
    }

    @Test func fullActorCodesNarrowTheDyad() throws {
        let rows = try Self.store.timeline(TimelineQuery(a: "ISRMIL", b: "SYRMIL", period: .year)).rows
        #expect(rows.first?.events == 3)  // the strikes of Jan, Feb and Apr
    }

    @Test func aFullActorCodeSeenWithTwoCountriesIsFoundUnderBoth() throws {
        // A code can stand with more than one country: peacekeepers coded with the country they serve in.
        let store = try StoreTestSupport.temporaryStore()
        try DatabaseQueue(path: store.path).write { db in
            for (id, country, day) in [(1, "LBN", 17900), (2, "SYR", 17901)] {
                try db.execute(sql: """
                    INSERT INTO events(id, source_code, source_country, target_code, target_country, cameo, root,
                        quad_class, goldstein, bucket, day, date) VALUES (?, 'IGOPKO', ?, 'SYRGOV', 'SYR', '190', '19', 4,
                        -10, ?, ?, '2019')
                    """, arguments: [id, country, day, day])
            }
            try db.execute(sql: "INSERT INTO actor_countries VALUES ('IGOPKO', 'LBN'), ('IGOPKO', 'SYR'), ('SYRGOV', 'SYR')")
        }
        let rows = try store.timeline(TimelineQuery(a: "IGOPKO", b: "SYRGOV", period: .year)).rows
        #expect(rows.map(\.aToB) == [2])
        let listed = try store.events(EventQuery(actor: "SYRGOV", with: "IGOPKO"))
        #expect(listed.map(\.sourceCountry) == ["LBN", "SYR"])
    }

    @Test func timelineCommandWritesCSVForPlotting() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try DyadProcess.run(["ingest", StoreTestSupport.corpusPath, "--db", db, "--quiet"]).status == 0)
        let r = try DyadProcess.run(["timeline", "PRK", "SYR", "--db", db, "--by", "month", "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "period,a_to_b,b_to_a,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean")
        #expect(lines.dropFirst().first == "2019-01,1,1,2,2,0,0,0,4.4,2.2")
        let table = try DyadProcess.run(["timeline", "PRK", "SYR", "--db", db])
        #expect(table.stdout.contains("▁") || table.stdout.contains("█"))
    }

    @Test func periodsAreNamedByDayMondayMonthAndYear() {
        // Day 0 is Thursday 1970-01-01; day -1 is 1969-12-31, in the week of Monday 1969-12-29.
        let cases: [(Int, TimelinePeriod, String)] = [
            (0, .day, "1970-01-01"), (0, .week, "1969-12-29"), (0, .month, "1970-01"), (0, .year, "1970"),
            (-1, .day, "1969-12-31"), (-1, .week, "1969-12-29"), (-1, .month, "1969-12"), (-1, .year, "1969"),
            (4, .week, "1970-01-05"), (17_938, .week, "2019-02-11"), (17_938, .month, "2019-02"),
        ]
        for (day, p, label) in cases { #expect(TimelineFolding.period(ofDay: day, p) == label, "\(p) \(day)") }
    }

    @Test func periodKeysOrderPeriodsAsTheirLabelsDo() {
        for p in [TimelinePeriod.day, .week, .month, .year] {
            var last: (key: Int, label: String)?
            for day in stride(from: -800, through: 20_000, by: 13) {
                let key = TimelineFolding.periodKey(ofDay: day, p)
                let label = TimelineFolding.label(ofKey: key, p)
                if let last { #expect((last.key < key) == (last.label < label) && (last.key == key) == (last.label == label)) }
                last = (key, label)
            }
        }
    }
}

/// Every period between the first and the last appears, with zeros when empty.
@Suite struct TimelineFillTests {
    @Test func emptyMonthsAppearWithZeros() throws {
        let s = try StoreTestSupport.temporaryStore()
        let strike = "Israeli warplanes bombed Syrian army positions near Damascus."
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-01-10", "Levant Wire", strike),
                                     StoreTestSupport.article("b", "2019-04-10", "Levant Wire", strike)], into: s)
        let t = try s.timeline(TimelineQuery(a: "ISR", b: "SYR", period: .month, until: CalendarDate("2019-05")))
        #expect(t.rows.map(\.period) == ["2019-01", "2019-02", "2019-03", "2019-04", "2019-05"])
        #expect(t.rows.map(\.events) == [1, 0, 0, 1, 0])
        let csv = TimelineWriter(format: .csv, a: "ISR", b: "SYR").render(t, by: .month).split(separator: "\n")
        #expect(csv.count == 7)  // header, five months, undated
        #expect(csv[2].hasPrefix("2019-02,0,0,0,0,0,0,0,0,0"))
        #expect(csv.last?.hasPrefix("undated,") == true)
        let table = TimelineWriter(format: .table, a: "ISR", b: "SYR").render(t, by: .month)
        let spark = try #require(table.split(separator: "\n").first { $0.hasPrefix("events") })
        #expect(spark.split(separator: " ").last?.count == 5)
        let json = TimelineWriter(format: .json, a: "ISR", b: "SYR").render(t, by: .month)
        #expect(json.components(separatedBy: "\"period\"").count == 7)  // five months and the undated row
    }
}
