import DyadTestSupport
import Foundation
import Testing

/// Plain text without --date is undated: dyad says so once per run, and ingest reports the documents.
@Suite struct UndatedInputTests {
    let text = "Syria thanked Iran on Monday."

    @Test func codeWarnsOnceForUndatedPlainText() throws {
        let a = try DyadProcess.temporaryFile("a.txt", Data(text.utf8))
        let b = a.deletingLastPathComponent().appendingPathComponent("b.txt")
        try Data(text.utf8).write(to: b)
        let r = try DyadProcess.run(["code", a.path, b.path])
        #expect(r.status == 0)
        #expect(r.stderr.components(separatedBy: "has no date").count == 2, "\(r.stderr)")
        #expect(!r.stdout.contains("has no date"), "the warning goes to stderr")
    }

    @Test func codeWithADateDoesNotWarn() throws {
        let a = try DyadProcess.temporaryFile("a.txt", Data(text.utf8))
        let r = try DyadProcess.run(["code", a.path, "--date", "2019-05-15"])
        #expect(!r.stderr.contains("no date"))
    }

    @Test func ingestWarnsAndReportsUndatedDocumentsTheTimelineCounts() throws {
        let a = try DyadProcess.temporaryFile("a.txt", Data(text.utf8))
        let db = a.deletingLastPathComponent().appendingPathComponent("s.sqlite").path
        let r = try DyadProcess.run(["ingest", a.path, "--db", db])
        #expect(r.stderr.contains("has no date"))
        #expect(r.stdout.contains("1 document had no date and was stored as undated"), "\(r.stdout)")
        let t = try DyadProcess.run(["timeline", "SYR", "IRN", "--db", db, "--format", "csv"])
        #expect(t.stdout.split(separator: "\n").last?.hasPrefix("undated,1,0,1") == true, "\(t.stdout)")
    }

    @Test func codeDrawsNoProgressIntoAPipe() throws {
        let r = try DyadProcess.run(["code", "examples/border-talks.jsonl", StoreTestFiles.corpus])
        #expect(r.status == 0)
        #expect(!r.stderr.contains("\r") && !r.stderr.contains("docs/s"))
    }
}

enum StoreTestFiles {
    static let corpus = "Tests/DyadStoreTests/Fixtures/levant-corpus.jsonl"
}
