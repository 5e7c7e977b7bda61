import Foundation
import Testing
import DyadText

/// Checks against the shared example article, which lives outside the
/// package (in `../shared/examples`). The tests are skipped, not failed,
/// when that folder is absent, as in a standalone checkout.
@Suite struct ExampleArticleTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/DyadTextTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .deletingLastPathComponent()  // its parent, beside which shared/ lives
        .appendingPathComponent("shared/examples")
    static let text = examples.appendingPathComponent("nk-syria-2018.txt").path
    static let jsonl = examples.appendingPathComponent("nk-syria-2018.jsonl").path
    static let title = "North Korea Vows ‘All Sorts of Support’ to Syria as Assad Awards Ambassador"

    static func sentences(_ path: String) throws -> [Sentence] {
        var docs: [Document] = []
        try DocumentReader(defaultDate: CalendarDate("2018-04-24")).read(path: path) { docs.append(try $0.get()) }
        #expect(docs.count == 1)
        return TextPipeline().sentences(in: try #require(docs.first))
    }

    static func check(_ sentences: [Sentence]) throws {
        #expect(sentences.first?.text == title)
        #expect(sentences.first?.isTitle == true)
        #expect(sentences.filter(\.isTitle).count == 1)
        for junk in ["Getty Images", "Follow Frances Martel", "issues with commenting", "This picture taken"] {
            #expect(!sentences.contains { $0.text.contains(junk) }, "boilerplate kept: \(junk)")
        }
        // The quote holds two sentences: "… for cash." ends the first, and
        // "Given its large …" opens the second, which runs on through the
        // attribution. Correct splitting therefore starts the Weber sentence
        // at "Given its large", not at the opening quote.
        // The article has a no-break space in "the Washington Post"; compare with plain spaces.
        let weber = sentences.filter { plainSpaces($0.text).contains("Andrew C. Weber told the Washington Post") }
        #expect(weber.count == 1)
        #expect(weber.first?.text.hasPrefix("Given its large") == true)
        #expect(sentences.contains { $0.text.hasPrefix("“North Korea has a sordid history") && $0.text.hasSuffix("for cash.") })
        let airstrikes = try #require(sentences.first { $0.text.contains("U.S. airstrikes") })
        #expect(airstrikes.text.hasPrefix("Jang, in response,"))
        #expect(airstrikes.text.hasSuffix("Sunni Arab civilians."))
    }

    static func plainSpaces(_ s: String) -> String {
        String(s.unicodeScalars.map { $0 == "\u{00A0}" ? " " : Character($0) })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: text),
                   "../shared/examples/nk-syria-2018.txt is not present in this checkout"))
    func plainTextExampleSplitsCleanly() throws {
        try Self.check(try Self.sentences(Self.text))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: jsonl),
                   "../shared/examples/nk-syria-2018.jsonl is not present in this checkout"))
    func jsonLinesExampleSplitsCleanly() throws {
        try Self.check(try Self.sentences(Self.jsonl))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: text) && FileManager.default.fileExists(atPath: jsonl),
                   "the shared examples are not present in this checkout"))
    func bothFormatsGiveTheSameSentences() throws {
        #expect(try Self.sentences(Self.text).map(\.text) == Self.sentences(Self.jsonl).map(\.text))
    }
}
