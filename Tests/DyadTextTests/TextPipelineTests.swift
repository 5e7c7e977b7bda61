import Testing
import DyadText

@Suite struct TextPipelineTests {
    static let article = """
        Envoy Honoured as Allies Pledge Support

        This picture taken on May 2 shows the envoy at a ceremony. / AFP / Jane Roe
        JANE ROE/AFP/Getty Images

        The ministry honoured the envoy on Sunday. He thanked Gen. Ali.

        “Our ties are strong,” the envoy said.

        Follow Jane Roe on Twitter.
        """

    @Test func titleIsSentenceZeroAndMarked() {
        let sentences = TextPipeline().sentences(in: Document(id: "a", text: Self.article))
        #expect(sentences.first?.text == "Envoy Honoured as Allies Pledge Support")
        #expect(sentences.first?.isTitle == true)
        #expect(sentences.dropFirst().allSatisfy { !$0.isTitle })
    }

    @Test func boilerplateParagraphsAreDropped() {
        #expect(pipelineTexts(Document(id: "a", text: Self.article)) == [
            "Envoy Honoured as Allies Pledge Support",
            "The ministry honoured the envoy on Sunday.",
            "He thanked Gen. Ali.",
            "“Our ties are strong,” the envoy said.",
        ])
    }

    @Test func sentencesAreNumberedInOrderAndKeepBodyParagraphNumbers() {
        let sentences = TextPipeline().sentences(in: Document(id: "a", text: Self.article))
        #expect(sentences.map(\.index) == [0, 1, 2, 3])
        #expect(sentences.map(\.paragraph) == [0, 2, 2, 3])  // 1 is the dropped caption
    }

    @Test func sentenceTextIsTheExactBodySliceAtItsOffsets() {
        let doc = Document(id: "a", text: Self.article)
        for s in TextPipeline().sentences(in: doc) {
            #expect(slice(doc.text, s.start..<s.end) == s.text)
            #expect(s.tokens.first?.start == s.start)
            #expect(s.tokens.last?.end == s.end)
        }
    }

    @Test func titleRepeatedAtBodyStartIsCodedOnce() {
        let doc = Document(id: "a", text: "Envoy Honoured\n\nThe ministry honoured the envoy.", title: "Envoy Honoured")
        let sentences = TextPipeline().sentences(in: doc)
        #expect(sentences.map(\.text) == ["Envoy Honoured", "The ministry honoured the envoy."])
        #expect(sentences[0].isTitle)
        #expect(sentences[0].start == 0)
    }

    @Test func titleNotInBodyIsSentenceZeroWithOffsetsIntoTheTitle() {
        let doc = Document(id: "a", text: "The ministry honoured the envoy.", title: " Envoy Honoured ")
        let sentences = TextPipeline().sentences(in: doc)
        #expect(sentences.map(\.text) == ["Envoy Honoured", "The ministry honoured the envoy."])
        #expect(sentences[0].isTitle)
        #expect(sentences[0].start == 1 && sentences[0].end == 15)
        #expect(sentences[0].tokens.map(\.start) == [1, 7])
        #expect(sentences[1].index == 1 && sentences[1].start == 0)
    }

    @Test func bodyWithoutTitleStartsAtSentenceZero() {
        let sentences = TextPipeline().sentences(in: Document(id: "a", text: "Talks resumed. Envoys met."))
        #expect(sentences.map(\.index) == [0, 1])
        #expect(sentences.allSatisfy { !$0.isTitle })
    }

    @Test func captionLineAboveACreditLineIsDropped() {
        let text = "Delegates gather in the hall on Monday.\nJane Roe/Reuters\n\nThe vote passed."
        #expect(pipelineTexts(Document(id: "a", text: text)) == ["The vote passed."])
    }

    @Test func sentencesNeverCrossParagraphs() {
        let text = "The envoy left\n\nfor Seoul on Monday."
        #expect(pipelineTexts(Document(id: "a", text: text)) == ["The envoy left", "for Seoul on Monday."])
    }

    @Test func offsetsAreBytesWithNonASCIIText() {
        let doc = Document(id: "a", text: "“Ties are strong,” Şahin said. Talks ended.")
        let sentences = TextPipeline().sentences(in: doc)
        #expect(sentences.map(\.text) == ["“Ties are strong,” Şahin said.", "Talks ended."])
        #expect(sentences[1].start == doc.text.utf8.count - "Talks ended.".utf8.count)
    }
}
