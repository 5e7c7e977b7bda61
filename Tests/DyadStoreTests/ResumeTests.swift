import DyadStore
import DyadTestSupport
import Foundation
import GRDB
import Testing

/// `dyad ingest` killed with SIGKILL part-way, then run again, stores exactly
/// what an uninterrupted run stores.
@Suite struct ResumeTests {
    /// The fixture corpus repeated with fresh ids: 4,240 short documents.
    static func bigCorpus(in dir: URL) throws -> String {
        let lines = try String(contentsOfFile: StoreTestSupport.corpusPath, encoding: .utf8).split(separator: "\n")
        var out = ""
        for round in 0..<80 {
            for line in lines {
                out += line.replacingOccurrences(of: "{\"id\": \"", with: "{\"id\": \"r\(round)-") + "\n"
            }
        }
        let path = dir.appendingPathComponent("big.jsonl").path
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func killedIngestResumesToExactlyTheEventsOfAnUninterruptedRun() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let corpus = try Self.bigCorpus(in: dir)
        let reference = dir.appendingPathComponent("reference.sqlite").path
        let killed = dir.appendingPathComponent("killed.sqlite").path

        #expect(try DyadProcess.run(["ingest", corpus, "--db", reference, "--jobs", "1", "--quiet"]).status == 0)

        let childErrors = dir.appendingPathComponent("child.stderr")
        let child = try DyadProcess.start(["ingest", corpus, "--db", killed, "--batch-size", "8", "--quiet"],
                                          stderr: childErrors)
        // Wait until the child has committed some batches (it commits every fourth batch of
        // 8). Read the file through a read-only connection only: opening the store itself
        // while the child creates it would make this process a second writer of the schema.
        var readOnly = Configuration()
        readOnly.readonly = true
        func committedDocuments() -> Int {
            let queue = try? DatabaseQueue(path: killed, configuration: readOnly)
            return (try? queue?.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") }) ?? 0
        }
        let deadline = Date().addingTimeInterval(60)
        while child.isRunning, Date() < deadline, committedDocuments() < 64 {
            usleep(10_000)
        }
        #expect(child.isRunning, """
            the child finished before it could be killed (status \(child.isRunning ? 0 : child.terminationStatus)); \
            its stderr: \((try? String(contentsOf: childErrors, encoding: .utf8)) ?? "")
            """)
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        let partial = try SQLiteEventStore(path: killed).counts().documents
        #expect(partial > 0 && partial < 4240)

        let rerun = try DyadProcess.run(["ingest", corpus, "--db", killed])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.contains("\(partial) skipped"))

        let (a, b) = (try SQLiteEventStore(path: reference), try SQLiteEventStore(path: killed))
        #expect(try a.counts() == b.counts())
        let (fa, fb) = (try StoreTestSupport.fingerprint(a), try StoreTestSupport.fingerprint(b))
        #expect(fa.events == fb.events)
        #expect(fa.mentions == fb.mentions)
    }

    @Test func ingestingTwiceStoresNothingNew() throws {
        let store = try StoreTestSupport.temporaryStore()
        let docs = StoreTestSupport.documents(StoreTestSupport.corpusPath)
        let first = try StoreTestSupport.ingest(docs, into: store)
        let before = try store.counts()
        let second = try StoreTestSupport.ingest(docs, into: store)
        #expect(first.documents == 53 && first.skipped == 0)
        #expect(second.documents == 0 && second.skipped == 53)
        #expect(try store.counts() == before)
    }
}
