import DyadTestSupport
import Foundation
import Testing

/// A document with a run-on "sentence": coded, with a warning naming it.
@Suite struct LongSentenceCommandTests {
    @Test func codeWarnsAboutACutSentenceNamingTheDocument() throws {
        let words = Array(repeating: "Syria attacked Israel and", count: 200).joined(separator: " ") + " Iran left."
        let record = #"{"id":"run-on","date":"2019-01-01","text":"\#(words)"}"# + "\n"
        let r = try DyadProcess.run(["code", "-"], stdin: Data(record.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("run-on: warning: text without sentence ends, cut 1 time into sentences of at most 250 words"))
        #expect(r.stdout.contains(#""cameo":"19"#))
    }
}
