import DyadCoder
import DyadText
import Testing

/// A name no dictionary lists, acted on, is a target of the source's country.
/// Sentences and names invented for the tests.
@Suite struct NamedTargetTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2013-02-01") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events, bases: true) }

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
