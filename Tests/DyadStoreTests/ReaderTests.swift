import DyadStore
import DyadTestSupport
import DyadText
import Foundation
import Testing

@Suite struct ReaderTests {
    func read(_ csv: String, columns: CSVDocumentReader.Columns = .init()) throws -> [Result<Document, InputError>] {
        var out: [Result<Document, InputError>] = []
        try CSVDocumentReader(columns: columns).read(bytes: Array(csv.utf8), name: "news.csv") { out.append($0) }
        return out
    }

    @Test func csvDefaultColumnsFitCommonNewsExports() throws {
        let r = try read("""
            id,title,publication,author,date,content
            17,Talks,Levant Wire,A. Writer,2019-02-11 08:30:00,"Syria condemned Israel, again."
            """)
        let d = try #require(try r.first?.get())
        #expect(d.id == "17" && d.title == "Talks" && d.outlet == "Levant Wire" && d.author == "A. Writer")
        #expect(d.date == CalendarDate("2019-02-11"))
        #expect(d.text == "Syria condemned Israel, again.")
    }

    @Test func csvQuotedFieldsHoldQuotesAndLineBreaks() throws {
        let r = try read("id,content\n1,\"He said \"\"no\"\".\nThen left.\"\n2,Second.\n")
        let docs = r.compactMap { try? $0.get() }
        #expect(docs.map(\.text) == ["He said \"no\".\nThen left.", "Second."])
        #expect(docs.last?.origin?.line == 4)
    }

    @Test func csvColumnsCanBeRenamed() throws {
        var c = CSVDocumentReader.Columns()
        c.text = ["story"]
        c.outlet = ["paper"]
        let d = try #require(try read("story,paper\nSyria condemned Israel.,Gazette\n", columns: c).first?.get())
        #expect(d.outlet == "Gazette" && d.id == "news:2")
    }

    @Test func csvBadRecordsAreErrorsWithTheirLine() throws {
        let r = try read("id,date,content\n1,2019-01-01,Fine.\n2,yesterday,Bad date.\n3,2019-01-02\n")
        let errors = r.compactMap { if case .failure(let e) = $0 { return e.description } else { return nil } }
        #expect(errors.count == 2)
        #expect(errors[0].hasPrefix("news.csv:3:"))
        #expect(errors[1].hasPrefix("news.csv:4:"))
        #expect(r.count == 3)
    }

    @Test func foldersAreReadRecursivelyWithPathIDs() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let sub = dir.appendingPathComponent("2019/02")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "Syria condemned Israel.".write(to: sub.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Israel warned Syria.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "ignored".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let reader = CorpusReader(defaultDate: CalendarDate("2019-02-11"))
        var ids: [String] = []
        for f in reader.files([dir.path]) {
            try reader.read(path: f.path, root: f.root) { if case .success(let d) = $0 { ids.append(d.id) } }
        }
        #expect(ids == ["2019/02/a", "a"])
    }

    @Test func ingestReportsBadRecordsAndKeepsTheRest() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("mixed.jsonl")
        try """
            {"id":"ok","date":"2019-02-11","text":"Syria condemned Israel."}
            {"id":"broken","text":
            """.write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try DyadProcess.run(["ingest", file.path, "--db", db])
        #expect(r.status == 1)
        #expect(r.stdout.contains("1 document coded"))
        #expect(r.stdout.contains("mixed.jsonl:2:"))
        #expect(try SQLiteEventStore(path: db).counts().documents == 1)
    }
}
