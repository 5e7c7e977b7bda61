import DyadCoder
import DyadText
import Testing

/// Protests and bombings named by the noun alone: the people of the place
/// demonstrate against their government; unidentified attackers bomb its
/// civilians. Sentences invented for the tests.
@Suite struct UnattributedEventTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2019-11-01") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events, bases: true) }

    @Test func protestsInACapitalAreItsPeopleAgainstItsGovernment() throws {
        let e = try code("Anti-government protests continued in Nairobi on Sunday.")
        #expect(summary(e) == ["KENOPP/sentence 141 KENGOV/sentence"], "\(summary(e))")
        #expect(e.first?.flags.contains("noun") == true)
    }

    @Test func protestsWithNoPlaceTakeTheDocumentsCountry() throws {
        let text = """
        Kenya's parliament passed the budget on Monday.

        The protests began in early October.
        """
        let e = try code(text)
        #expect(e.contains { $0.cameo == "141" && $0.source.code == "KENOPP" && $0.source.basis == "document" }, "\(summary(e))")
    }

    @Test func protestsAgainstACountryTargetItAndAreOfThePlace() throws {
        let e = try code("Protests against Kenya erupted in Kampala.")
        #expect(e.contains { $0.cameo == "141" && $0.source.country == "UGA" && $0.target?.code == "KEN" }, "\(summary(e))")
    }

    @Test func aSentenceWithAProtestEventGetsNoSecondOne() throws {
        let e = try code("Kenyan students staged a protest in Nairobi.")
        #expect(e.filter { $0.cameo.hasPrefix("14") }.count == 1, "\(summary(e))")
    }

    @Test func suicideBombingsInACountryAreUnidentifiedAttackersAgainstItsCivilians() throws {
        let e = try code("At least three suicide bombings took place in Kenya last week.")
        #expect(summary(e) == ["KENUAF/sentence 1831 KENCVL/sentence"], "\(summary(e))")
    }

    @Test func aBombingWithAnAttackerNamedIsCodedOnce() throws {
        let e = try code("Kenyan rebels carried out a car bombing in Nairobi.")
        #expect(e.filter { $0.cameo.hasPrefix("18") }.count <= 1, "\(summary(e))")
        #expect(!e.contains { $0.source.sector == "UAF" }, "\(summary(e))")
    }
}
