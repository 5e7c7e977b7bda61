import DyadCoder
import Testing

/// Agents joined to the place they belong to by a preposition.
extension CoderBehaviourTests {
    @Test func agentFromAPlaceTakesItsCountry() throws {
        let e = try code("Soldiers from Russia attacked Ukrainian troops.")
        #expect(e.contains { $0.source.code == "RUSMIL" && $0.target?.code == "UKRMIL" }, "\(summary(e))")
    }

    @Test func countryBeforeTheAgentKeepsItsOwnCode() throws {
        let e = try code("Russian soldiers in Syria attacked Turkish troops.")
        #expect(e.contains { $0.source.code == "RUSMIL" }, "\(summary(e))")
        #expect(!e.contains { $0.source.country == "SYR" }, "\(summary(e))")
    }

    @Test func agentOfAListBelongsToEveryPlace() throws {
        let e = try code("The ambassadors of France, Germany and Italy criticized Iran.")
        let sources = Set(e.filter { $0.target?.code == "IRN" }.map(\.source.code))
        #expect(sources == ["FRAGOV", "DEUGOV", "ITAGOV"], "\(summary(e))")
    }

    @Test func bareAgentListedBeforeAnAgentOfPlacesBelongsToEveryPlace() throws {
        let e = try code("Lawmakers and officials in France and Germany criticized Iran.")
        let sources = Set(e.filter { $0.target?.code == "IRN" }.map(\.source.code))
        #expect(sources == ["FRALEG", "FRAGOV", "DEULEG", "DEUGOV"], "\(summary(e))")
    }
}
