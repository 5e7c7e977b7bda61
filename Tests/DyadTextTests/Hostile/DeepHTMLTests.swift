import Testing
import DyadText

/// HTML nested or unbalanced far beyond any real page: read in linear time,
/// its text kept.
@Suite struct DeepHTMLTests {
    private func body(_ html: String) throws -> String {
        try #require(read(html, name: "deep.html").first?.value).text
    }

    @Test func fiftyThousandNestedDivsKeepTheText() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 50_000) + "<p>Syria attacked Israel.</p>"
            + String(repeating: "</div>", count: 50_000) + "</body></html>"
        #expect(try body(html) == "Syria attacked Israel.")
    }

    @Test func fiftyThousandUnmatchedEndTagsKeepTheText() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 50_000) + "<p>Syria attacked Israel.</p>"
            + String(repeating: "</span>", count: 50_000) + "</body></html>"
        #expect(try body(html) == "Syria attacked Israel.")
    }

    @Test func listItemsUnderDeepNestingKeepTheirText() throws {
        let html = "<html><body><ul>" + String(repeating: "<div>", count: 50_000)
            + String(repeating: "<li>Item.</li>", count: 2_000) + "<p>Syria attacked Israel.</p></body></html>"
        #expect(try body(html).hasSuffix("Syria attacked Israel."))
    }
}
