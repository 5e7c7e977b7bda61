import DyadStore
import DyadTestSupport
import DyadText
import Foundation
import Testing

/// One document id in two input files: reported with both places, the first
/// kept, and `ingest` fails unless the later file is meant to replace.
@Suite struct DuplicateIDTests {
    /// A folder with `a.jsonl` and `b.jsonl`, each holding a document with id 7.
    func twoFiles() throws -> URL {
        let dir = try StoreTestSupport.temporaryDirectory()
        try #"{"id":"7","date":"2019-02-11","text":"Syria condemned Israel."}"#
            .write(to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        try #"{"id":"7","date":"2019-02-12","text":"Iran praised Syria."}"#
            .write(to: dir.appendingPathComponent("b.jsonl"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func sameIDInTwoFilesIsAnErrorNamingBothPlaces() throws {
        let dir = try twoFiles()
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try DyadProcess.run(["ingest", dir.path, "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("b.jsonl:1: document id '7' was already read at \(dir.path)/a.jsonl:1"))
        let stored = try SQLiteEventStore(path: db).documents(ids: ["7"])
        #expect(stored.map(\.text) == ["Syria condemned Israel."])
    }

    @Test func replaceDuplicatesStoresTheLaterDocument() throws {
        let dir = try twoFiles()
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try DyadProcess.run(["ingest", dir.path, "--db", db, "--replace-duplicates"])
        #expect(r.status == 0, "\(r.stderr)")
        let stored = try SQLiteEventStore(path: db).documents(ids: ["7"])
        #expect(stored.map(\.text) == ["Iran praised Syria."])
    }

    @Test func repeatInOneFileIsNotAnotherFile() {
        var origins = DocumentOrigins()
        let a = Document(id: "7", text: "x", origin: SourceLocation(file: "a.jsonl", line: 1))
        let again = Document(id: "7", text: "y", origin: SourceLocation(file: "a.jsonl", line: 2))
        let other = Document(id: "7", text: "z", origin: SourceLocation(file: "b.jsonl", line: 5))
        #expect(origins.earlierFile(of: a) == nil)
        #expect(origins.earlierFile(of: again) == nil)
        #expect(origins.earlierFile(of: other) == SourceLocation(file: "a.jsonl", line: 1))
    }
}
