import DyadTestSupport
import Foundation
import Testing

/// What a first-time user meets in the store commands: clear messages, words for headers, plurals that agree.
@Suite struct StoreCommandTests {
    /// A store of two short articles, a strike reported by "Levant Wire" and a denied sale, made once
    /// and only read by the tests (each `dyad` process costs a second of dictionary loading).
    static let shared: String = try! store()

    static func store() throws -> String {
        let docs = [
            #"{"id":"a","date":"2019-02-11","outlet":"Levant Wire","text":"Israeli warplanes bombed Syrian army positions near Damascus."}"#,
            #"{"id":"b","date":"2019-05-20","outlet":"Gulf Courier","text":"North Korea denied that it had sold weapons to Syria."}"#,
        ].joined(separator: "\n") + "\n"
        let file = try DyadProcess.temporaryFile("docs.jsonl", Data(docs.utf8))
        let db = file.deletingLastPathComponent().appendingPathComponent("store.sqlite").path
        let r = try DyadProcess.run(["ingest", file.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    @Test func ingestOfAMissingPathCreatesNoStore() throws {
        let dir = try DyadProcess.temporaryFile("x", Data()).deletingLastPathComponent()
        let db = dir.appendingPathComponent("new.sqlite").path
        let r = try DyadProcess.run(["ingest", dir.appendingPathComponent("no-such-folder").path, "--db", db])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no-such-folder: no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func ingestSummaryAgreesInNumber() throws {
        let file = try DyadProcess.temporaryFile("one.jsonl", Data(#"{"id":"a","date":"2019-02-11","text":"Syria thanked Iran."}"#.utf8 + [0x0A]))
        let db = file.deletingLastPathComponent().appendingPathComponent("s.sqlite").path
        let r = try DyadProcess.run(["ingest", file.path, "--db", db])
        #expect(r.stdout.hasPrefix("1 document coded, 1 sentence, 1 event, 0 skipped (already stored), 0 errors"), "\(r.stdout)")
    }

    @Test func eventsTableHeadersAreWords() throws {
        let r = try DyadProcess.run(["events", "--db", Self.shared, "--format", "table"])
        let header = try #require(r.stdout.split(separator: "\n").first)
        for word in ["MENTIONS", "ARTICLES", "SOURCES", "GOLDSTEIN"] { #expect(header.contains(word)) }
    }

    @Test func outletMatchesInAnyLetterCase() throws {
        let r = try DyadProcess.run(["events", "--db", Self.shared, "--outlet", "levant wire", "--format", "csv"])
        #expect(r.stdout.split(separator: "\n").count == 2, "\(r.stdout)")  // header and the strike
    }

    @Test func timelineOfAnUnknownActorSaysSoAndFails() throws {
        let r = try DyadProcess.run(["timeline", "ISR", "XYZ", "--db", Self.shared])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no actor 'XYZ'"))
    }

    @Test func recodeWithNothingToDoSaysHowManyAreCurrent() throws {
        let r = try DyadProcess.run(["recode", "--db", Self.shared])
        #expect(r.status == 0)
        #expect(r.stdout.contains("all 2 stored documents are coded with the current dictionaries"), "\(r.stdout)")
    }

    @Test func showAcceptsAUniqueIDPrefixAndAgreesInNumber() throws {
        let db = Self.shared
        let csv = try DyadProcess.run(["events", "--db", db, "--format", "csv"]).stdout.split(separator: "\n")
        let id = try #require(csv.dropFirst().first?.split(separator: ",").first.map(String.init))
        let r = try DyadProcess.run(["show", String(id.prefix(8)), "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("event \(id)"))
        #expect(r.stdout.contains("1 mention in 1 article from 1 outlet"))
    }

    @Test func deniedEventsAreLeftOutUnlessAskedFor() throws {
        let db = Self.shared
        let counted = try DyadProcess.run(["network", "--db", db, "--actor", "PRK"])
        #expect(counted.stdout.split(separator: "\n").count == 1, "only the header: \(counted.stdout)")
        let denied = try DyadProcess.run(["events", "--db", db, "--flags", "denied", "--format", "jsonl"])
        #expect(denied.stdout.contains(#""flags":["denied"]"#))
        let bad = try DyadProcess.run(["actors", "--db", db, "--exclude-flags", "deniedd"])
        #expect(bad.status != 0 && bad.stderr.contains("unknown flag"))
    }
}
