import DyadCoder
import DyadStore
import DyadText
import Foundation

/// Fills a store with synthetic per-sentence codings through the normal write
/// path (``EventStore/store(_:)``), without running the coder — to measure
/// queries over a million events in minutes rather than hours.
///
/// Dyads are drawn from 24 countries with a skew: one pair in ten is USA–IRN
/// (either direction), the rest uniform. Dates span 2015–2024, codes 20 CAMEO
/// roots' base codes; ten codings per synthetic document.
struct SyntheticEvents {
    static let countries = ["USA", "IRN", "ISR", "SYR", "PRK", "RUS", "UKR", "CHN", "TUR", "IRQ", "SAU", "EGY",
                            "JOR", "LBN", "GBR", "FRA", "DEU", "JPN", "KOR", "IND", "PAK", "AFG", "YEM", "QAT"]
    static let codes: [(String, Int, Double)] = [
        ("010", 1, 0), ("020", 1, 3), ("036", 1, 4), ("040", 1, 1), ("051", 1, 3.4), ("061", 2, 6.4), ("072", 2, 8.3),
        ("081", 2, 5), ("090", 3, -2), ("100", 3, -5), ("111", 3, -2), ("120", 3, -4), ("130", 3, -4.4), ("140", 3, -6.5),
        ("150", 4, -7.2), ("163", 4, -8), ("173", 4, -5), ("190", 4, -10), ("195", 4, -10), ("200", 4, -10),
    ]

    func fill(_ store: SQLiteEventStore, events n: Int, perDocument: Int = 10, batch: Int = 500) throws {
        var rng = SplitMix(seed: 7)
        var docs: [CodedDocument] = []
        var made = 0
        var docNumber = 0
        while made < n {
            let k = min(perDocument, n - made)
            let id = "s\(docNumber)"
            let day = 16436 + Int(rng.next() % 3650)
            let date = CalendarDate.fromDayNumber(day)
            var events: [Event] = []
            for j in 0..<k {
                var a = Self.countries[Int(rng.next() % 24)], b = Self.countries[Int(rng.next() % 24)]
                if rng.next() % 10 == 0 { (a, b) = rng.next() % 2 == 0 ? ("USA", "IRN") : ("IRN", "USA") }
                if a == b { b = a == "USA" ? "IRN" : "USA" }
                let (cameo, quad, gold) = Self.codes[Int(rng.next() % UInt64(Self.codes.count))]
                let sentence = "\(a) and \(b) event \(j)."
                events.append(Event(id: "\(id)-\(j)", docID: id, sentenceIndex: j, sentence: sentence, date: date,
                                    dateBasis: .document, source: EventActor(text: a, code: a, country: a, sector: "", span: [0, 3]),
                                    target: EventActor(text: b, code: b, country: b, sector: "", span: [8, 11]),
                                    cameo: cameo, plover: nil, ploverMode: nil, goldstein: gold, quadClass: quad,
                                    verb: EventVerb(text: "did", lemma: "do", span: [4, 7]), attribution: nil, negated: false,
                                    flags: [], rule: "synthetic", outlet: "Outlet \(docNumber % 50)"))
            }
            let doc = Document(id: id, text: events.map(\.sentence).joined(separator: " "), date: date, outlet: "Outlet \(docNumber % 50)")
            docs.append(CodedDocument(document: doc, contentHash: id, dictionaryVersion: "synthetic", sentenceCount: k, events: events))
            made += k
            docNumber += 1
            if docs.count == batch { try store.store(docs); docs.removeAll() }
        }
        try store.store(docs)
    }
}
