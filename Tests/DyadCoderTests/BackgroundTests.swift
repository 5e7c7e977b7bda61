import DyadCoder
import DyadText
import Testing

/// History a report tells — events the text dates more than a year before
/// the document — is background, left out unless asked for. Invented sentences.
@Suite struct BackgroundTests {
    func code(_ text: String, includeBackground: Bool = false) throws -> [Event] {
        try BundledCoder.code(text, date: "2019-06-01") { $0.includeBackground = includeBackground }
    }

    @Test func anEventDatedYearsBeforeTheReportIsLeftOut() throws {
        #expect(try code("Kenya accused Uganda of smuggling weapons in 1998.").isEmpty)
    }

    @Test func historyIsKeptFlaggedWhenAskedFor() throws {
        let e = try code("Kenya accused Uganda of smuggling weapons in 1998.", includeBackground: true)
        #expect(!e.isEmpty && e.allSatisfy { $0.flags.contains("background") })
    }

    @Test func lastMonthIsNewsNotHistory() throws {
        let e = try code("Kenya accused Uganda of smuggling weapons in May.")
        #expect(!e.isEmpty && !e.contains { $0.flags.contains("background") })
    }
}
