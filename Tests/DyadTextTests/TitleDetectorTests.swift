import Testing
import DyadText

@Suite struct TitleDetectorTests {
    let detector = TitleDetector()

    @Test func shortFirstLineBeforeABlankLineIsTheTitle() {
        let text = "\nEnvoy Honoured in Damascus\n\nThe ministry honoured the envoy on Sunday."
        let r = detector.titleRange(in: text)
        #expect(r.map { slice(text, $0) } == "Envoy Honoured in Damascus")
    }

    @Test func firstLineEndingInAPeriodIsNotATitle() {
        #expect(detector.titleRange(in: "The envoy left on Sunday.\n\nHe returned home.") == nil)
    }

    @Test func titleEndingInAnAcronymIsStillATitle() {
        let text = "Envoy Heads to U.S.\n\nThe envoy flew out on Sunday."
        #expect(detector.titleRange(in: text).map { slice(text, $0) } == "Envoy Heads to U.S.")
    }

    @Test func firstLineWithoutABlankLineAfterItIsNotATitle() {
        #expect(detector.titleRange(in: "Envoy Honoured\nThe ministry honoured the envoy.") == nil)
    }

    @Test func longFirstLineIsNotATitle() {
        let line = Array(repeating: "word", count: 26).joined(separator: " ")
        #expect(detector.titleRange(in: line + "\n\nMore text.") == nil)
    }

    @Test func textThatIsOnlyOneLineHasNoTitle() {
        #expect(detector.titleRange(in: "Envoy Honoured\n\n") == nil)
    }

    @Test func titleRepeatedAtBodyStartIsFoundDespiteQuoteAndCaseDifferences() {
        let body = "Envoy Pledges ‘Full Support’ to Allies\n\nThe envoy spoke on Monday."
        let r = detector.titleRange(of: "Envoy pledges 'full support' to allies", inBody: body)
        #expect(r.map { slice(body, $0) } == "Envoy Pledges ‘Full Support’ to Allies")
    }

    @Test func titleNotAtBodyStartIsNotFound() {
        #expect(detector.titleRange(of: "Envoy Honoured", inBody: "The ministry honoured the envoy.") == nil)
    }

    @Test func titleMustEndAtAWordBoundary() {
        #expect(detector.titleRange(of: "Syria", inBody: "Syria's envoy left.") == nil)
    }
}
