import DyadStore
import DyadText
import Foundation
import Testing

@Suite struct AggregationTests {
    let strike = "Israeli warplanes bombed Syrian army positions near Damascus."

    @Test func threeArticlesReportingOneStrikeAreOneEventWithThreeMentions() throws {
        let store = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([
            StoreTestSupport.article("a", "2019-02-11", "Levant Wire", strike),
            StoreTestSupport.article("b", "2019-02-11", "Gulf Courier", strike),
            StoreTestSupport.article("c", "2019-02-11", "Gulf Courier", strike + " " + strike),
        ], into: store)
        let events = try store.events(EventQuery())
        #expect(events.count == 1)
        let e = try #require(events.first)
        #expect(e.sourceCode == "ISRMIL" && e.targetCode == "SYRMIL" && e.cameo == "195")
        #expect(e.numMentions == 4)  // article c reports it twice
        #expect(e.numArticles == 3)
        #expect(e.numSources == 2)
        #expect(e.date == "2019-02-11")
        let shown = try #require(try store.event(id: e.id))
        #expect(Set(shown.mentions.map(\.docID)) == ["a", "b", "c"])
    }

    @Test func anEventKeepsTheSmallestURLOfTheArticlesReportingIt() throws {
        let store = try StoreTestSupport.temporaryStore()
        func report(_ id: String, _ url: String?) -> Document {
            Document(id: id, text: strike, date: CalendarDate("2019-02-11"), outlet: "Levant Wire", url: url)
        }
        // One batch: the smallest of its URLs, whatever the order; an article without one is passed over.
        try StoreTestSupport.ingest([report("a", "https://example.org/b"), report("b", nil),
                                     report("c", "https://example.org/a")], into: store)
        #expect(try store.events(EventQuery()).map(\.url) == ["https://example.org/a"])
        // A later batch adds to the stored event: a larger URL leaves it, a smaller one replaces it.
        try StoreTestSupport.ingest([report("d", "https://example.org/c")], into: store)
        #expect(try store.events(EventQuery()).map(\.url) == ["https://example.org/a"])
        try StoreTestSupport.ingest([report("e", "https://example.org/0")], into: store)
        #expect(try store.events(EventQuery()).map(\.url) == ["https://example.org/0"])
        #expect(try store.aggregateDiscrepancies() == [])
    }

    @Test func reportsOnDifferentDaysAreDifferentEvents() throws {
        let store = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([
            StoreTestSupport.article("a", "2019-02-11", "Levant Wire", strike),
            StoreTestSupport.article("b", "2019-02-12", "Levant Wire", strike),
        ], into: store)
        #expect(try store.events(EventQuery()).count == 2)
    }

    @Test func aWiderWindowJoinsReportsInTheSameBlock() throws {
        let store = try StoreTestSupport.temporaryStore(windowDays: 7)
        // Day numbers 17938 and 17939 (2019-02-11, -12) are in the same 7-day block.
        try StoreTestSupport.ingest([
            StoreTestSupport.article("a", "2019-02-11", "Levant Wire", strike),
            StoreTestSupport.article("b", "2019-02-12", "Gulf Courier", strike),
        ], into: store)
        let events = try store.events(EventQuery())
        #expect(events.count == 1)
        #expect(events.first?.numArticles == 2)
        #expect(events.first?.date == "2019-02-11")
    }

    @Test func eventIDsAndCountsDoNotDependOnOrderBatchesOrThreads() throws {
        let docs = StoreTestSupport.documents(StoreTestSupport.corpusPath)
        let a = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest(docs, into: a, batchSize: 64, jobs: 1)
        let b = try StoreTestSupport.temporaryStore()
        var reversed = Array(docs.reversed())
        reversed.swapAt(0, 20)
        try StoreTestSupport.ingest(reversed, into: b, batchSize: 5, jobs: 4)
        let (fa, fb) = (try StoreTestSupport.fingerprint(a), try StoreTestSupport.fingerprint(b))
        #expect(fa.events == fb.events)
        #expect(fa.mentions == fb.mentions)
        // 54 codings in 53 articles; nine same-day repeat reports merge into earlier events
        #expect(fa.events.count == 45)
    }

    @Test func changedDocumentReplacesItsMentionsAndRecountsEvents() throws {
        let store = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([
            StoreTestSupport.article("a", "2019-02-11", "Levant Wire", strike),
            StoreTestSupport.article("b", "2019-02-11", "Gulf Courier", strike),
        ], into: store)
        try StoreTestSupport.ingest([StoreTestSupport.article("b", "2019-02-11", "Gulf Courier", "Syria condemned Israel.")], into: store)
        let events = try store.events(EventQuery()).sorted { $0.cameo < $1.cameo }
        #expect(events.map(\.cameo) == ["111", "195"])
        #expect(events.last?.numArticles == 1)
        #expect(try store.counts() == StoreCounts(documents: 2, mentions: 2, events: 2))
    }

    @Test func perSentenceCodingsStayQueryable() throws {
        let store = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([
            StoreTestSupport.article("a", "2019-02-11", "Levant Wire", strike),
            StoreTestSupport.article("b", "2019-02-11", "Gulf Courier", strike),
        ], into: store)
        let mentions = try store.mentions(EventQuery(outlet: "Gulf Courier"))
        #expect(mentions.map(\.docID) == ["b"])
        #expect(mentions.first?.sentence == strike)
        #expect(mentions.first?.rule.contains(".verbs.txt:") == true)
    }
}

@Suite struct IncrementalAggregationTests {
    let strike = "Israeli warplanes bombed Syrian army positions near Damascus."

    @Test func countsKeptInStepWithBatchesEqualAFullRecount() throws {
        let store = try StoreTestSupport.temporaryStore()
        let docs = StoreTestSupport.documents(StoreTestSupport.corpusPath)
        // Small batches, so that reports of one event arrive in different transactions.
        try StoreTestSupport.ingest(docs, into: store, batchSize: 3)
        #expect(try store.aggregateDiscrepancies() == [])
    }

    @Test func countsStayExactWhenDocumentsAreReplacedAndAdded() throws {
        let store = try StoreTestSupport.temporaryStore(windowDays: 7)
        let docs = StoreTestSupport.documents(StoreTestSupport.corpusPath)
        try StoreTestSupport.ingest(Array(docs.prefix(30)), into: store, batchSize: 4)
        // Re-coded documents (changed outlets and text) mixed with new ones in the same batches.
        var changed = docs.prefix(12).map { d -> Document in
            var d = d
            d.outlet = "Changed Outlet"
            d.text += " Iran criticized the United States."
            return d
        }
        changed += docs.dropFirst(30)
        try StoreTestSupport.ingest(changed, into: store, batchSize: 5)
        #expect(try store.aggregateDiscrepancies() == [])
        #expect(try store.counts().documents == docs.count)
    }

    @Test func sourcesStayDistinctAcrossBatchesAndMoreThanThreeOutlets() throws {
        let outlets = ["Levant Wire", "Gulf Courier", "Harbor Times", "Pacific Report", "Levant Wire", "Morning Review",
                       "Gulf Courier"]
        let store = try StoreTestSupport.temporaryStore()
        let docs = outlets.enumerated().map { StoreTestSupport.article("d\($0.offset)", "2019-02-11", $0.element, strike) }
        try StoreTestSupport.ingest(docs, into: store, batchSize: 1, jobs: 1)
        let e = try #require(try store.events(EventQuery()).first)
        #expect(e.numMentions == 7)
        #expect(e.numSources == 5)
    }

    @Test func twoStoresWritingOneFileKeepSourcesExact() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("shared.sqlite").path
        let first = try SQLiteEventStore(path: path), second = try SQLiteEventStore(path: path)
        // Each store object remembers the outlets it wrote; the other's writes must not be missed.
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-02-11", "Levant Wire", strike)], into: first)
        try StoreTestSupport.ingest([StoreTestSupport.article("b", "2019-02-11", "Gulf Courier", strike)], into: second)
        try StoreTestSupport.ingest([StoreTestSupport.article("c", "2019-02-11", "Gulf Courier", strike)], into: first)
        let e = try #require(try first.events(EventQuery()).first)
        #expect(e.numArticles == 3)
        #expect(e.numSources == 2)
    }

    @Test func anEventRepeatedInOneDocumentIsStoredAndCountedOnce() throws {
        let store = try StoreTestSupport.temporaryStore()
        let doc = StoreTestSupport.article("r", "2019-02-11", "Levant Wire", "Israeli warplanes bombed Syrian army positions.")
        let events = StoreTestSupport.coder.code(doc)
        try #require(events.count == 1)
        try store.store([CodedDocument(document: doc, contentHash: "h", dictionaryVersion: "v", sentenceCount: 1,
                                       events: events + events)])
        #expect(try store.events(EventQuery()).map(\.numMentions) == [1])
        #expect(try store.counts().mentions == 1)
        #expect(try store.aggregateDiscrepancies() == [])
    }

    @Test func aWiderWindowTakesTheEarliestDateOfItsMentions() throws {
        let store = try StoreTestSupport.temporaryStore(windowDays: 30)
        let strike = "Israeli warplanes bombed Syrian army positions near Damascus."
        // 2019-02-11 and 2019-02-09 fall in the same 30-day block; the later report arrives first.
        try StoreTestSupport.ingest([StoreTestSupport.article("late", "2019-02-11", "Levant Wire", strike)], into: store)
        try StoreTestSupport.ingest([StoreTestSupport.article("early", "2019-02-09", "Gulf Courier", strike)], into: store)
        let events = try store.events(EventQuery())
        #expect(events.map(\.date) == ["2019-02-09"])
        #expect(events.map(\.numSources) == [2])
        #expect(try store.aggregateDiscrepancies() == [])
    }
}

@Suite struct StoredMentionTests {
    @Test func mentionsReadBackEqualToTheCoderOutput() throws {
        let store = try StoreTestSupport.temporaryStore()
        let docs = Array(StoreTestSupport.documents(StoreTestSupport.examplePath)) + [
            Document(id: "u", text: "Syria accused Israel of shelling Quneitra.", date: CalendarDate("2019-03-02"),
                     outlet: "Levant Wire", url: "https://example.org/u"),
        ]
        try StoreTestSupport.ingest(docs, into: store)
        let coded = docs.flatMap { StoreTestSupport.coder.code($0) }
        #expect(!coded.isEmpty)
        // Every coding, the self-directed one ("Israel … shelling Quneitra") included.
        let stored = try store.mentions(EventQuery(flags: .none))
        #expect(Set(stored) == Set(coded))
        #expect(stored.count == coded.count)
    }
}
