import DyadCoder
import DyadStore
import DyadTestSupport
import DyadText
import Foundation
import Testing

@Suite struct QueryTests {
    static let store: SQLiteEventStore = {
        let s = try! StoreTestSupport.temporaryStore()
        try! StoreTestSupport.ingest(StoreTestSupport.documents(StoreTestSupport.corpusPath), into: s)
        return s
    }()

    @Test func eventsFilterByDyadDateAndCode() throws {
        let q = EventQuery(actor: "PRK", with: "SYR", since: CalendarDate("2019-02-01"), until: CalendarDate("2019-05-31"), cameo: "07")
        let events = try Self.store.events(q)
        #expect(events.map(\.date) == ["2019-02-05", "2019-03-13", "2019-04-25", "2019-05-28"])
        #expect(events.allSatisfy { $0.sourceCountry == "PRK" && $0.cameo.hasPrefix("07") })
    }

    @Test func eventsFilterByPloverTypeAndOutlet() throws {
        let assaults = try Self.store.events(EventQuery(plover: "ASSAULT", outlet: "Eastern Ledger"))
        #expect(assaults.map(\.date) == ["2019-01-05", "2019-02-11", "2019-03-01", "2019-05-30"])
        #expect(try Self.store.events(EventQuery(actor: "IRN", limit: 3)).count == 3)
    }

    @Test func showReturnsEveryMentionWithItsEvidence() throws {
        let e = try #require(try Self.store.events(EventQuery(actor: "ISRMIL", since: CalendarDate("2019-02-11"), until: CalendarDate("2019-02-11"))).first)
        let shown = try #require(try Self.store.event(id: e.id))
        #expect(shown.mentions.count == 3)
        #expect(Set(shown.mentions.compactMap(\.outlet)) == ["Levant Wire", "Gulf Courier", "Eastern Ledger"])
        #expect(shown.mentions.allSatisfy { $0.rule.contains("18-assault.verbs.txt") || $0.rule.contains(".verbs.txt") })
    }

    @Test func actorsAreRankedByEvents() throws {
        let top = try Self.store.actors(top: 3)
        #expect(top.count == 3)
        #expect(top.first?.code == "SYR")
        #expect(zip(top, top.dropFirst()).allSatisfy { $0.events >= $1.events })
    }

    @Test func networkWeightsEdgesByEvents() throws {
        let edges = try Self.store.network(EventQuery(actor: "PRK"))
        let toSyria = try #require(edges.first { $0.source == "PRK" && $0.target == "SYR" })
        // praise (Jan), weapons (Feb, 2 reports), economic aid, military aid, weapons (May), praise (Jun, 2 reports)
        #expect(toSyria.events == 6)
        #expect(toSyria.mentions == 8)
    }

    @Test func gdeltExportHas61ColumnsWithCountsInPlace() throws {
        let e = try #require(try Self.store.events(EventQuery(actor: "ISRMIL", since: CalendarDate("2019-02-11"), until: CalendarDate("2019-02-11"))).first)
        let cols = GDELTWriter().line(for: e).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(cols.count == 61 && GDELTWriter.columns.count == 61)
        let field = Dictionary(uniqueKeysWithValues: zip(GDELTWriter.columns, cols))
        #expect(field["SQLDATE"] == "20190211" && field["MonthYear"] == "201902" && field["Year"] == "2019")
        #expect(field["Actor1Code"] == "ISRMIL" && field["Actor1CountryCode"] == "ISR" && field["Actor1Type1Code"] == "MIL")
        #expect(field["EventCode"] == "195" && field["EventBaseCode"] == "195" && field["EventRootCode"] == "19")
        #expect(field["QuadClass"] == "4" && field["GoldsteinScale"] == "-10.0")
        #expect(field["NumMentions"] == "3" && field["NumSources"] == "3" && field["NumArticles"] == "3")
        #expect(field["IsRootEvent"] == "1" && field["AvgTone"] == "")
        #expect(field["GLOBALEVENTID"].flatMap { Int64($0) } != nil)
    }

    @Test func gdeltNumericIDLeadsBackToTheEvent() throws {
        let e = try #require(try Self.store.events(EventQuery()).first)
        let numeric = try #require(EventKey.numericID(e.id))
        #expect(EventKey.ids(forNumeric: numeric).contains(e.id))
        #expect(EventKey.numericID("8000000000000001") == "1")
        #expect(EventKey.ids(forNumeric: "1") == ["0000000000000001", "8000000000000001"])
    }

    @Test func ploverExportIsOneJSONRecordPerEvent() throws {
        let e = try #require(try Self.store.events(EventQuery(actor: "PRK", cameo: "072")).first)
        let line = PLOVERWriter().line(for: e, mode: nil)
        let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(json?["event_type"] as? String == "AID")
        #expect((json?["source"] as? [String: Any])?["code"] as? String == "PRK")
        #expect(json?["num_sources"] as? Int == 2)
    }

    @Test func recodeReplacesCodingsMadeWithOtherDictionaries() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try DyadProcess.run(["ingest", StoreTestSupport.examplePath, "--db", db, "--quiet"]).status == 0)
        let before = try StoreTestSupport.fingerprint(SQLiteEventStore(path: db))
        let same = try DyadProcess.run(["recode", "--db", db])
        #expect(same.stdout.hasPrefix("nothing to re-code: the 1 stored document is coded with the current dictionaries"))
        let all = try DyadProcess.run(["recode", "--db", db, "--all"])
        #expect(all.stdout.hasPrefix("1 document coded"))
        let after = try StoreTestSupport.fingerprint(SQLiteEventStore(path: db))
        #expect(before.events == after.events && before.mentions == after.mentions)
    }

    @Test func exportCommandWritesEveryFormat() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try DyadProcess.run(["ingest", StoreTestSupport.examplePath, "--db", db, "--quiet"]).status == 0)
        let count = try SQLiteEventStore(path: db).counts().events
        for format in ["gdelt", "plover", "jsonl"] {
            let r = try DyadProcess.run(["export", "--db", db, "--format", format])
            #expect(r.status == 0)
            #expect(r.stdout.split(separator: "\n").count == count, "\(format)")
        }
        let csv = try DyadProcess.run(["export", "--db", db, "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n").count == count + 1)
        let id = try #require(try SQLiteEventStore(path: db).events(EventQuery(actor: "SYRGOV")).first?.id)
        let show = try DyadProcess.run(["show", id, "--db", db])
        #expect(show.stdout.contains("rule: ") && show.stdout.contains("according to:"))
    }
}
