import DyadStore
import DyadTestSupport
import Foundation
import Testing

/// Ids and text holding ESC sequences are shown escaped, never sent raw to a terminal.
@Suite struct TerminalEscapeTests {
    @Test func showEscapesControlCharactersInIdsAndSentences() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("esc.jsonl")
        try #"{"id":"doc\u001b[31m7","date":"2019-02-11","text":"Syria condemned\u001b]0;owned\u0007 Israel."}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try DyadProcess.run(["ingest", file.path, "--db", db]).status == 0)
        let id = try #require(try SQLiteEventStore(path: db).events(EventQuery()).first?.id)
        let r = try DyadProcess.run(["show", id, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{07}"))
        #expect(r.stdout.contains(#"doc\x1B[31m7"#))
        #expect(r.stdout.contains(#"\x1B]0;owned\x07"#))
    }

    @Test func errorMessagesEscapeControlCharactersFromTheInput() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("esc.jsonl")
        try #"{"id":"a","date":"\u001b[2Jnow","text":"Syria condemned Israel."}"#.write(to: file, atomically: true, encoding: .utf8)
        let r = try DyadProcess.run(["ingest", file.path, "--db", dir.appendingPathComponent("t.sqlite").path])
        #expect(r.status == 1)
        #expect(!r.stderr.contains("\u{1B}") && !r.stdout.contains("\u{1B}"))
        #expect(r.stderr.contains(#"\x1B[2Jnow"#))
    }
}
