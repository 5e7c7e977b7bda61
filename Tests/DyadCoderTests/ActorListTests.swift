import DyadCoder
import Testing

/// Lists of actors: commas, conjunctions and shared nouns.
extension CoderBehaviourTests {
    @Test func commaListClosedByAndMakesOneEventPerMember() throws {
        let e = try code("Syria, Iran, Iraq and Egypt criticized Israel.")
        let sources = Set(e.filter { $0.target?.code == "ISR" }.map(\.source.code))
        #expect(sources == ["SYR", "IRN", "IRQ", "EGY"], "\(summary(e))")
    }

    @Test func adjectivesInsideAListDoNotBreakIt() throws {
        let e = try code("Jordan and the small Lebanon criticized Israel.")
        let sources = Set(e.filter { $0.target?.code == "ISR" }.map(\.source.code))
        #expect(sources == ["JOR", "LBN"], "\(summary(e))")
    }

    @Test func commasWithoutAConjunctionMakeNoList() throws {
        let e = try code("In Syria, Russia criticized Israel.")
        #expect(e.contains { $0.source.code == "RUS" && $0.target?.code == "ISR" }, "\(summary(e))")
        #expect(!e.contains { $0.source.code == "SYR" }, "\(summary(e))")
    }

    @Test func installationNounMakesTheAdjectiveAnActor() throws {
        let e = try code("American, British and French warplanes struck Syrian chemical weapons facilities.")
        let pairs = Set(e.map { "\($0.source.country)>\($0.target?.country ?? "-")" })
        #expect(pairs == ["USA>SYR", "GBR>SYR", "FRA>SYR"], "\(summary(e))")
    }

    @Test func patternWantingATargetIsNotMadeMutual() throws {
        let e = try code("Russian, Iranian and Turkish warplanes struck yesterday.")
        #expect(!e.contains { $0.flags.contains("reciprocal") }, "\(summary(e))")
    }
}
