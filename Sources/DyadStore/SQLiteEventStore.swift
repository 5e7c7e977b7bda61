import DyadCoder
import DyadText
import Foundation
import GRDB

/// The embedded event store: one SQLite file (default `dyad.sqlite`), opened
/// through GRDB in WAL mode so readers never block the writer.
///
/// ```swift
/// let store = try SQLiteEventStore(path: "dyad.sqlite")
/// try store.store([coded])                       // one transaction
/// let rows = try store.timeline(TimelineQuery(a: "PRK", b: "SYR"))
/// ```
///
/// Safety under `kill -9`: every ``store(_:)`` call is one SQLite
/// transaction holding the documents' rows and their "done" markers
/// together; SQLite's journal makes it all-or-nothing.
public final class SQLiteEventStore: EventStore, @unchecked Sendable {
    /// The file name used when none is given.
    public static let defaultPath = "dyad.sqlite"

    let pool: DatabasePool
    public let path: String
    public let windowDays: Int
    let recordWriter = JSONLinesEventWriter()
    /// Actors already written by this process (writes happen on one writer at a time).
    private var knownActors = Set<ActorKey>()

    struct ActorKey: Hashable {
        var code: String, name: String?
        init(_ a: EventActor) { code = a.code; name = a.name }
    }

    /// Opens (creating and migrating if needed) the store at `path`.
    /// `windowDays` is recorded when the store is created; an existing store keeps its own.
    public init(path: String, windowDays: Int = 1) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
            // Ids are hashes, so index inserts land on random pages: a 64 MB page cache
            // keeps them in memory instead of re-reading them from the file.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        pool = try DatabasePool(path: path, configuration: config)
        // Opening a store that is up to date only reads, so queries (and a second process
        // watching the file) never wait for an ingest that holds the write lock.
        let migrator = StoreSchema.migrator
        if try !pool.read({ try migrator.hasCompletedMigrations($0) }) {
            do {
                try migrator.migrate(pool)
            } catch {
                // Two processes opening a new store at once: the other one may have
                // created the schema first. That is fine; anything else is not.
                guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
            }
        }
        let stored = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'window_days'").flatMap { Int($0) }
        }
        if let stored {
            self.windowDays = stored
        } else {
            self.windowDays = try pool.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO meta(key, value) VALUES ('window_days', ?)",
                               arguments: [max(windowDays, 1)])
                return try Int(String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'window_days'") ?? "1") ?? 1
            }
        }
    }

    // MARK: Writing

    public func codingStates(of ids: [String]) throws -> [String: DocumentState] {
        try pool.read { db in
            var out: [String: DocumentState] = [:]
            let stmt = try db.cachedStatement(sql: "SELECT content_hash, dictionary_version FROM documents WHERE id = ?")
            for id in ids {
                if let row = try Row.fetchOne(stmt, arguments: [id]) {
                    out[id] = DocumentState(contentHash: row[0], dictionaryVersion: row[1])
                }
            }
            return out
        }
    }

    public func store(_ documents: [CodedDocument]) throws {
        guard !documents.isEmpty else { return }
        do {
            try pool.write { db in
                var touched = Set<String>()
                for coded in documents { try write(coded, db, &touched) }
                try refreshAggregates(Array(touched).sorted(), db)
            }
        } catch {
            knownActors.removeAll()  // the rolled-back actors must be written again
            throw error
        }
    }

    /// Replaces one document's rows; adds the ids of events it touched to `touched`.
    private func write(_ coded: CodedDocument, _ db: Database, _ touched: inout Set<String>) throws {
        let d = coded.document
        let previous = try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?"),
                                           arguments: [d.id])
        touched.formUnion(previous)
        if !previous.isEmpty {
            try db.cachedStatement(sql: "DELETE FROM mentions WHERE doc_id = ?").execute(arguments: [d.id])
        }
        try db.cachedStatement(sql: "DELETE FROM sentences WHERE doc_id = ?").execute(arguments: [d.id])
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO documents(id, content_hash, dictionary_version, date, title, outlet, url, author,
                origin, text, sentence_count, mention_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [d.id, coded.contentHash, coded.dictionaryVersion, d.date?.description, d.title,
                                     d.outlet, d.url, d.author, d.origin?.description, d.text, coded.sentenceCount,
                                     coded.events.count])
        let sentence = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sentences(doc_id, sentence_index, text) VALUES (?,?,?)")
        let mention = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO mentions(id, event_id, doc_id, sentence_index, day, date, source_code, target_code,
                cameo, plover, outlet, url, speaker, rule, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let event = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO events(id, source_code, source_country, target_code, target_country, cameo, root,
                plover, quad_class, goldstein, bucket, day, date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let actor = try db.cachedStatement(sql: """
            INSERT INTO actors(code, country, sector, name) VALUES (?,?,?,?)
            ON CONFLICT(code) DO UPDATE SET name = min(coalesce(name, excluded.name), coalesce(excluded.name, name))
            """)
        for (n, e) in coded.events.enumerated() {
            let key = EventKey(e, windowDays: windowDays)
            let id = key.id
            touched.insert(id)
            try sentence.execute(arguments: [d.id, e.sentenceIndex, e.sentence])
            try mention.execute(arguments: [e.id, id, d.id, e.sentenceIndex, e.date?.dayNumber, e.date?.description,
                                            e.source.code, e.target?.code ?? "", e.cameo, e.plover, d.outlet, d.url,
                                            e.attribution?.speaker, e.rule, coded.records?[n] ?? recordWriter.line(for: e)])
            try event.execute(arguments: [id, e.source.code, e.source.country, e.target?.code ?? "",
                                          e.target?.country ?? "", e.cameo, String(e.cameo.prefix(2)), e.plover,
                                          e.quadClass, e.goldstein, key.bucket, e.date?.dayNumber, e.date?.description])
            for a in [e.source] + (e.target.map { [$0] } ?? []) where knownActors.insert(ActorKey(a)).inserted {
                try actor.execute(arguments: [a.code, a.country, a.sector, a.name])
            }
        }
    }

    /// Recomputes counts and dates of `ids` from their mentions; drops events left with none.
    /// Aggregates are a function of the stored mentions alone, so the order documents arrive in cannot change them.
    private func refreshAggregates(_ ids: [String], _ db: Database) throws {
        let totals = try db.cachedStatement(sql: """
            SELECT count(*), count(DISTINCT doc_id), count(DISTINCT outlet), min(day), min(date), min(sentence_index), min(url)
            FROM mentions WHERE event_id = ?
            """)
        // Counts are in no index, so updating them leaves the indices alone; the date
        // (indexed) is rewritten only when an earlier mention moved it.
        let counts = try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, is_root = ?, url = ? WHERE id = ?
            """)
        let dates = try db.cachedStatement(sql: """
            UPDATE events SET day = ?, date = ? WHERE id = ? AND (day IS NOT ? OR date IS NOT ?)
            """)
        let drop = try db.cachedStatement(sql: "DELETE FROM events WHERE id = ?")
        for id in ids {
            guard let t = try Row.fetchOne(totals, arguments: [id]), (t[0] as Int) > 0 else {
                try drop.execute(arguments: [id])
                continue
            }
            let firstSentence: Int = t[5]
            try counts.execute(arguments: [t[0] as Int, t[1] as Int, t[2] as Int, firstSentence <= 1, t[6] as String?, id])
            let day: Int? = t[3], date: String? = t[4]
            try dates.execute(arguments: [day, date, id, day, date])
        }
    }

    // MARK: Documents

    public func documentIDs(notCodedWith version: String?) throws -> [String] {
        try pool.read { db in
            if let version {
                return try String.fetchAll(db, sql: "SELECT id FROM documents WHERE dictionary_version != ? ORDER BY id",
                                           arguments: [version])
            }
            return try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id")
        }
    }

    public func documents(ids: [String]) throws -> [Document] {
        try pool.read { db in
            let stmt = try db.cachedStatement(sql: "SELECT id, text, date, title, outlet, url, author, origin FROM documents WHERE id = ?")
            return try ids.compactMap { id in
                guard let r = try Row.fetchOne(stmt, arguments: [id]) else { return nil }
                let date: String? = r[2]
                return Document(id: r[0], text: r[1], date: date.flatMap(CalendarDate.init), title: r[3], outlet: r[4],
                                url: r[5], author: r[6], origin: (r[7] as String?).map { SourceLocation(file: $0) })
            }
        }
    }

    public func counts() throws -> StoreCounts {
        try pool.read { db in
            StoreCounts(documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                        mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0,
                        events: try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0)
        }
    }

    /// Runs `body` inside one write transaction (bench helpers fill stores this way).
    public func withWriteTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.write(body)
    }
}
