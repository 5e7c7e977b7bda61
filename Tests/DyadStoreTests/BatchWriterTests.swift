@testable import DyadStore
import DyadText
import GRDB
import Testing

@Suite struct BatchWriterTests {
    let strike = "Israeli warplanes bombed Syrian army positions near Damascus."

    /// A coded one-sentence article and the row key of its event.
    func coded(_ id: String) throws -> (CodedDocument, Int64) {
        let coded = StoreTestSupport.coded(StoreTestSupport.article(id, "2019-02-11", "Levant Wire", strike))
        let key = try #require(SQLiteBatchWriter.mentions(of: coded, windowDays: 1).first).event
        return (coded, key)
    }

    /// Writes one batch through the writer with the given memory of outlets.
    func write(_ doc: CodedDocument, into store: SQLiteEventStore, knownOutlets: KnownOutlets) throws {
        var known = knownOutlets, actors = Set<ActorKey>()
        try store.pool.write { db in
            try SQLiteBatchWriter(db: db, windowDays: 1, arena: BindingArena()).write([doc], knownActors: &actors, knownOutlets: &known)
        }
    }

    @Test func anEventWronglyRememberedAsStoredFailsTheBatchAndKeepsNothing() throws {
        let store = try StoreTestSupport.temporaryStore()
        let (doc, key) = try coded("a")
        var known = KnownOutlets()
        known.record(event: key, outletIDs: [known.id(of: "Levant Wire")], complete: true)
        #expect(throws: DatabaseError.self) { try write(doc, into: store, knownOutlets: known) }
        #expect(try store.counts() == StoreCounts(documents: 0, mentions: 0, events: 0))
    }

    @Test func anEventWronglyRememberedAsNewFailsTheBatch() throws {
        let store = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-02-11", "Levant Wire", strike)], into: store)
        let (doc, _) = try coded("b")
        var known = KnownOutlets()
        known.holdsEveryStoredEvent = true
        #expect(throws: DatabaseError.self) { try write(doc, into: store, knownOutlets: known) }
        #expect(try store.counts() == StoreCounts(documents: 1, mentions: 1, events: 1))
    }
}
