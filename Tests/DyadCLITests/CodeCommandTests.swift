import DyadTestSupport
import Foundation
import Testing

@Suite struct CodeCommandTests {
    @Test func codesTheShippedExampleAsJSONLines() throws {
        let r = try DyadProcess.run(["code", "examples/border-talks.txt", "--date", "2019-05-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["cameo"] is String)
            #expect(object?["doc_id"] as? String == "border-talks")
        }
    }

    @Test func readsJSONLinesFromStandardInput() throws {
        let record = #"{"id":"s1","date":"2020-01-02","text":"Canada sent humanitarian aid to Haiti."}"# + "\n"
        let r = try DyadProcess.run(["code", "-"], stdin: Data(record.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""doc_id":"s1""#))
        #expect(r.stdout.contains(#""date":"2020-01-02""#))
    }

    @Test func malformedJSONLineIsReportedAndOtherDocumentsStillCoded() throws {
        let text = #"{"id":"a","date":"2020-01-02","text":"Canada sent humanitarian aid to Haiti."}"# + "\n"
            + "{not json\n"
            + #"{"id":"b","date":"2020-01-03","text":"Sweden provided economic aid to Ukraine."}"# + "\n"
        let file = try DyadProcess.temporaryFile("docs.jsonl", Data(text.utf8))
        let r = try DyadProcess.run(["code", file.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("docs.jsonl:2"))
        #expect(r.stdout.contains(#""doc_id":"a""#))
        #expect(r.stdout.contains(#""doc_id":"b""#))
    }

    @Test func binaryFileGetsOneClearError() throws {
        let file = try DyadProcess.temporaryFile("blob.txt", Data([0x00, 0xFF, 0xFE, 0x01, 0x02]))
        let r = try DyadProcess.run(["code", file.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("blob.txt"))
        #expect(r.stdout.isEmpty)
    }

    @Test func emptyFileIsAnError() throws {
        let file = try DyadProcess.temporaryFile("empty.txt", Data())
        let r = try DyadProcess.run(["code", file.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("empty.txt"))
    }

    @Test func badDateIsRejected() throws {
        let r = try DyadProcess.run(["code", "examples/border-talks.txt", "--date", "yesterday"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("YYYY-MM-DD"))
    }

    @Test func csvHasHeaderAndOneRowPerEvent() throws {
        let json = try DyadProcess.run(["code", "examples/border-talks.txt", "--date", "2019-05-15"])
        let csv = try DyadProcess.run(["code", "examples/border-talks.txt", "--date", "2019-05-15", "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("id,doc_id,") == true)
        #expect(rows.count == json.stdout.split(separator: "\n").count + 1)
    }

    @Test func explainNamesTheDictionaryLine() throws {
        let r = try DyadProcess.run(["code", "examples/border-talks.txt", "--date", "2019-05-15", "--explain"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("tokens"))
        #expect(r.stdout.contains(".verbs.txt:"))
    }

    @Test func idsAreDeterministic() throws {
        let a = try DyadProcess.run(["code", "examples/border-talks.txt", "--date", "2019-05-15"])
        let b = try DyadProcess.run(["code", "examples/border-talks.txt", "--date", "2019-05-15"])
        #expect(a.stdout == b.stdout)
    }

    @Test func unknownInputFormatIsRejected() throws {
        let r = try DyadProcess.run(["code", "examples/border-talks.txt", "--input-format", "pdf"])
        #expect(r.status != 0)
    }
}

@Suite struct DictCommandTests {
    @Test func bundledDictionariesPassTheCheck() throws {
        let r = try DyadProcess.run(["dict", "check"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 errors"))
    }

    @Test func brokenDictionaryFailsWithFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("051: praise\n999: nonsense\n".utf8).write(to: dir.appendingPathComponent("x.verbs.txt"))
        let r = try DyadProcess.run(["dict", "check", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("x.verbs.txt:2"))
        #expect(r.stderr.contains("unknown CAMEO code 999"))
    }

    @Test func versionPrintsTheVersion() throws {
        let r = try DyadProcess.run(["version"])
        #expect(r.stdout.hasPrefix("dyad "))
    }
}
