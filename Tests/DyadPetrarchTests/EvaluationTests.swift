import DyadCoder
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation
import Testing
@testable import DyadPetrarch

@Suite struct GoldReaderTests {
    @Test func readsDyadGoldJSONLines() throws {
        let docs = try GoldReader.read("""
        {"id": "g1", "date": "2018-01-03", "text": "China urged North Korea to talk.", "gold": [{"cameo": "026", "source": ["CHN"], "target": ["PRK"]}]}
        {"id": "g2", "text": "It rained.", "gold": []}
        """)
        #expect(docs.map(\.id) == ["g1", "g2"])
        #expect(docs[0].events == [GoldEvent(cameo: "026", sources: ["CHN"], targets: ["PRK"])])
        #expect(docs[0].date == CalendarDate("2018-01-03"))
        #expect(docs[1].events.isEmpty)
    }

    @Test func readsPLOVERRecordsGroupingById() throws {
        let docs = try GoldReader.read("""
        [{"id": "p1", "date": "2020-02-01", "text": "Troops shelled the town.", "event": "assault", "mode": "aerial", "context": "",
          "source": [{"actorText": "Troops", "code": "SYR", "sector": "MIL"}], "target": [{"actorText": "town", "code": "SYR", "sector": "CVL"}]},
         {"id": "p1", "date": "2020-02-01", "text": "Troops shelled the town.", "event": "THREATEN", "source": [], "target": []}]
        """)
        #expect(docs.count == 1)
        #expect(docs[0].events.map(\.plover) == ["ASSAULT", "THREATEN"])
        #expect(docs[0].events[0].sources == ["SYR"])
        #expect(Evaluation.scheme(of: docs) == .plover)
    }

    @Test func malformedLineNamesItsLine() {
        #expect(throws: GoldFormatError.self) { try GoldReader.read("{\"id\": \"a\", \"text\": \"x\"}\nnot json\n") }
    }
}

@Suite struct EvaluationTests {
    static let gold = [
        GoldDocument(id: "a", date: nil, text: "A", events: [GoldEvent(cameo: "190", sources: ["SYRMIL"], targets: ["TUR"])]),
        GoldDocument(id: "b", date: nil, text: "B", events: []),
    ]

    @Test func correctTypeWithWrongTargetScoresTypeButNotDyad() {
        let ev = Evaluation(gold: Self.gold, predicted: ["a": [ScoredEvent(cameo: "193", plover: nil, sourceCountry: "SYR", targetCountry: "IRQ")]])
        #expect(ev.type.f1 == 1)
        #expect(ev.dyad.truePositives == 0)
        #expect(ev.misses.map(\.item) == ["19 SYR TUR"])
        #expect(ev.falsePositives.map(\.item) == ["19 SYR IRQ"])
    }

    @Test func eventInANegativeDocumentIsAFalsePositive() {
        let ev = Evaluation(gold: Self.gold, predicted: ["b": [ScoredEvent(cameo: "010", plover: nil, sourceCountry: "USA", targetCountry: "")]])
        #expect(ev.type.precision == 0)
        #expect(ev.byType["01"]?.predicted == 1)
        #expect(ev.byType["19"]?.gold == 1)
    }
}

/// The gold standard in evaluation/gold, coded by dyad with its bundled dictionaries.
@Suite struct GoldStandardAccuracyTests {
    static let goldFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("evaluation/gold/dyad-gold.jsonl")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: goldFile.path), "evaluation/gold/dyad-gold.jsonl is missing"))
    func dyadGoldF1StaysAboveItsFloor() throws {
        let docs = try GoldReader.read(try String(contentsOf: Self.goldFile, encoding: .utf8))
        #expect(docs.count >= 200)
        let coder = try EventCoder.bundled()
        var predicted: [String: [ScoredEvent]] = [:]
        for d in docs { predicted[d.id] = coder.code(Document(id: d.id, text: d.text, date: d.date)).map(ScoredEvent.init) }
        let ev = Evaluation(gold: docs, predicted: predicted)
        #expect(ev.type.f1 >= 0.78, "type F1 \(ev.type.f1)")
        #expect(ev.dyad.f1 >= 0.62, "dyad F1 \(ev.dyad.f1)")
        #expect(Set(docs.flatMap(\.events).compactMap { $0.cameo?.prefix(2) }).count == 20)
    }
}
