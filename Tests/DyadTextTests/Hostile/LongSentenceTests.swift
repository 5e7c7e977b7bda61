import Testing
import DyadText

/// Text without sentence ends is cut into sentences of bounded length.
@Suite struct LongSentenceTests {
    private func tokens(_ text: String) -> [Token] {
        Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
    }

    @Test func thousandWordsWithoutPunctuationAreCutIntoBoundedPieces() {
        let t = tokens(Array(repeating: "envoys met", count: 500).joined(separator: " "))
        var cut = 0
        let ranges = SentenceSplitter().split(t, cut: &cut)
        #expect(cut == 1)
        #expect(ranges.allSatisfy { $0.count <= SentenceSplitter.maximumTokens })
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == t.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func cutFallsAfterACommaInTheSecondHalf() {
        let words = Array(repeating: "word", count: 200).joined(separator: " ") + ", "
            + Array(repeating: "word", count: 200).joined(separator: " ")
        let t = tokens(words)
        let ranges = SentenceSplitter().split(t)
        #expect(ranges.first == 0..<201)
        #expect(t[200].text == ",")
    }

    @Test func sentencesUpToTheLimitAreNotCut() {
        let t = tokens(Array(repeating: "word", count: SentenceSplitter.maximumTokens).joined(separator: " "))
        var cut = 0
        #expect(SentenceSplitter().split(t, cut: &cut) == [0..<SentenceSplitter.maximumTokens])
        #expect(cut == 0)
    }

    @Test func pipelineCountsCutSentences() {
        let body = Array(repeating: "word", count: 600).joined(separator: " ") + ". Envoys met."
        var cut = 0
        let sentences = TextPipeline().sentences(in: Document(id: "long", text: body), cut: &cut)
        #expect(cut == 1)
        #expect(sentences.count == 4)
        #expect(sentences.last?.text == "Envoys met.")
    }

    @Test func warningNamesTheDocument() {
        #expect(SentenceSplitter.cutWarning(documentID: "doc-9", count: 2)
            .hasPrefix("doc-9: warning: text without sentence ends, cut 2 times into sentences of at most 250 words"))
    }
}

/// A paragraph far longer than any real one is read in slices of bounded size.
@Suite struct LongParagraphTests {
    @Test func hugeParagraphIsReadInSlicesCoveringItInOrder() {
        let body = Array(repeating: "envoys met", count: 30_000).joined(separator: " ")  // 329,999 bytes, one line
        var cut = 0
        let sentences = TextPipeline().sentences(in: Document(id: "huge", text: body), cut: &cut)
        #expect(cut > 0)
        #expect(sentences.map(\.index) == Array(0..<sentences.count))
        #expect(sentences.allSatisfy { $0.end - $0.start <= TextPipeline.maximumSliceBytes })
        #expect(sentences.reduce(0) { $0 + $1.tokens.count } == 60_000)
        #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.end < $1.start })
    }

    @Test func sliceWithoutSpacesEndsOnACharacterBoundary() {
        let body = String(repeating: "é", count: 70_000)  // 140,000 bytes, no space
        var cut = 0
        let sentences = TextPipeline().sentences(in: Document(id: "blob", text: body), cut: &cut)
        #expect(sentences.map(\.text).joined() == body)
    }
}
