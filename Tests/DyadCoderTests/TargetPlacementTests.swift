import DyadCoder
import Testing

/// Where a verb's target is found when the clause has no direct object.
extension CoderBehaviourTests {
    @Test func participleDescribingTheObjectCarriesTheTarget() throws {
        let e = try code("Israeli troops shelled a convoy carrying Syrian soldiers.")
        #expect(summary(e) == ["ISRMIL 194 SYRMIL"])
    }
}
