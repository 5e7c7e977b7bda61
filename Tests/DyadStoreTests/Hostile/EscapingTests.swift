import DyadCoder
import DyadText
import Testing
@testable import DyadStore

/// Values that would change the meaning of a query or break an export row.
@Suite struct EscapingTests {
    @Test func percentCodeMatchesNoEvent() throws {
        #expect(try QueryTests.store.events(EventQuery(cameo: "%")).isEmpty)
        #expect(try !QueryTests.store.events(EventQuery(cameo: "0")).isEmpty)
    }

    @Test func underscoreCodeMatchesNoEvent() throws {
        #expect(try QueryTests.store.events(EventQuery(cameo: "_")).isEmpty)
        #expect(try QueryTests.store.events(EventQuery(cameo: "0_")).isEmpty)
    }

    @Test func likePrefixEscapesWildcardsAndBackslash() {
        #expect(EventFilter.likePrefix(#"1%_\"#) == #"1\%\_\\%"#)
    }

    func event(url: String?) -> AggregatedEvent {
        AggregatedEvent(id: "e1", sourceCode: "SYR", sourceCountry: "SYR", targetCode: "ISR", targetCountry: "ISR", cameo: "190",
                        plover: "ASSAULT", quadClass: 4, goldstein: -10, date: "2019-02-11", numMentions: 1, numArticles: 1,
                        numSources: 1, isRoot: true, url: url)
    }

    @Test func gdeltRowEscapesLineBreaksAndTabsInTheURL() {
        let line = GDELTWriter().line(for: event(url: "https://example.org/a\nb\r\tc"))
        #expect(!line.contains("\n") && !line.contains("\r"))
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 61)
        #expect(fields.last == #"https://example.org/a\nb\r\tc"#)
    }

    @Test func gdeltRowEscapesLineBreaksInAnActorName() {
        var named = event(url: nil)
        named.sourceName = "Syria\nTitle"
        let line = GDELTWriter().line(for: named)
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 61)
        #expect(fields[6] == #"Syria\nTitle"#)
    }

    @Test func csvRowQuotesLineBreaksInAField() {
        #expect(CSVEventWriter.quote("a\nb") == "\"a\nb\"")
        #expect(CSVEventWriter.quote("a\rb") == "\"a\rb\"")
    }
}
