import DyadCoder
import DyadText
import Testing

@testable import DyadStore

@Suite struct EventKeyTests {
    static func event(date: String?) -> Event {
        var e = EvidenceRecordTests.full
        e.date = date.flatMap { CalendarDate($0) }
        return e
    }

    /// The ids the store's writer gives a document's events (it hashes their fields in place).
    static func writerIDs(_ e: Event, windowDays: Int) -> [String] {
        let doc = CodedDocument(document: Document(id: e.docID, text: e.sentence), contentHash: "h", dictionaryVersion: "v",
                                sentenceCount: 1, events: [e])
        return SQLiteBatchWriter.mentions(of: doc, windowDays: windowDays).map { EventKey.id(rowKey: $0.event) }
    }

    @Test func theWriterGivesEveryEventItsKeysId() {
        for (date, window) in [("2018-02-23", 1), ("2018-02-23", 7), ("1969-12-25", 1), ("1969-12-25", 30), (nil, 1)] {
            let e = Self.event(date: date)
            #expect(Self.writerIDs(e, windowDays: window) == [EventKey(e, windowDays: window).id], "\(date ?? "undated")")
        }
    }

    @Test func idsAreStableAcrossVersions() {
        // Ids are stored and cited, so they must never change: these are FNV-1a of
        // "event", source, target, CAMEO code and bucket (or "undated"), each followed by 0x1F,
        // computed apart from dyad.
        let cases: [(String?, String)] = [("2018-02-23", "5cced54bf20c9cbb"), ("1969-12-25", "d8105afec5baf26b"), (nil, "6a6402d77d95bc74")]
        for (date, id) in cases {
            #expect(EventKey(Self.event(date: date), windowDays: 1).id == id, "\(date ?? "undated")")
            #expect(Self.writerIDs(Self.event(date: date), windowDays: 1) == [id], "\(date ?? "undated")")
        }
    }

    @Test func rowKeysAreTheIdsBitsAndLeadBackToTheId() {
        #expect(EventKey.rowKey("0000000000000001") == 1)
        #expect(EventKey.rowKey("ffffffffffffffff") == -1)
        #expect(EventKey.rowKey("8000000000000000") == Int64.min)
        for id in ["5cced54bf20c9cbb", "d8105afec5baf26b", "0000000000000000", "7fffffffffffffff"] {
            #expect(EventKey.rowKey(id).map(EventKey.id(rowKey:)) == id)
        }
        #expect(EventKey.rowKey("5CCED54BF20C9CBB") == EventKey.rowKey("5cced54bf20c9cbb"))
    }

    @Test func onlyHexDigitsHaveARowKey() {
        for bad in ["", "xyz", "+1", "-1", "5cced54bf20c9cbb0", " 5cced54bf20c9cbb", "12345678901234567890"] {
            #expect(EventKey.rowKey(bad) == nil, "\(bad)")
        }
    }
}
