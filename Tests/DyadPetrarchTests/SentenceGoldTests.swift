import DyadCoder
import DyadLexicon
import DyadSyntax
import DyadText
import Testing
@testable import DyadPetrarch

@Suite struct SentenceGoldTests {
    /// Two invented sentences; the second starts at character 34.
    static let article = Document(id: "a1", text: "Mordor attacked Gondor on Monday. Rohan praised Gondor.", date: CalendarDate("2020-01-06"))
    static let gold = """
    {"doc": "a1", "n": 0, "span": [0, 33], "split": "dev", "gold": [{"cameo": "190", "source": ["MOR"], "target": ["GON"]}]}
    {"doc": "a1", "n": 1, "span": [34, 55], "split": "test", "gold": []}
    """

    static func event(cameo: String, verbAt start: Int, flags: [String] = []) -> Event {
        Event(id: "e\(start)", docID: "a1", sentenceIndex: 0, sentence: "", date: nil, dateBasis: .document,
              source: EventActor(text: "Mordor", code: "MOR", country: "MOR", sector: "", span: [0, 6]),
              target: EventActor(text: "Gondor", code: "GON", country: "GON", sector: "", span: [16, 22]),
              cameo: cameo, plover: nil, ploverMode: nil, goldstein: 0, quadClass: 4,
              verb: EventVerb(text: "v", lemma: "v", span: [start, start + 1]),
              attribution: nil, negated: false, flags: flags, rule: "test")
    }

    @Test func sentencesTakeTheirTextFromTheCorpusArticle() throws {
        let g = try SentenceGold(Self.gold, file: "gold", corpus: [Self.article])
        #expect(g.goldDocuments.map(\.id) == ["a1#0", "a1#1"])
        #expect(g.goldDocuments[1].text == "Rohan praised Gondor.")
        #expect(g.goldDocuments[0].date == CalendarDate("2020-01-06"))
    }

    @Test func eventsAreScoredInTheSentenceHoldingTheirVerb() throws {
        let g = try SentenceGold(Self.gold, file: "gold", corpus: [Self.article])
        let scored = g.scoredEvents([Self.event(cameo: "190", verbAt: 7), Self.event(cameo: "051", verbAt: 40)])
        #expect(scored["a1#0"]?.map(\.cameo) == ["190"])
        #expect(scored["a1#1"]?.map(\.cameo) == ["051"])
    }

    @Test func headlineEventsAreNotScored() throws {
        let g = try SentenceGold(Self.gold, file: "gold", corpus: [Self.article])
        #expect(g.scoredEvents([Self.event(cameo: "190", verbAt: 7, flags: ["title"])]).isEmpty)
    }

    @Test func aSplitKeepsOnlyItsSentences() throws {
        let g = try SentenceGold(Self.gold, file: "gold", corpus: [Self.article], split: "test")
        #expect(g.goldDocuments.map(\.id) == ["a1#1"])
    }

    @Test func anArticleMissingFromTheCorpusNamesTheLineAndTheFix() {
        #expect {
            try SentenceGold(Self.gold, file: "gold.jsonl", corpus: [])
        } throws: { error in
            let message = (error as? GoldFormatError)?.description ?? ""
            return message.hasPrefix("gold.jsonl:1:") && message.contains("--corpus")
        }
    }

    @Test func aSpanPastTheArticleEndIsAnError() {
        let bad = #"{"doc": "a1", "n": 0, "span": [0, 999], "gold": []}"#
        #expect(throws: GoldFormatError.self) { try SentenceGold(bad, file: "gold", corpus: [Self.article]) }
    }

    @Test func sentenceGoldIsToldApartFromTextGold() {
        #expect(SentenceGold.isSentenceGold(Self.gold))
        #expect(!SentenceGold.isSentenceGold(#"{"id": "g1", "text": "x", "gold": []}"#))
    }

    @Test func aBareSectorCodeScoresAsNoCountry() {
        #expect(Evaluation.country("REB") == "")
        #expect(Evaluation.country("IRQMIL") == "IRQ")
        #expect(Evaluation.country("IGOUNO") == "IGO")
    }
}
