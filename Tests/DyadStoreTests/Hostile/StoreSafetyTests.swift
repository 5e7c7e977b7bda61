import DyadTestSupport
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

/// Stores made by a newer dyad, opened read-only, or damaged: refused or
/// checked before anything is written.
@Suite struct StoreSafetyTests {
    /// A store holding one short article, closed, with everything in its main file.
    func smallStore() throws -> String {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("s.sqlite").path
        do {
            let store = try SQLiteEventStore(path: path)
            try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-02-11", "Levant Wire",
                                                                  "Israeli warplanes bombed Syrian army positions near Damascus.")],
                                        into: store)
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        return path
    }

    func documentCount(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") ?? 0 }
    }

    @Test func storeFromANewerDyadIsRefused() throws {
        let path = try smallStore()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path: path, unknownSteps: ["v99"])) { try SQLiteEventStore(path: path) }
        #expect(StoreError.newerSchema(path: path, unknownSteps: ["v99"]).description.contains("made by a newer dyad"))
    }

    @Test func ingestIntoAStoreFromANewerDyadWritesNothing() throws {
        let path = try smallStore()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99')") }
        try queue.close()
        let r = try DyadProcess.run(["ingest", "examples/border-talks.jsonl", "--db", path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("made by a newer dyad"))
        #expect(try documentCount(path) == 1)
    }

    @Test func readOnlyStoreAnswersQueries() throws {
        let path = try smallStore()
        let store = try SQLiteEventStore(path: path, readOnly: true)
        #expect(try store.events(EventQuery()).count == 1)
        #expect(throws: (any Error).self) {
            try store.store([StoreTestSupport.coded(StoreTestSupport.article("b", "2019-02-12", nil, "Iran praised Syria."))])
        }
    }

    @Test func queryCommandsWorkOnAReadOnlyFile() throws {
        let path = try smallStore()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let r = try DyadProcess.run(["events", "--db", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ISRMIL"))
    }

    @Test func checkPassesASoundStore() throws {
        let r = try DyadProcess.run(["check", "--db", try smallStore()])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("ok: 1 documents"))
    }

    @Test func checkReportsBrokenInvariants() throws {
        let path = try smallStore()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE events SET num_mentions = 99")
            try db.execute(sql: "DELETE FROM documents")
        }
        try queue.close()
        let r = try DyadProcess.run(["check", "--db", path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("disagrees with its mentions"))
        #expect(r.stdout.contains("mentions of document 'a', which is not stored"))
    }

    /// `path` with the pages after the first overwritten by garbage.
    func damage(_ path: String) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 16_384)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 16_384))
        try handle.close()
    }

    @Test func checkReportsADamagedFile() throws {
        let path = try smallStore()
        try damage(path)
        let r = try DyadProcess.run(["check", "--db", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("rebuild it by ingesting the source files again"))
    }

    @Test func ingestRefusesADamagedStore() throws {
        let path = try smallStore()
        try damage(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let r = try DyadProcess.run(["ingest", "examples/border-talks.jsonl", "--db", path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("is damaged") && r.stderr.contains("dyad check --db"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func fileThatIsNoStoreIsReportedAsDamaged() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try SQLiteEventStore(path: path) }
    }
}
