import Testing
import DyadText

@Suite struct SentenceSplitterTests {
    @Test func titlesAndMonthAbbreviationsDoNotEndSentences() {
        #expect(sentenceTexts("Gen. Ali met Dr. Kim and Mr. Lee in St. Petersburg on Jan. 5. They spoke.")
            == ["Gen. Ali met Dr. Kim and Mr. Lee in St. Petersburg on Jan. 5.", "They spoke."])
    }

    @Test func dottedAcronymStaysInsideItsSentence() {
        #expect(sentenceTexts("Rebels blamed U.S. airstrikes and the U.N. envoy. Damascus denied it.")
            == ["Rebels blamed U.S. airstrikes and the U.N. envoy.", "Damascus denied it."])
    }

    @Test func acronymFollowedByASentenceOpenerEndsTheSentence() {
        #expect(sentenceTexts("Sanctions were imposed by the U.S. The regime denied wrongdoing.")
            == ["Sanctions were imposed by the U.S.", "The regime denied wrongdoing."])
    }

    @Test func middleInitialDoesNotEndASentence() {
        #expect(sentenceTexts("Mary B. Stone told reporters. She left.") == ["Mary B. Stone told reporters.", "She left."])
    }

    @Test func numberAbbreviationDoesNotEndASentence() {
        #expect(sentenceTexts("They passed Resolution No. 12 on Friday.").count == 1)
    }

    @Test func decimalsDoNotEndSentences() {
        #expect(sentenceTexts("Growth was 3.5 percent. Prices rose.") == ["Growth was 3.5 percent.", "Prices rose."])
    }

    @Test func ellipsisDoesNotEndASentence() {
        #expect(sentenceTexts("He said ... Moscow would respond. Officials agreed.")
            == ["He said ... Moscow would respond.", "Officials agreed."])
    }

    @Test func quoteEndingInACommaContinuesTheSentence() {
        #expect(sentenceTexts("“The move is reckless,” the minister said. Talks ended.")
            == ["“The move is reckless,” the minister said.", "Talks ended."])
    }

    @Test func quoteFollowedByACapitalisedSpeakerContinuesTheSentence() {
        #expect(sentenceTexts("“We back the plan,” KCNA reported. It gave no details.")
            == ["“We back the plan,” KCNA reported.", "It gave no details."])
    }

    @Test func quoteHoldingTwoSentencesIsSplitBetweenThem() {
        #expect(sentenceTexts("“The war is over. We have won,” the general said.")
            == ["“The war is over.", "We have won,” the general said."])
    }

    @Test func periodInsideClosingQuoteEndsTheSentence() {
        #expect(sentenceTexts("He called them “bandits.” He then left.") == ["He called them “bandits.”", "He then left."])
    }

    @Test func questionAndExclamationMarksEndSentences() {
        #expect(sentenceTexts("Why now? Nobody knows! The end.") == ["Why now?", "Nobody knows!", "The end."])
    }

    @Test func questionInsideQuoteFollowedByLowercaseContinues() {
        #expect(sentenceTexts("“Why now?” he asked. Nobody answered.") == ["“Why now?” he asked.", "Nobody answered."])
    }

    @Test func parenthesesAreHandled() {
        #expect(sentenceTexts("The agency (KCNA) reported it. (The report was brief.) Officials said nothing.")
            == ["The agency (KCNA) reported it.", "(The report was brief.)", "Officials said nothing."])
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(sentenceTexts("The cost was approx. ten million.").count == 1)
    }

    @Test func sentenceMayStartWithADigit() {
        #expect(sentenceTexts("It ended in 2017. 2018 was calmer.") == ["It ended in 2017.", "2018 was calmer."])
    }

    @Test func splitCoversEveryToken() {
        let text = "One. Two three. Four"
        let tokens = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
        let ranges = SentenceSplitter().split(tokens)
        #expect(ranges == [0..<2, 2..<5, 5..<6])
    }
}
