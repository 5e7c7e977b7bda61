import DyadCoder
import DyadText
import Testing

/// A reaction to an act ("criticized the move") is aimed at the actor the
/// report was just about. Invented sentences.
@Suite struct ReferredTargetTests {
    static let coder = Result { try EventCoder.bundled() }

    func code(_ text: String) throws -> [Event] {
        try Self.coder.get().code(Document(id: "t", text: text, date: CalendarDate("2017-05-02")))
    }

    func summary(_ events: [Event]) -> [String] {
        events.map { "\($0.source.code) \($0.cameo) \($0.target?.code ?? "-")" }
    }

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
