import DyadCoder
import DyadText
import Testing

/// A name no dictionary lists, acted on, is a target of the source's country.
/// Sentences and names invented for the tests.
@Suite struct NamedTargetTests {
    static let coder = Result { try EventCoder.bundled() }

    func code(_ text: String) throws -> [Event] {
        try Self.coder.get().code(Document(id: "t", text: text, date: CalendarDate("2013-02-01")))
    }

    func summary(_ events: [Event]) -> [String] {
        events.map { "\($0.source.code) \($0.cameo) \($0.target?.code ?? "-")/\($0.target?.basis ?? "-")" }
    }

    @Test func anUnlistedNameActedOnTakesTheSourcesCountry() throws {
        let e = try code("Kenya's president praised Joseph Mwangi Otieno.")
        #expect(e.contains { $0.source.code == "KENGOV" && $0.target?.code == "KEN" && $0.target?.basis == "source"
            && $0.target?.text == "Joseph Mwangi Otieno" }, "\(summary(e))")
    }

    @Test func aNameAfterAPlacePrepositionIsNoTarget() throws {
        let e = try code("Kenya's president praised the reforms at Kilgoris Primary School.")
        #expect(!e.contains { $0.target?.basis == "source" }, "\(summary(e))")
    }

    @Test func aDateIsNoTarget() throws {
        let e = try code("Kenya's president praised the reforms on Monday, February 4.")
        #expect(!e.contains { $0.target?.basis == "source" }, "\(summary(e))")
    }
}
