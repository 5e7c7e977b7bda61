import DyadCoder
import DyadText
import Testing

/// Every event says how far to trust it; `minConfidence` leaves out the
/// least trusted. Sentences invented for the tests.
@Suite struct EventConfidenceTests {
    func code(_ text: String, minConfidence: Double = 0) throws -> [Event] {
        try BundledCoder.code(text, date: "2016-03-01") { $0.minConfidence = minConfidence }
    }

    @Test func everyEventHasAConfidenceBetweenZeroAndOne() throws {
        let e = try code("Kenya accused Uganda of smuggling weapons. Kenya's president said the economy was growing.")
        #expect(e.count >= 2)
        #expect(e.allSatisfy { ($0.confidence ?? -1) >= 0 && ($0.confidence ?? 2) <= 1 })
    }

    @Test func aSpecificPatternWithBothActorsNamedIsTrustedMoreThanAPlainStatement() throws {
        let act = try code("Kenya accused Uganda of smuggling weapons.").first?.confidence ?? 0
        let said = try code("Kenya's president said the economy was growing.").first?.confidence ?? 1
        #expect(act > said, "\(act) vs \(said)")
    }

    @Test func anInferredCountryLowersTheConfidence() throws {
        let stated = try code("Kenyan rebels attacked Ugandan troops.").first?.confidence ?? 0
        let inferred = try code("Rebels attacked Ugandan troops.").first?.confidence ?? 1
        #expect(stated > inferred, "\(stated) vs \(inferred)")
    }

    @Test func aMinimumConfidenceLeavesOutLessTrustedEvents() throws {
        let text = "Kenya accused Uganda of smuggling weapons. Kenya's president said the economy was growing."
        let all = try code(text)
        let threshold = all.compactMap(\.confidence).max() ?? 1
        let kept = try code(text, minConfidence: threshold)
        #expect(!kept.isEmpty && kept.count < all.count)
        #expect(kept.allSatisfy { ($0.confidence ?? 0) >= threshold })
    }
}
