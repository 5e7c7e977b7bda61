import DyadCoder
import DyadText
import Testing

/// Promises, offers and announced cooperation are statements of intent (03),
/// not the act. Sentences invented for the tests.
@Suite struct IntentTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2012-09-01") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events) }

    @Test func cooperationAnnouncedWithWillIsIntent() throws {
        let e = try code("Norway will support the new government of Mali.")
        #expect(!e.isEmpty && e.allSatisfy { $0.cameo.hasPrefix("03") }, "\(summary(e))")
    }

    @Test func yieldingPromisedWithWouldIsIntentToYieldInKind() throws {
        let e = try code("Iran said it would release the detained sailors.")
        #expect(e.contains { $0.source.code == "IRN" && $0.cameo == "0353" }, "\(summary(e))")
    }

    @Test func anAnnouncedVisitStaysAVisit() throws {
        let e = try code("Norway's prime minister will visit Mali next week.")
        #expect(e.contains { $0.cameo == "042" }, "\(summary(e))")
    }

    @Test func cooperationDoneIsNotIntent() throws {
        let e = try code("Norway lifted its sanctions on Mali.")
        #expect(e.contains { $0.cameo.hasPrefix("08") }, "\(summary(e))")
    }

    @Test func aDecisionAnnouncedIsTheActNotAPromise() throws {
        let e = try code("Iran announced that it will release the detained sailors.")
        #expect(e.contains { $0.source.code == "IRN" && $0.cameo.hasPrefix("08") }, "\(summary(e))")
        #expect(!e.contains { $0.cameo.hasPrefix("03") }, "\(summary(e))")
    }
}
