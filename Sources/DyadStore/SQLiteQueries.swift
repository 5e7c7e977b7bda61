import DyadCoder
import DyadText
import Foundation
import GRDB

/// Builds the `WHERE` clause of an ``EventQuery`` over the `events` table.
///
/// Actors of three letters match the country column, longer ones the code
/// column; `actor` + `with` match the dyad in both directions.
struct EventFilter {
    var clauses: [String] = []
    var arguments: [any DatabaseValueConvertible] = []

    init(_ q: EventQuery, dayColumn: String = "e.day") {
        let sides = [q.actor, q.with].compactMap { $0?.uppercased() }
        if sides.count == 2 {
            let (a, b) = (sides[0], sides[1])
            let there = [EventFilter.match("e.source", a), EventFilter.match("e.target", b)]
            let back = [EventFilter.match("e.source", b), EventFilter.match("e.target", a)]
            clauses.append("((\(there[0].sql) AND \(there[1].sql)) OR (\(back[0].sql) AND \(back[1].sql)))")
            arguments += (there + back).flatMap(\.arguments)
        } else if let x = sides.first {
            let c = EventFilter.side(x)
            clauses.append("(e.source_\(c) = ? OR e.target_\(c) = ?)")
            arguments += [x, x]
        }
        if let since = q.since { clauses.append("\(dayColumn) >= ?"); arguments.append(since.dayNumber) }
        if let until = q.until { clauses.append("\(dayColumn) <= ?"); arguments.append(until.dayNumber) }
        if let code = q.cameo { clauses.append("e.cameo LIKE ? ESCAPE '\\'"); arguments.append(EventFilter.likePrefix(code)) }
        if let p = q.plover { clauses.append("e.plover = ?"); arguments.append(p.uppercased()) }
        if let o = q.outlet {
            clauses.append("e.id IN (SELECT event_id FROM mentions WHERE outlet = ?)")
            arguments.append(o)
        }
    }

    /// A LIKE pattern matching what starts with `prefix`, whose own `%`, `_`
    /// and `\` match only themselves (used with `ESCAPE '\'`): `--code %`
    /// must match no code rather than every one.
    static func likePrefix(_ prefix: String) -> String {
        var out = ""
        for c in prefix {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "%"
    }

    /// `country` for a bare state code, `code` for a full actor code.
    static func side(_ actor: String) -> String { actor.count == 3 ? "country" : "code" }

    /// The condition that one side of an event (`column` is `e.source` or `e.target`) is `actor`.
    /// A full actor code also names the countries it has appeared with, so that SQLite can read
    /// the `events_dyad` index for them and check the code in the table, instead of scanning it.
    static func match(_ column: String, _ actor: String) -> (sql: String, arguments: [String]) {
        if side(actor) == "country" { return ("\(column)_country = ?", [actor]) }
        return ("(\(column)_country IN (SELECT country FROM actor_countries WHERE code = ?) AND \(column)_code = ?)",
                [actor, actor])
    }

    var sql: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }
    var statementArguments: StatementArguments { StatementArguments(arguments.map { $0.databaseValue }) }
}

extension SQLiteEventStore {
    static let eventColumns = """
        e.id, e.source_code, e.source_country, e.target_code, e.target_country, e.cameo, e.plover, e.quad_class,
        e.goldstein, e.date, e.num_mentions, e.num_articles, e.num_sources, e.is_root, e.url
        """

    static func aggregated(_ r: Row) -> AggregatedEvent {
        AggregatedEvent(id: EventKey.id(rowKey: r[0]), sourceCode: r[1], sourceCountry: r[2], targetCode: r[3], targetCountry: r[4],
                        cameo: r[5], plover: r[6], quadClass: r[7], goldstein: r[8], date: r[9], numMentions: r[10],
                        numArticles: r[11], numSources: r[12], isRoot: r[13], url: r[14])
    }

    public func events(_ query: EventQuery) throws -> [AggregatedEvent] {
        let f = EventFilter(query)
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        return try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.eventColumns) FROM events e \(f.sql) ORDER BY e.day, e.id\(limit)",
                             arguments: f.statementArguments).map(Self.aggregated)
        }
    }

    public func mentions(_ query: EventQuery) throws -> [Event] {
        var f = EventFilter(query, dayColumn: "m.day")
        if let o = query.outlet {
            f.clauses.removeLast()
            f.arguments.removeLast()
            f.clauses.append("m.outlet = ?")
            f.arguments.append(o)
        }
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(StoredMention.columns) FROM mentions m JOIN events e ON e.id = m.event_id
                \(f.sql) ORDER BY m.day, m.id\(limit)
                """, arguments: f.statementArguments).map(StoredMention.event)
        }
    }

    public func event(id: String) throws -> (event: AggregatedEvent, mentions: [Event])? {
        guard let key = EventKey.rowKey(id) else { return nil }
        return try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.eventColumns) FROM events e WHERE e.id = ?",
                                             arguments: [key]) else { return nil }
            let mentions = try Row.fetchAll(db, sql: """
                SELECT \(StoredMention.columns) FROM mentions m
                WHERE m.event_id = ? ORDER BY m.day, m.doc_id, m.sentence_index, m.id
                """, arguments: [key])
            return (Self.aggregated(row), try mentions.map(StoredMention.event))
        }
    }

    /// One range scan of the `events_dyad` index per direction (per pair of countries, for full
    /// actor codes), grouped in index order (day, quad class), so no sorting is needed for
    /// countries; periods are folded in Swift, by an integer key per period, reading the rows
    /// straight from SQLite (a busy dyad has thousands of day rows, and a `Row` and a period
    /// string each cost more than the scan itself).
    public func timeline(_ q: TimelineQuery) throws -> [TimelineRow] {
        let a = q.a.uppercased(), b = q.b.uppercased()
        var byPeriod: [Int: TimelineFold] = [:]
        func scan(_ from: String, _ to: String, forward: Bool, _ db: Database) throws {
            let (source, target) = (EventFilter.match("source", from), EventFilter.match("target", to))
            var sql = """
                SELECT day, quad_class, count(*), sum(goldstein) FROM events
                WHERE \(source.sql) AND \(target.sql) AND day IS NOT NULL
                """
            if q.since != nil { sql += " AND day >= ?" }
            if q.until != nil { sql += " AND day <= ?" }
            sql += " GROUP BY day, quad_class"
            try db.cachedStatement(sql: sql).forEachRow({ b in
                for value in source.arguments + target.arguments { b.text(value) }
                if let s = q.since { b.int(s.dayNumber) }
                if let u = q.until { b.int(u.dayNumber) }
            }) { c in
                let key = TimelineFolding.periodKey(ofDay: c.int64(0), q.period)
                byPeriod[key, default: TimelineFold()].add(count: c.int64(2), quad: c.int64(1), goldstein: c.double(3),
                                                           forward: forward)
            }
        }
        try pool.read { db in
            try scan(a, b, forward: true, db)
            if a != b { try scan(b, a, forward: false, db) }
        }
        return byPeriod.sorted { $0.key < $1.key }.map { key, f in
            TimelineRow(period: TimelineFolding.label(ofKey: key, q.period), aToB: f.aToB, bToA: f.bToA,
                        quad: [f.quad.0, f.quad.1, f.quad.2, f.quad.3], goldsteinSum: f.goldsteinSum)
        }
    }

    public func actors(top: Int) throws -> [ActorActivity] {
        try pool.read { db in
            // One scan of the table, counted in memory: there are few codes, and SQLite would sort
            // every row once per side to group them.
            var sources = CodeTally(), targets = CodeTally()
            try db.cachedStatement(sql: "SELECT source_code, target_code FROM events").forEachRow({ _ in }) { c in
                sources.add(c.bytes(0))
                targets.add(c.bytes(1))
            }
            let (asSource, asTarget) = (sources.counts, targets.counts)
            var all: [ActorActivity] = []
            try db.cachedStatement(sql: "SELECT code, country, sector FROM actors").forEachRow({ _ in }) { c in
                guard let code = c.text(0), !code.isEmpty else { return }
                let (s, t) = (asSource[code] ?? 0, asTarget[code] ?? 0)
                guard s + t > 0 else { return }
                all.append(ActorActivity(code: code, country: c.text(1) ?? "", sector: c.text(2) ?? "",
                                         asSource: s, asTarget: t))
            }
            return Array(all.sorted { ($0.events, $1.code) > ($1.events, $0.code) }.prefix(top))
        }
    }

    public func network(_ query: EventQuery) throws -> [NetworkEdge] {
        var f = EventFilter(query)
        f.clauses.append("e.target_code != ''")
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        // `+` keeps SQLite from grouping in the order of an index, which would look up every row's
        // counts in the table; one scan and a sort is twice as fast (1.6 s for a million events).
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.source_code, e.target_code, count(*) AS n, sum(e.num_mentions), sum(e.goldstein)
                FROM events e \(f.sql) GROUP BY +e.source_code, +e.target_code
                ORDER BY n DESC, e.source_code, e.target_code\(limit)
                """, arguments: f.statementArguments).map {
                NetworkEdge(source: $0[0], target: $0[1], events: $0[2], mentions: $0[3], goldsteinSum: $0[4])
            }
        }
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

extension SQLiteEventStore {
    /// Canonical names of actors that are people or organizations, by code.
    public func actorNames() throws -> [String: String] {
        try pool.read { db in
            var out: [String: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT code, name FROM actors WHERE name IS NOT NULL") { out[r[0]] = r[1] }
            return out
        }
    }
}
