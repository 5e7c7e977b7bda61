import GRDB

extension SQLiteEventStore {
    /// Aggregated events whose stored counts, date or flags differ from a full recount of their mentions,
    /// and mentions whose event row is missing — empty for a healthy store.
    ///
    /// The ingest writer keeps aggregates up to date incrementally (see ``SQLiteBatchWriter``); this
    /// recomputes every event from `mentions` in one pass, to check that the two agree.
    ///
    /// ```swift
    /// #expect(try store.aggregateDiscrepancies().isEmpty)
    /// ```
    public func aggregateDiscrepancies() throws -> [String] {
        try pool.read { db in
            let drift = try Int64.fetchAll(db, sql: """
                WITH counts AS (
                    SELECT event_id, count(*) AS n, count(DISTINCT doc_id) AS a, count(DISTINCT outlet) AS s,
                           min(day) AS day, min(sentence_index) <= 1 AS root, min(url) AS url,
                           \(Self.sharedFlagsSQL) AS flags
                    FROM mentions GROUP BY event_id),
                recount AS (
                    SELECT c.*, (SELECT max(m.date) FROM mentions m WHERE m.event_id = c.event_id AND m.day IS c.day) AS date
                    FROM counts c)
                SELECT e.id FROM events e LEFT JOIN recount r ON r.event_id = e.id
                WHERE r.event_id IS NULL OR e.num_mentions != r.n OR e.num_articles != r.a OR e.num_sources != r.s
                   OR e.day IS NOT r.day OR e.date IS NOT r.date OR e.is_root != r.root OR e.url IS NOT r.url
                   OR e.flags != r.flags OR e.last_day IS NOT dyad_last_day(e.date)
                ORDER BY e.id
                """)
            let orphans = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT m.event_id FROM mentions m LEFT JOIN events e ON e.id = m.event_id
                WHERE e.id IS NULL ORDER BY m.event_id
                """)
            return drift.map(EventKey.id(rowKey:)) + orphans.map { "\(EventKey.id(rowKey: $0)) (mentions without an event)" }
        }
    }

    /// The flags every mention of a group shares (a bitwise AND, which SQLite has no aggregate for):
    /// each flag is set when the smallest value of that bit over the group is set.
    static var sharedFlagsSQL: String {
        EventFlags.named.map { "(min(flags & \($0.flag.rawValue)))" }.joined(separator: " | ")
    }
}

extension SQLiteEventStore {
    /// What SQLite's own check of the file finds wrong, empty for a sound file.
    /// `quick` runs `PRAGMA quick_check` (pages and records, no index contents),
    /// otherwise `PRAGMA integrity_check` (everything; slower on a large store).
    public func sqliteProblems(quick: Bool) throws -> [String] {
        try pool.read { db in
            let rows = try String.fetchAll(db, sql: quick ? "PRAGMA quick_check(100)" : "PRAGMA integrity_check(100)")
            return rows == ["ok"] ? [] : rows
        }
    }

    /// dyad's own invariants, broken: events whose counts, date or flags differ from their
    /// mentions (``aggregateDiscrepancies()``) and mentions whose document is missing.
    public func invariantProblems() throws -> [String] {
        let events = try aggregateDiscrepancies().map { "event \($0) disagrees with its mentions" }
        let orphans = try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT m.doc_id FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.doc_id)
                ORDER BY m.doc_id
                """)
        }
        return events + orphans.map { "mentions of document '\($0)', which is not stored" }
    }

    /// Everything ``sqliteProblems(quick:)`` and ``invariantProblems()`` find; the
    /// invariants are checked only in a file SQLite finds sound.
    public func problems(quick: Bool) throws -> [String] {
        let file = try sqliteProblems(quick: quick)
        return file.isEmpty ? try invariantProblems() : file
    }

    /// Throws ``StoreError/damaged(path:problems:)`` when SQLite's quick check finds
    /// damage: what `dyad ingest` runs before writing a batch into an existing store.
    public func refuseIfDamaged() throws {
        let found: [String]
        do {
            found = try sqliteProblems(quick: true)
        } catch let error as DatabaseError {
            found = [error.message ?? "\(error)"]
        }
        if !found.isEmpty { throw StoreError.damaged(path: path, problems: found) }
    }
}
