import DyadTestSupport
import Foundation
import Testing

/// Coding with a `--dictionaries` folder that has errors fails unless allowed.
@Suite struct DictionaryErrorExitTests {
    /// A folder with one good and one bad verb line.
    func badFolder() throws -> String {
        try DyadProcess.temporaryFile("x.verbs.txt", Data("051: praise\n999: frobnicate\n".utf8)).deletingLastPathComponent().path
    }

    let record = Data((#"{"id":"a","date":"2019-01-01","text":"Syria praised Iran."}"# + "\n").utf8)

    @Test func codeExitsNonZeroCountingTheErrors() throws {
        let r = try DyadProcess.run(["code", "-", "--dictionaries", try badFolder()], stdin: record)
        #expect(r.status == 1)
        #expect(r.stderr.contains("unknown CAMEO code 999"))
        #expect(r.stderr.contains("1 dictionary error in --dictionaries"))
        #expect(r.stdout.isEmpty)
    }

    @Test func codeWithAllowDictionaryErrorsCodes() throws {
        let r = try DyadProcess.run(["code", "-", "--dictionaries", try badFolder(), "--allow-dictionary-errors"], stdin: record)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("unknown CAMEO code 999"))
        #expect(r.stdout.contains(#""doc_id":"a""#))
    }

    @Test func ingestExitsNonZeroWithoutWriting() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-\(UUID().uuidString).sqlite").path
        let input = try DyadProcess.temporaryFile("a.jsonl", record)
        let r = try DyadProcess.run(["ingest", input.path, "--db", db, "--dictionaries", try badFolder()])
        #expect(r.status == 1)
        #expect(r.stderr.contains("1 dictionary error"))
    }

    @Test func validateExitsNonZero() throws {
        let xml = #"<Sentences><Sentence id="s1" date="20190101"><EventCoding noevents="True"></EventCoding><Text>Nothing.</Text></Sentence></Sentences>"#
        let file = try DyadProcess.temporaryFile("v.xml", Data(xml.utf8))
        let r = try DyadProcess.run(["validate", file.path, "--dictionaries", try badFolder()])
        #expect(r.status == 1)
        #expect(r.stderr.contains("1 dictionary error"))
    }

    @Test func bundledDictionariesAloneCodeWithoutComplaint() throws {
        let r = try DyadProcess.run(["code", "-"], stdin: record)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("dictionary"))
    }
}
