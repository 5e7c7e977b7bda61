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
/// Safety under `kill -9`: every ``store(_:commit:)`` batch is written with
/// its documents' "done" markers inside one SQLite transaction (several
/// batches share one when `commit` is false); SQLite's journal makes each
/// transaction all-or-nothing, so a killed run leaves whole batches behind.
public final class SQLiteEventStore: EventStore, @unchecked Sendable {
    /// The file name used when none is given.
    public static let defaultPath = "dyad.sqlite"

    let pool: DatabasePool
    public let path: String
    public let windowDays: Int
    /// Actors already written by this process (writes happen on one writer at a time).
    private var knownActors = Set<ActorKey>()
    /// The outlets of the events this process has written (see ``KnownOutlets``).
    private var knownOutlets = KnownOutlets()
    /// Whether `store(_:commit:)` keeps a transaction open between batches.
    private var transactionIsOpen = false
    /// SQLite's `data_version` when this process last began a transaction: it changes when
    /// another connection commits, and then what this process remembers about the file may be stale.
    private var dataVersion: Int?
    /// Text bound by the writer's statements (one writer at a time).
    private let arena = BindingArena()

    /// Opens (creating and migrating if needed) the store at `path`.
    /// `windowDays` is recorded when the store is created; an existing store keeps its own.
    /// `upgrading` is called before a store written by an older dyad is migrated, with the
    /// migrations it is about to run — a million events take seconds, so a command can say why
    /// it waits. A new store is created without the call.
    ///
    /// `readOnly` opens the file for queries only: a store on read-only media, or owned by
    /// someone else, can then be read; a store that needs an upgrade is refused
    /// (``StoreError/needsUpgrade(path:)``). A store made by a newer dyad is always refused
    /// (``StoreError/newerSchema(path:unknownSteps:)``) and never written; a file that is not a
    /// dyad store or is damaged beyond opening gives ``StoreError/damaged(path:problems:)``.
    ///
    /// ```swift
    /// let store = try SQLiteEventStore(path: "old.sqlite") { steps in print("upgrading: \(steps)") }
    /// ```
    public convenience init(path: String, windowDays: Int = 1, readOnly: Bool = false, upgrading: (([String]) -> Void)? = nil) throws {
        do {
            try self.init(opening: path, windowDays: windowDays, readOnly: readOnly, upgrading: upgrading)
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw StoreError.damaged(path: path, problems: [error.message ?? "\(error)"])
        }
    }

    private init(opening path: String, windowDays: Int, readOnly: Bool, upgrading: (([String]) -> Void)?) throws {
        self.path = path
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        // `store(_:commit:)` keeps a transaction open from one batch to the next.
        config.allowsUnsafeTransactions = true
        config.prepareDatabase { db in
            // 16 KB pages for a new file (an existing one keeps its own): a commit writes each
            // changed page to the write-ahead log with two system calls, and index inserts change
            // pages all over the file, so larger pages mean a quarter of the calls. On 100,000
            // documents the writer took 15% less CPU than with SQLite's 4 KB.
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Checkpoint when the log holds 32 MB, whatever the file's page size.
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(32 << 20 / max(pageSize, 512))")
            // Ids are hashes, so index inserts land on random pages: a 64 MB page cache
            // keeps them in memory instead of re-reading them from the file.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Debian's SQLite is built to zero every deleted cell and freed page. The writer
            // replaces event rows all the time (a batch adding to an event rewrites its row),
            // and the zeroing cost 3% of its instructions. A store holds published reports, not
            // secrets; what a replaced document leaves in free pages goes with `VACUUM`.
            try db.execute(sql: "PRAGMA secure_delete = OFF")
            // `dyad_last_day(date)`: the last day a stored date can mean, for filters on mentions.
            db.add(function: StoreSchema.lastDayFunction)
        }
        pool = try DatabasePool(path: path, configuration: config)
        // Opening a store that is up to date only reads, so queries (and a second process
        // watching the file) never wait for an ingest that holds the write lock.
        let migrator = StoreSchema.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            let unknown = try pool.read { try migrator.appliedIdentifiers($0) }.subtracting(migrator.migrations).sorted()
            throw StoreError.newerSchema(path: path, unknownSteps: unknown)
        }
        if try !pool.read({ try migrator.hasCompletedMigrations($0) }) {
            if readOnly { throw StoreError.needsUpgrade(path: path) }
            let applied = try pool.read { try migrator.appliedIdentifiers($0) }
            if !applied.isEmpty {
                upgrading?(migrator.migrations.filter { !applied.contains($0) })
            }
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
        } else if readOnly {
            self.windowDays = max(windowDays, 1)
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
                let state = try stmt.firstRow({ $0.text(id) }) { row in
                    DocumentState(contentHash: row.text(0) ?? "", dictionaryVersion: row.text(1) ?? "")
                }
                if let state { out[id] = state }
            }
            return out
        }
    }

    public func store(_ documents: [CodedDocument], commit: Bool) throws {
        do {
            try pool.writeWithoutTransaction { db in
                if !documents.isEmpty {
                    if !transactionIsOpen {
                        try db.beginTransaction(.immediate)
                        transactionIsOpen = true
                        try forgetIfChangedElsewhere(db)
                    }
                    if knownOutlets.count == 0 {
                        knownOutlets.holdsEveryStoredEvent = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events)") == false
                    }
                    try SQLiteBatchWriter(db: db, windowDays: windowDays, arena: arena)
                        .write(documents, knownActors: &knownActors, knownOutlets: &knownOutlets)
                }
                if commit { try commitOpenTransaction(db) }
            }
        } catch {
            abandonOpenTransaction()
            throw error
        }
    }

    public func commit() throws {
        do {
            try pool.writeWithoutTransaction(commitOpenTransaction)
        } catch {
            abandonOpenTransaction()
            throw error
        }
    }

    /// After a failed write or commit: rolls back the open transaction with every batch in
    /// it, and forgets what they recorded, which must be written (and looked up) again. A
    /// savepoint per batch could keep the earlier batches, but SQLite then copies every page
    /// a batch changes a second time (a tenth more writer time on 100,000 documents).
    private func abandonOpenTransaction() {
        try? pool.writeWithoutTransaction { db in
            if db.isInsideTransaction { try db.rollback() }
        }
        transactionIsOpen = false
        knownActors.removeAll()
        knownOutlets.removeAll()
    }

    /// Commits the transaction `store(_:commit:)` keeps open, if any. A commit that fails
    /// throws, and `store(_:commit:)` then rolls the transaction back.
    private func commitOpenTransaction(_ db: Database) throws {
        guard transactionIsOpen else { return }
        if db.isInsideTransaction { try db.commit() }
        transactionIsOpen = false
    }

    /// Drops what this process remembers about the file when another connection has
    /// committed since this one last wrote (`PRAGMA data_version` changed).
    private func forgetIfChangedElsewhere(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion {
            knownActors.removeAll()
            knownOutlets.removeAll()
        }
        dataVersion = version
    }

    deinit {
        // Batches stored with `commit: false` and never committed are kept, as the caller meant.
        try? commit()
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
}
