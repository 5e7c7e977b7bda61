import DyadCoder
import DyadText
import Testing

/// A document of more sentences than one coding window holds is coded window by
/// window, every sentence of it.
@Suite struct HugeDocumentTests {
    @Test func sentencesPastTheFirstWindowAreCoded() throws {
        let coder = try BundledCoder.coder.get()
        let n = EventCoder.sentencesPerWindow + 500
        let text = Array(repeating: "It rained again.", count: n - 1).joined(separator: " ") + " Syria attacked Israel."
        let r = coder.codeCounting(Document(id: "long", text: text, date: CalendarDate("2019-02-11")))
        #expect(r.sentences == n)
        #expect(r.events.map(\.sentenceIndex) == [n - 1])
        #expect(r.events.map(\.cameo).first?.hasPrefix("19") == true)
    }
}
