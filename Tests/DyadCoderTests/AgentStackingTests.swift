import DyadCoder
import Testing

/// Several agents in one phrase stack their roles after the country.
extension CoderBehaviourTests {
    @Test func agentsOfOnePhraseStackInTheOrderWritten() throws {
        let e = try code("Syrian government troops attacked Turkish soldiers.")
        #expect(e.contains { $0.source.code == "SYRGOVMIL" && $0.target?.code == "TURMIL" }, "\(summary(e))")
    }

    @Test func aRoleTheCodeHoldsIsNotRepeated() throws {
        let e = try code("Israeli army soldiers attacked Syrian rebels.")
        #expect(e.contains { $0.source.code == "ISRMIL" }, "\(summary(e))")
    }

    @Test func formerMakesTheAgentAnElite() throws {
        let e = try code("A former Chinese minister criticized Japan.")
        #expect(e.contains { $0.source.code == "CHNELI" && $0.target?.code == "JPN" }, "\(summary(e))")
    }

    @Test func bareAgentJoinedToAStackedPhraseSharesItsModifiers() throws {
        let e = try code("Egyptian opposition media and lawmakers criticized Israel.")
        let sources = Set(e.filter { $0.target?.code == "ISR" }.map(\.source.code))
        #expect(sources == ["EGYOPPMED", "EGYOPPLEG"], "\(summary(e))")
    }
}
