import DyadCoder
import DyadText
import Testing

/// Sentences we wrote ourselves, two or more per CAMEO root, each with the
/// event a careful human coder would record. The coder must find an event
/// with that source, root and target in each.
struct GoldenSentence: CustomTestStringConvertible, Sendable {
    var text: String
    var source: String
    var root: String
    var target: String?
    var testDescription: String { "\(root): \(text)" }
}

let goldenSentences: [GoldenSentence] = [
    // 01 Make public statement
    .init(text: "The Indian government expressed optimism about the trade talks with Pakistan.", source: "INDGOV", root: "01", target: "PAK"),
    .init(text: "France acknowledged responsibility for the failed raid.", source: "FRA", root: "01", target: nil),
    // 02 Appeal
    .init(text: "Egypt appealed to Ethiopia for talks on the dam.", source: "EGY", root: "02", target: "ETH"),
    .init(text: "The Afghan government urged Pakistan to close the border.", source: "AFGGOV", root: "02", target: "PAK"),
    // 03 Express intent to cooperate
    .init(text: "Japan promised economic aid to the Philippines.", source: "JPN", root: "03", target: "PHL"),
    .init(text: "Brazil pledged support to Argentina.", source: "BRA", root: "03", target: "ARG"),
    // 04 Consult
    .init(text: "The German chancellor met the Polish president in Warsaw.", source: "DEUGOV", root: "04", target: "POLGOV"),
    .init(text: "Kenya held talks with Somalia on Tuesday.", source: "KEN", root: "04", target: "SOM"),
    // 05 Diplomatic cooperation
    .init(text: "Norway praised Colombia for the peace agreement.", source: "NOR", root: "05", target: "COL"),
    .init(text: "Vietnam signed an agreement with Laos.", source: "VNM", root: "05", target: "LAO"),
    // 06 Material cooperation
    .init(text: "Chile expanded economic cooperation with Peru.", source: "CHL", root: "06", target: "PER"),
    .init(text: "Belgium shared intelligence with the Netherlands.", source: "BEL", root: "06", target: "NLD"),
    // 07 Provide aid
    .init(text: "Canada sent humanitarian aid to Haiti.", source: "CAN", root: "07", target: "HTI"),
    .init(text: "Sweden provided economic aid to Ukraine.", source: "SWE", root: "07", target: "UKR"),
    // 08 Yield
    .init(text: "Sudan released prisoners to South Sudan.", source: "SDN", root: "08", target: "SSD"),
    .init(text: "Armenia withdrew troops from Azerbaijan.", source: "ARM", root: "08", target: "AZE"),
    // 09 Investigate
    .init(text: "Spain investigated Morocco over the border incident.", source: "ESP", root: "09", target: "MAR"),
    .init(text: "Mexican police investigated Guatemalan officials.", source: "MEXCOP", root: "09", target: "GTMGOV"),
    // 10 Demand
    .init(text: "Greece demanded that Turkey withdraw its ships.", source: "GRC", root: "10", target: "TUR"),
    .init(text: "Lithuania demanded compensation from Belarus.", source: "LTU", root: "10", target: "BLR"),
    // 11 Disapprove
    .init(text: "China criticized Australia over its new law.", source: "CHN", root: "11", target: "AUS"),
    .init(text: "Iran accused Saudi Arabia of funding militants.", source: "IRN", root: "11", target: "SAU"),
    // 12 Reject
    .init(text: "Venezuela rejected the proposal from Colombia.", source: "VEN", root: "12", target: "COL"),
    .init(text: "Serbia refused to recognize Kosovo.", source: "SRB", root: "12", target: "XKX"),
    // 13 Threaten
    .init(text: "North Korea threatened South Korea with military action.", source: "PRK", root: "13", target: "KOR"),
    .init(text: "Russia threatened Finland with economic sanctions.", source: "RUS", root: "13", target: "FIN"),
    // 14 Protest
    .init(text: "Thai protesters demonstrated against the government of Thailand.", source: "THAOPP", root: "14", target: "THAGOV"),
    .init(text: "Nigerian workers went on strike against the government.", source: "NGALAB", root: "14", target: "NGAGOV"),
    // 15 Exhibit force posture
    .init(text: "India mobilized troops along the border with China.", source: "IND", root: "15", target: "CHN"),
    .init(text: "Pakistan deployed troops to the border with India.", source: "PAK", root: "15", target: "IND"),
    // 16 Reduce relations
    .init(text: "Qatar cut diplomatic ties with Bahrain.", source: "QAT", root: "16", target: "BHR"),
    .init(text: "The United States imposed an embargo on Cuba.", source: "USA", root: "16", target: "CUB"),
    // 17 Coerce
    .init(text: "Turkish police arrested Kurdish activists.", source: "TURCOP", root: "17", target: "TUROPP"),
    .init(text: "Russian police detained Ukrainian journalists.", source: "RUSCOP", root: "17", target: "UKRMED"),
    // 18 Assault
    .init(text: "Iraqi militants abducted Turkish citizens.", source: "IRQREB", root: "18", target: "TURCVL"),
    .init(text: "Pakistani militants assassinated an Afghan governor.", source: "PAKREB", root: "18", target: "AFGGOV"),
    // 19 Fight
    .init(text: "Israeli warplanes bombed Syrian army positions.", source: "ISRMIL", root: "19", target: "SYRMIL"),
    .init(text: "Ukrainian forces shelled Russian troops.", source: "UKRMIL", root: "19", target: "RUSMIL"),
    // 20 Mass violence
    .init(text: "Syrian forces used chemical weapons against Syrian rebels.", source: "SYRMIL", root: "20", target: "SYRREB"),
    .init(text: "The Myanmar army massacred Burmese civilians.", source: "MMRMIL", root: "20", target: "MMRCVL"),
]

@Suite struct GoldenSentenceTests {
    static let coder = Result { try EventCoder.bundled() }

    @Test(arguments: goldenSentences)
    func codesTheExpectedEvent(_ g: GoldenSentence) throws {
        let coder = try Self.coder.get()
        let doc = Document(id: "golden", text: g.text, date: CalendarDate("2020-06-15"))
        let events = coder.code(doc)
        let hit = events.contains { e in
            e.source.code == g.source && e.cameo.hasPrefix(g.root) && e.target?.code == g.target
        }
        #expect(hit, "expected \(g.source) \(g.root)x \(g.target ?? "—"); got \(events.map { "\($0.source.code) \($0.cameo) \($0.target?.code ?? "—")" })")
    }

    @Test func everyCameoRootIsCovered() {
        let roots = Set(goldenSentences.map(\.root))
        #expect(roots.count == 20)
    }
}
