import Testing
@testable import DyadCoder

/// The rule that appends role codes to an actor code.
@Suite struct RoleStackingTests {
    @Test func rolesAreAppendedInOrder() {
        #expect(MentionFinder.stacking(["MUS", "MED"], onto: "DNK") == "DNKMUSMED")
    }

    @Test func aRoleAtARoleBoundaryIsNotRepeated() {
        #expect(MentionFinder.stacking(["GOV"], onto: "USAGOV") == "USAGOV")
    }

    @Test func lettersAcrossARoleBoundaryAreNoRole() {
        #expect(MentionFinder.stacking(["GOV", "WGO"], onto: "GMWGOV") == "GMWGOVWGO")
    }

    @Test func atMostThreeRolesFollowTheCountry() {
        #expect(MentionFinder.stacking(["GOV", "MIL", "COP", "SPY"], onto: "SYR") == "SYRGOVMILCOP")
    }
}
