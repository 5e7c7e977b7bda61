import Testing
import DyadText

/// Bidi control characters, which scraped right-to-left pages scatter through
/// their text, do not stop a sentence from ending.
@Suite struct BidiSplittingTests {
    static let controls: [Unicode.Scalar] = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
    ]

    @Test(arguments: controls) func controlAfterThePeriodStillSplits(_ c: Unicode.Scalar) {
        #expect(sentenceTexts("Syria attacked Israel.\(c) Iran praised Syria.").count == 2)
    }

    @Test(arguments: controls) func controlBeforeTheNextWordStillSplits(_ c: Unicode.Scalar) {
        #expect(sentenceTexts("Syria attacked Israel. \(c)Iran praised Syria.").count == 2)
    }
}
