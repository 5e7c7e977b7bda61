import DyadCoder
import DyadText
import Testing

/// A reaction to an act ("criticized the move") is aimed at the actor the
/// report was just about. Invented sentences.
@Suite struct ReferredTargetTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2017-05-02") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events) }

    @Test func aReactionToAnActIsAimedAtItsAuthor() throws {
        let e = try code("Kenya expelled two Ugandan diplomats on Monday. Uganda condemned the decision.")
        #expect(e.contains { $0.source.code == "UGA" && $0.cameo.hasPrefix("11") && $0.target?.code == "KEN"
            && $0.target?.resolvedFrom == "Kenya" }, "\(summary(e))")
    }

    @Test func anActIsNotAimedBackAtTheReactorItself() throws {
        let e = try code("Uganda expelled two Kenyan diplomats on Monday. Uganda defended the decision.")
        #expect(!e.contains { $0.source.code == "UGA" && $0.target?.code == "UGA" }, "\(summary(e))")
    }
}
