import DyadCoder
import DyadText
import Testing

/// "I" and "we" inside a quotation stand for its speaker. Sentences invented
/// for the tests.
@Suite struct QuotedSpeakerTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2016-06-01") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events) }

    @Test func weInAQuoteIsTheSpeakerNamedAfterIt() throws {
        let e = try code("\"We accuse Uganda of arming the rebels,\" Kenya's foreign minister said.")
        #expect(e.contains { $0.source.code == "KENGOV" && $0.source.text == "We" && $0.cameo.hasPrefix("11") && $0.target?.code == "UGA" },
                "\(summary(e))")
    }

    @Test func weInAQuoteCarriedOverIsTheLastSpeaker() throws {
        let text = """
        "The talks went badly," Kenya's foreign minister said on Monday. "We accuse Uganda of arming the rebels."
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENGOV" && $0.source.text == "We" && $0.target?.code == "UGA" }, "\(summary(e))")
    }

    @Test func iOutsideQuotesIsNoActor() throws {
        let text = """
        Kenya's foreign minister spoke on Monday.

        I accuse Uganda of arming the rebels.
        """
        let e = try code(text)
        #expect(!e.contains { $0.source.text == "I" }, "\(summary(e))")
    }
}
