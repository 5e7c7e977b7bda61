@testable import DyadStore
import DyadText
import Foundation
import GRDB
import Testing

/// `store(_:commit:)` with `commit: false`: batches share a transaction until the store commits.
@Suite struct StoreCommitTests {
    let strike = "Israeli warplanes bombed Syrian army positions near Damascus."

    /// One coded single-sentence article reporting the strike.
    func coded(_ id: String, outlet: String) -> CodedDocument {
        StoreTestSupport.coded(StoreTestSupport.article(id, "2019-02-11", outlet, strike))
    }

    /// A store and a second store object on the same file, which sees only what was committed.
    func storeAndObserver() throws -> (SQLiteEventStore, SQLiteEventStore) {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("commit.sqlite").path
        return (try SQLiteEventStore(path: path), try SQLiteEventStore(path: path))
    }

    @Test func batchesStoredWithoutCommitAreCommittedTogether() throws {
        let (store, observer) = try storeAndObserver()
        try store.store([coded("a", outlet: "Levant Wire")], commit: false)
        try store.store([coded("b", outlet: "Gulf Courier")], commit: false)
        #expect(try observer.counts().documents == 0)
        try store.commit()
        #expect(try observer.counts() == StoreCounts(documents: 2, mentions: 2, events: 1))
        #expect(try observer.events(EventQuery()).map(\.numSources) == [2])
    }

    @Test func aBatchStoredWithCommitCommitsTheOpenTransactionToo() throws {
        let (store, observer) = try storeAndObserver()
        try store.store([coded("a", outlet: "Levant Wire")], commit: false)
        try store.store([coded("b", outlet: "Gulf Courier")])
        #expect(try observer.counts().documents == 2)
    }

    @Test func aFailedBatchUndoesTheUncommittedOnesAndTheStoreWritesOnExactly() throws {
        let (store, observer) = try storeAndObserver()
        try store.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_bad BEFORE INSERT ON documents WHEN NEW.id = 'bad'
                BEGIN SELECT RAISE(FAIL, 'refused for the test'); END
                """)
        }
        try store.store([coded("a", outlet: "Levant Wire")], commit: false)
        #expect(throws: DatabaseError.self) { try store.store([coded("bad", outlet: "Gulf Courier")], commit: false) }
        #expect(try observer.counts().documents == 0)
        // Written again, as a re-run would: what the store remembered of "a" must not count it twice.
        try store.store([coded("a", outlet: "Levant Wire")], commit: false)
        try store.store([coded("c", outlet: "Gulf Courier")], commit: false)
        try store.commit()
        let events = try observer.events(EventQuery())
        #expect(events.map(\.numArticles) == [2])
        #expect(events.map(\.numSources) == [2])
        #expect(try observer.aggregateDiscrepancies() == [])
    }

    @Test func aStoreReleasedWithUncommittedBatchesCommitsThem() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("release.sqlite").path
        do {
            let store = try SQLiteEventStore(path: path)
            try store.store([coded("a", outlet: "Levant Wire")], commit: false)
        }
        #expect(try SQLiteEventStore(path: path).counts().documents == 1)
    }

    @Test func aNewStoreHasSixteenKilobytePages() throws {
        let store = try StoreTestSupport.temporaryStore()
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 16384)
    }

    @Test func storeConnectionsDoNotZeroDeletedContent() throws {
        let store = try StoreTestSupport.temporaryStore()
        #expect(try store.pool.write { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 0)
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 0)
    }
}

/// The ingester's commits: every few batches, and a transaction left open too long.
@Suite struct IngesterCommitTests {
    let strike = "Israeli warplanes bombed Syrian army positions near Damascus."

    /// Feeds one-document batches to an ingester with the given commit settings until a
    /// second store object on the file sees `enough` documents committed (or 10 seconds
    /// pass). Returns every count it saw, and how many documents the ingester stored.
    func feed(until enough: Int, batchesPerCommit: Int, secondsPerCommit: TimeInterval) throws -> (seen: [Int], stored: Int) {
        let (store, observer) = try StoreCommitTests().storeAndObserver()
        let ingester = Ingester(coder: StoreTestSupport.coder, store: store,
                                options: .init(batchSize: 1, jobs: 1, batchesPerCommit: batchesPerCommit,
                                               secondsPerCommit: secondsPerCommit))
        var seen: [Int] = []
        let deadline = Date().addingTimeInterval(10)
        var n = 0
        while seen.last ?? 0 < enough, Date() < deadline {
            n += 1
            try ingester.add(StoreTestSupport.article("d\(n)", "2019-02-11", "Outlet \(n % 3)", strike))
            try ingester.flush()
            usleep(20_000)
            seen.append(try observer.counts().documents)
        }
        let stored = try ingester.finish().documents
        #expect(try observer.counts().documents == stored)
        return (seen, stored)
    }

    @Test func anIngesterCommitsEveryBatchesPerCommitBatches() throws {
        let seen = try feed(until: 4, batchesPerCommit: 2, secondsPerCommit: 1000).seen
        #expect(seen.last ?? 0 >= 4)
        #expect(seen.allSatisfy { $0 % 2 == 0 })
    }

    @Test func anIngesterCommitsATransactionLeftOpenForSecondsPerCommit() throws {
        let seen = try feed(until: 1, batchesPerCommit: 1000, secondsPerCommit: 0.1).seen
        #expect(seen.last ?? 0 >= 1)
    }
}
