import Testing
import DyadText

@Suite struct ParagraphSplitterTests {
    func paragraphs(_ text: String) -> [String] {
        ParagraphSplitter().paragraphs(in: text).map { slice(text, $0.start..<$0.end) }
    }

    @Test func blankLinesSeparateParagraphs() {
        #expect(paragraphs("First one.\n\n  \nSecond one.\n") == ["First one.", "Second one."])
    }

    @Test func linesThatEachEndASentenceAreParagraphs() {
        #expect(paragraphs("He spoke first.\nShe answered: “No.”\nThey left.")
            == ["He spoke first.", "She answered: “No.”", "They left."])
    }

    @Test func headingLineAmongParagraphLinesIsItsOwnParagraph() {
        #expect(paragraphs("Talks Resume\nEnvoys met on Monday.\nThey agreed.") == ["Talks Resume", "Envoys met on Monday.", "They agreed."])
    }

    @Test func hardWrappedLinesStayOneParagraph() {
        #expect(paragraphs("The minister said the talks\nwould resume next week.") == ["The minister said the talks\nwould resume next week."])
        #expect(paragraphs("The minister said talks with\nIran would resume.") == ["The minister said talks with\nIran would resume."])
    }

    @Test func paragraphsAreNumberedInOrder() {
        #expect(ParagraphSplitter().paragraphs(in: "A.\n\nB.\n\nC.").map(\.index) == [0, 1, 2])
    }
}
