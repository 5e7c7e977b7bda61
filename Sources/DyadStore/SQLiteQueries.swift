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

    /// `dayColumn` and `lastDayColumn` are the first and last day an event's date can mean
    /// (``DateSpan``); `flagsColumn` holds its ``EventFlags``.
    init(_ q: EventQuery, dayColumn: String = "e.day", lastDayColumn: String = "e.last_day", flagsColumn: String = "e.flags") {
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
        if let until = q.until { clauses.append("\(lastDayColumn) <= ?"); arguments.append(DateSpan.lastDay(of: until)) }
        if let flags = q.flags.condition(flagsColumn) { clauses.append(flags) }
        if let code = q.cameo { clauses.append("e.cameo LIKE ? ESCAPE '\\'"); arguments.append(EventFilter.likePrefix(code)) }
        if let p = q.plover { clauses.append("e.plover = ?"); arguments.append(p.uppercased()) }
        if let o = q.outlet {
            clauses.append("e.id IN (SELECT event_id FROM mentions WHERE outlet = ? COLLATE NOCASE)")
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
        e.goldstein, e.date, e.num_mentions, e.num_articles, e.num_sources, e.is_root, e.url, e.flags
        """

    static func aggregated(_ r: Row) -> AggregatedEvent {
        AggregatedEvent(id: EventKey.id(rowKey: r[0]), sourceCode: r[1], sourceCountry: r[2], targetCode: r[3], targetCountry: r[4],
                        cameo: r[5], plover: r[6], quadClass: r[7], goldstein: r[8], date: r[9], numMentions: r[10],
                        numArticles: r[11], numSources: r[12], isRoot: r[13], url: r[14],
                        flags: EventFlags(rawValue: r[15]).names)
    }

    public func events(_ query: EventQuery) throws -> [AggregatedEvent] {
        let f = EventFilter(query)
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        return try pool.read { db in
            let events = try Row.fetchAll(db, sql: "SELECT \(Self.eventColumns) FROM events e \(f.sql) ORDER BY e.day, e.id\(limit)",
                                          arguments: f.statementArguments).map(Self.aggregated)
            return try ActorNames.fill(events, db)
        }
    }

    public func mentions(_ query: EventQuery) throws -> [Event] {
        // A mention is filtered by its own date and flags (the last day its date can mean is
        // computed, not stored: a listing of mentions reads few rows).
        var outletFree = query
        outletFree.outlet = nil
        var f = EventFilter(outletFree, dayColumn: "m.day", lastDayColumn: "dyad_last_day(m.date)", flagsColumn: "m.flags")
        if let o = query.outlet {
            f.clauses.append("m.outlet = ? COLLATE NOCASE")
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
            let events = try mentions.map(StoredMention.event)
            var event = Self.aggregated(row)
            (event.sourceName, event.targetName) = ActorNames.mostFrequent(in: events)
            return (event, events)
        }
    }

    public func actors(top: Int, flags: FlagFilter = .standard) throws -> [ActorActivity] {
        try pool.read { db in
            // One scan of the table, counted in memory: there are few codes, and SQLite would sort
            // every row once per side to group them.
            var sources = CodeTally(), targets = CodeTally()
            let condition = flags.condition("flags").map { " WHERE " + $0 } ?? ""
            try db.cachedStatement(sql: "SELECT source_code, target_code FROM events" + condition).forEachRow({ _ in }) { c in
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

extension SQLiteEventStore {
    /// Row keys are an id's 64 bits, so the ids sharing a prefix are one range of keys (one sign,
    /// since the prefix fixes the top bit).
    public func eventIDs(prefix: String, limit: Int) throws -> [String] {
        guard (1...16).contains(prefix.count), let value = UInt64(prefix, radix: 16) else { return [] }
        let free = UInt64(4 * (16 - prefix.count))
        let low = free == 64 ? 0 : value << free
        let high = low | (free == 0 ? 0 : (UInt64.max >> (64 - free)))
        return try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM events WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?",
                               arguments: [Int64(bitPattern: low), Int64(bitPattern: high), limit]).map(EventKey.id(rowKey:))
        }
    }

    public func hasActor(_ code: String) throws -> Bool {
        let x = code.uppercased()
        return try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM actor_countries WHERE code = ? OR country = ?)",
                              arguments: [x, x]) ?? false
        }
    }
}
