import DyadCoder
import Testing

/// A complement clause without "that": "demanded Russia withdraw".
extension CoderBehaviourTests {
    @Test func demandWithoutThatIsNotDone() throws {
        let e = try code("Ukraine demanded Russia withdraw its troops from Crimea.")
        #expect(!e.contains { $0.source.code == "RUS" }, "\(summary(e))")
    }

    @Test func denialWithoutThatFlagsTheDeniedClause() throws {
        let e = try code("Turkey denied its troops shelled Syrian villages.")
        #expect(e.contains { $0.cameo == "194" && $0.flags.contains("denied") }, "\(summary(e))")
    }
}

/// "whether" opens a complement clause.
extension CoderBehaviourTests {
    @Test func clauseAfterWhetherIsNotAnEvent() throws {
        let e = try code("Analysts wondered whether Israel attacked Syria.")
        #expect(e.isEmpty, "\(summary(e))")
    }
}
