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
        let doc = StoreTestSupport.article(id, "2019-02-11", outlet, strike)
        let r = StoreTestSupport.coder.codeCounting(doc)
        return CodedDocument(document: doc, contentHash: ContentHash.of(doc), dictionaryVersion: "test",
                             sentenceCount: r.sentences, events: r.events)
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
}

@Suite struct CommitScheduleTests {
    @Test func commitsAfterEveryFourthBatch() {
        let start = Date()
        var schedule = CommitSchedule(batchesPerCommit: 4, now: start)
        let commits = (1...8).map { schedule.commitsAfterNextBatch(now: start.addingTimeInterval(Double($0) / 10)) }
        #expect(commits == [false, false, false, true, false, false, false, true])
    }

    @Test func commitsSoonerOnceTheSecondsHavePassed() {
        let start = Date()
        var schedule = CommitSchedule(batchesPerCommit: 4, secondsPerCommit: 5, now: start)
        let commits = [1.0, 6, 7].map { schedule.commitsAfterNextBatch(now: start.addingTimeInterval($0)) }
        // The second batch comes 6 s after the start; the count starts again from its commit.
        #expect(commits == [false, true, false])
    }
}
