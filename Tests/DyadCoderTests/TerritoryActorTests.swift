import DyadCoder
import DyadText
import Testing

/// Territories with ISO codes of their own code apart from their state.
@Suite struct TerritoryActorTests {
    func sources(_ text: String) throws -> [String] {
        try BundledCoder.code(text, date: "2019-07-01").map(\.source.code)
    }

    @Test func aTerritorysGovernmentIsItsOwnActor() throws {
        #expect(try sources("Puerto Rico's governor criticized the Senate.") == ["PRIGOV"])
    }

    @Test func aSpecialAdministrativeRegionIsNotItsState() throws {
        let s = try sources("Hong Kong protesters demonstrated against the government.")
        #expect(!s.isEmpty && s.allSatisfy { $0.hasPrefix("HKG") }, "\(s)")
    }
}
