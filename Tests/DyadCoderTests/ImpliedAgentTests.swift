import DyadCoder
import DyadText
import Testing

/// A passive arrest or sentence with no "by" phrase: the police arrest, the
/// courts sentence, in the country of those acted on. Sentences invented for
/// the tests.
@Suite struct ImpliedAgentTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2019-11-01") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events) }

    @Test func aPassiveSentenceIsPassedByACourtOfTheSentencedsCountry() throws {
        let e = try code("Two Kenyan journalists were sentenced to ten years in prison.")
        #expect(e.contains { $0.source.code == "KENJUD" && $0.target?.code == "KENMED" && $0.flags.contains("implied_source") },
                "\(summary(e))")
    }

    @Test func aPassiveArrestIsMadeByThePolice() throws {
        let e = try code("Three Ugandan students were arrested on Monday.")
        #expect(e.contains { $0.source.code == "UGACOP" && $0.cameo.hasPrefix("17") && $0.flags.contains("implied_source") },
                "\(summary(e))")
    }

    @Test func anArrestInARelativeClauseDescribesSomeoneAndIsNotCoded() throws {
        let e = try code("Kenya's president praised Uganda's opposition leader, who was arrested in May.")
        #expect(!e.contains { $0.flags.contains("implied_source") }, "\(summary(e))")
    }

    @Test func aPassiveWithAnAgentKeepsIt() throws {
        let e = try code("Three Ugandan students were arrested by Kenyan police.")
        #expect(e.contains { $0.source.code == "KENCOP" && !$0.flags.contains("implied_source") }, "\(summary(e))")
    }

    @Test func aQuantityBeforeThoseArrestedLeavesThemTheTarget() throws {
        let e = try code("More than 300 Ugandan students were arrested on Monday.")
        #expect(e.contains { $0.source.code == "UGACOP" && $0.target?.code == "UGAEDU" }, "\(summary(e))")
    }

    @Test func aNewsOutletsCountryPlacesNoAgent() throws {
        let text = """
        Kenya's parliament met on Monday.

        Police arrested three men, according to The Guardian.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENCOP" }, "\(summary(e))")
    }
}
