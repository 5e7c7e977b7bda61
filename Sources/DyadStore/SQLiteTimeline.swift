import DyadText
import GRDB

/// A dyad timeline: one row for every period from the first to the last (or from `since` to
/// `until`), empty periods included with zeros, so the rows are a regular time series; and the
/// events that belong to no single period.
///
/// An event is placed in a period only when every day its date can mean lies in it
/// (``DateSpan``): by month, an event dated "April 2019" is in April; by week, it is in no
/// week, and is counted in ``undated`` instead, with the events that have no date at all — so
/// a vague date never makes a spike in the first week of its month or January of its year.
public struct Timeline: Sendable, Hashable {
    public var rows: [TimelineRow]
    /// Events dated less precisely than a period (or not at all), period `undated`. Events
    /// without a date are counted only when the query has neither `since` nor `until`.
    public var undated: TimelineRow

    public init(rows: [TimelineRow], undated: TimelineRow) {
        self.rows = rows
        self.undated = undated
    }
}

extension SQLiteEventStore {
    /// One range scan of the `events_dyad` index per direction (per pair of countries, for full
    /// actor codes), grouped in index order (day, last day, quad class), so no sorting is needed
    /// for countries; periods are folded in Swift, by an integer key per period, reading the rows
    /// straight from SQLite (a busy dyad has thousands of day rows, and a `Row` and a period
    /// string each cost more than the scan itself).
    public func timeline(_ q: TimelineQuery) throws -> Timeline {
        let a = q.a.uppercased(), b = q.b.uppercased()
        var byPeriod: [Int: TimelineFold] = [:]
        var undated = TimelineFold()
        let flags = q.flags.condition("flags").map { " AND " + $0 } ?? ""
        func scan(_ from: String, _ to: String, forward: Bool, _ db: Database) throws {
            let (source, target) = (EventFilter.match("source", from), EventFilter.match("target", to))
            var sql = """
                SELECT day, last_day, quad_class, count(*), sum(goldstein) FROM events
                WHERE \(source.sql) AND \(target.sql) AND day IS NOT NULL\(flags)
                """
            if q.since != nil { sql += " AND day >= ?" }
            if q.until != nil { sql += " AND last_day <= ?" }
            sql += " GROUP BY day, last_day, quad_class"
            try db.cachedStatement(sql: sql).forEachRow({ b in
                for value in source.arguments + target.arguments { b.text(value) }
                if let s = q.since { b.int(s.dayNumber) }
                if let u = q.until { b.int(DateSpan.lastDay(of: u)) }
            }) { c in
                let first = c.int64(0)
                let key = TimelineFolding.periodKey(ofDay: first, q.period)
                let lastKey = c.int(1).map { TimelineFolding.periodKey(ofDay: $0, q.period) } ?? key
                if key == lastKey {
                    byPeriod[key, default: TimelineFold()].add(count: c.int64(3), quad: c.int64(2), goldstein: c.double(4),
                                                               forward: forward)
                } else {
                    undated.add(count: c.int64(3), quad: c.int64(2), goldstein: c.double(4), forward: forward)
                }
            }
            // Events with no date at all belong to no range a query names.
            guard q.since == nil, q.until == nil else { return }
            try db.cachedStatement(sql: """
                SELECT quad_class, count(*), sum(goldstein) FROM events
                WHERE \(source.sql) AND \(target.sql) AND day IS NULL\(flags) GROUP BY quad_class
                """).forEachRow({ b in
                for value in source.arguments + target.arguments { b.text(value) }
            }) { c in
                undated.add(count: c.int64(1), quad: c.int64(0), goldstein: c.double(2), forward: forward)
            }
        }
        try pool.read { db in
            try scan(a, b, forward: true, db)
            if a != b { try scan(b, a, forward: false, db) }
        }
        let keys = TimelineFolding.periodKeys(from: q.since.map { TimelineFolding.periodKey(ofDay: $0.dayNumber, q.period) },
                                              to: q.until.map { TimelineFolding.periodKey(ofDay: DateSpan.lastDay(of: $0), q.period) },
                                              spanning: byPeriod.keys, q.period)
        return Timeline(rows: keys.map { byPeriod[$0, default: TimelineFold()].row(TimelineFolding.label(ofKey: $0, q.period)) },
                        undated: undated.row("undated"))
    }
}

/// One period's totals while a timeline is folded.
struct TimelineFold {
    var aToB = 0, bToA = 0
    var quad = (0, 0, 0, 0)
    var goldsteinSum = 0.0

    mutating func add(count n: Int, quad q: Int, goldstein: Double, forward: Bool) {
        if forward { aToB += n } else { bToA += n }
        switch q {
        case 1: quad.0 += n
        case 2: quad.1 += n
        case 3: quad.2 += n
        case 4: quad.3 += n
        default: break
        }
        goldsteinSum += goldstein
    }

    func row(_ period: String) -> TimelineRow {
        TimelineRow(period: period, aToB: aToB, bToA: bToA, quad: [quad.0, quad.1, quad.2, quad.3], goldsteinSum: goldsteinSum)
    }
}

/// Turns day numbers into timeline period labels.
public enum TimelineFolding {
    /// An integer that orders periods as their labels do: the day number of the day (or of the
    /// week's Monday), `year × 12 + month − 1`, or the year.
    static func periodKey(ofDay day: Int, _ p: TimelinePeriod) -> Int {
        switch p {
        case .day: return day
        case .week: return day - (((day % 7) + 10) % 7)
        case .month:
            let d = CalendarDate.fromDayNumber(day)
            return d.year * 12 + (d.month ?? 1) - 1
        case .year: return CalendarDate.fromDayNumber(day).year
        }
    }

    /// Every period key from `from` (else the smallest of `keys`) to `to` (else the largest), in
    /// order: a week is seven day numbers, every other period one key.
    static func periodKeys(from: Int?, to: Int?, spanning keys: Dictionary<Int, TimelineFold>.Keys,
                           _ p: TimelinePeriod) -> [Int] {
        guard let first = from ?? keys.min(), let last = to ?? keys.max(), first <= last else { return [] }
        return Array(stride(from: first, through: last, by: p == .week ? 7 : 1))
    }

    /// The label of a ``periodKey(ofDay:_:)``.
    static func label(ofKey key: Int, _ p: TimelinePeriod) -> String {
        switch p {
        case .day, .week: return CalendarDate.fromDayNumber(key).description
        case .month:
            let year = key >= 0 ? key / 12 : (key - 11) / 12
            return CalendarDate(year: year, month: key - year * 12 + 1).description
        case .year: return CalendarDate(year: key).description
        }
    }

    /// `2019-05-13` for a day (or the Monday starting its week), `2019-05` for a month, `2019` for a year.
    public static func period(ofDay day: Int, _ p: TimelinePeriod) -> String {
        label(ofKey: periodKey(ofDay: day, p), p)
    }
}
