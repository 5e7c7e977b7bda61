@testable import DyadStore
import DyadText
import Testing

@Suite struct EventGainTests {
    @Test func outletIDsKeepEachIDOnceBeyondTheInlineFour() {
        var ids = OutletIDs()
        for id: UInt32 in [3, 1, 3, 4, 2, 6, 1, 5, 6] { ids.insert(id) }
        #expect(ids.count == 6)
        #expect(Array(ids) == [3, 1, 4, 2, 6, 5])
    }

    @Test func aGainCountsArticlesByDocumentAndKeepsTheEarliestDate() {
        var gain = EventGain(id: 7, document: 0, event: 0, bucket: nil)
        gain.add(date: CalendarDate("2019-02-12"), sentence: 3, document: 0, outlet: 1, urlRank: .max)
        gain.add(date: CalendarDate("2019-02-11"), sentence: 1, document: 0, outlet: 1, urlRank: .max)
        gain.add(date: CalendarDate("2019-02-13"), sentence: 2, document: 2, outlet: 2, urlRank: .max)
        #expect(gain.mentions == 3)
        #expect(gain.articles == 2)
        #expect(Array(gain.outlets) == [1, 2])
        #expect(gain.date == CalendarDate("2019-02-11"))
        #expect(gain.firstSentence == 1)
    }

    @Test func urlRanksOrderTheBatchURLsAndLeaveDocumentsWithoutOneLast() {
        let docs = ["https://b", nil, "https://a", "https://b"].enumerated().map { k, url in
            CodedDocument(document: Document(id: "d\(k)", text: "", url: url), contentHash: "", dictionaryVersion: "",
                          sentenceCount: 0, events: [])
        }
        let ranks = docs.withUnsafeBufferPointer(URLRanks.init)
        #expect((0..<4).map { ranks[$0] } == [1, .max, 0, 1])
        var gain = EventGain(id: 7, document: 0, event: 0, bucket: nil)
        for k in [0, 1, 3] { gain.add(date: nil, sentence: 0, document: k, outlet: 0, urlRank: ranks[k]) }
        #expect(docs.withUnsafeBufferPointer { gain.url(in: $0) } == "https://b")
        gain.add(date: nil, sentence: 0, document: 2, outlet: 0, urlRank: ranks[2])
        #expect(docs.withUnsafeBufferPointer { gain.url(in: $0) } == "https://a")
    }
}
