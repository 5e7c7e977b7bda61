import DyadCoder
import DyadText
import Testing

/// Agents with a sector and no country of their own take the country their
/// sentence or document makes plain, and say how (`basis`). Sentences are
/// invented for the tests, with invented names no dictionary lists.
@Suite struct CountryInferenceTests {
    func code(_ text: String, date: String = "2004-03-10") throws -> [Event] { try BundledCoder.code(text, date: date) }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events, bases: true) }

    @Test func aNonStateAgentTakesTheOneCountryOfItsSentence() throws {
        let e = try code("Rebels attacked Kenyan troops near the border.")
        #expect(e.contains { $0.source.code == "KENREB" && $0.source.basis == "sentence" && $0.target?.code == "KENMIL" }, "\(summary(e))")
    }

    @Test func aTitledUnknownPersonTakesTheDocumentsCountry() throws {
        let text = """
        Angola's parliament met on Monday to debate the budget.

        President Tomas Varela accused the opposition of corruption.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "AGOGOV" && $0.source.basis == "document" && $0.cameo.hasPrefix("112") }, "\(summary(e))")
    }

    @Test func aStateAgentDoesNotTakeTheCountryItActsOn() throws {
        // Portugal is the counterpart, not the minister's country; nothing else places him.
        let e = try code("Foreign Minister Tomas Varela criticized Portugal.")
        #expect(!e.contains { $0.source.country == "PRT" }, "\(summary(e))")
    }

    @Test func aStateAgentTakesTheCountryOfADomesticActorBesideIt() throws {
        let e = try code("Prosecutors charged two Kenyan journalists with sedition.")
        #expect(e.contains { $0.source.code == "KENJUD" && $0.source.basis == "sentence" }, "\(summary(e))")
    }

    @Test func aStatedCountryHasNoBasis() throws {
        let e = try code("Kenyan rebels attacked Ugandan troops.")
        #expect(e.contains { $0.source.code == "KENREB" && $0.source.basis == nil }, "\(summary(e))")
    }

    @Test func aMostNamedCountryWinsOverOneNamedOnce() throws {
        let text = """
        Ghana's election commission published the results.

        Ghanaian voters queued for hours, and Ghana's observers praised the count.

        Togo sent its congratulations.

        Protesters marched on the commission's offices.
        """
        let e = try code(text)
        #expect(e.allSatisfy { $0.source.text != "Protesters" || $0.source.country == "GHA" }, "\(summary(e))")
    }

    @Test func aPlaceRightAfterTheAgentPlacesIt() throws {
        let e = try code("Germany pledged to support the government in Kabul.")
        #expect(e.contains { $0.source.code == "DEU" && $0.target?.code == "AFGGOV" && $0.target?.basis == "sentence" }, "\(summary(e))")
    }

    @Test func officialsNamedByReferenceBackAreNotGivenTheDocumentsCountry() throws {
        let text = """
        Angola's parliament debated the budget.

        Angola's oil minister criticized Nigeria. Kenya's president met Uganda's president on Monday. The two leaders signed an agreement.
        """
        let e = try code(text)
        #expect(!e.contains { $0.source.text.hasSuffix("leaders") && $0.source.basis == "document" }, "\(summary(e))")
    }

    @Test func policeAsTheSubjectActWithTheDocumentsCountry() throws {
        let text = """
        Kenya's parliament debated the budget on Monday.

        Police arrested three students outside the building.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENCOP" && $0.source.basis == "document" && $0.cameo.hasPrefix("17") }, "\(summary(e))")
    }

    @Test func troopsAsAnObjectAreNoActor() throws {
        let text = """
        Kenya's parliament debated the budget on Monday.

        Uganda sent troops to the border.
        """
        let e = try code(text)
        #expect(!e.contains { $0.source.sector == "MIL" || $0.target?.sector == "MIL" }, "\(summary(e))")
    }

    @Test func anAgentAfterAPossessivePronounIsThePronounsActors() throws {
        let e = try code("Uganda said its soldiers attacked Kenyan villages.")
        #expect(e.contains { $0.source.code == "UGAMIL" && $0.cameo.hasPrefix("19") }, "\(summary(e))")
    }

    @Test func theAuthoritiesAreTheDocumentsState() throws {
        let text = """
        Kenya's parliament debated the budget on Monday.

        The authorities seized three trucks of weapons bound for Uganda.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENGOV" && $0.source.basis == "document" }, "\(summary(e))")
    }

    @Test func policeAsThePassivesAgentAct() throws {
        let text = """
        Kenya's parliament debated the budget on Monday.

        The attacker was shot dead by police.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENCOP" && $0.cameo.hasPrefix("18") }, "\(summary(e))")
    }
}
