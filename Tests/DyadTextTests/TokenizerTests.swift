import Testing
@testable import DyadText

@Suite struct TokenizerTests {
    @Test func hyphenatedNamesAndWordsStayOneToken() {
        #expect(tokenTexts("Kim Jong-un met al-Assad on non-proliferation.")
            == ["Kim", "Jong-un", "met", "al-Assad", "on", "non-proliferation", "."])
    }

    @Test func currencySignIsItsOwnToken() {
        let tokens = Tokenizer().tokens(in: "$200 million", from: 0, to: 12)
        #expect(tokens.map(\.text) == ["$", "200", "million"])
        #expect(tokens.map(\.kind) == [.symbol, .number, .word])
    }

    @Test func numbersKeepThousandsSeparatorsAndDecimals() {
        #expect(tokenTexts("1,000 troops, 3.5 percent, in 2017.")
            == ["1,000", "troops", ",", "3.5", "percent", ",", "in", "2017", "."])
    }

    @Test func dottedAcronymsAndTitlesKeepTheirPeriod() {
        #expect(tokenTexts("U.S. and U.N. envoys met Gen. Ali and Mr. Lee.")
            == ["U.S.", "and", "U.N.", "envoys", "met", "Gen.", "Ali", "and", "Mr.", "Lee", "."])
    }

    @Test func middleInitialKeepsItsPeriod() {
        #expect(tokenTexts("Mary B. Stone spoke.") == ["Mary", "B.", "Stone", "spoke", "."])
    }

    @Test func numberAbbreviationNeedsAFollowingNumber() {
        #expect(tokenTexts("Resolution No. 5 passed.") == ["Resolution", "No.", "5", "passed", "."])
        #expect(tokenTexts("They said No. Then they left.").prefix(4) == ["They", "said", "No", "."])
    }

    @Test func possessiveSplitsPennStyle() {
        #expect(tokenTexts("Korea's envoy") == ["Korea", "'s", "envoy"])
        let curly = Tokenizer().tokens(in: "Lee’s term", from: 0, to: "Lee’s term".utf8.count)
        #expect(curly.map(\.text) == ["Lee", "’s", "term"])
        #expect(curly[1].lower == "'s")
    }

    @Test func negationSplitsPennStyle() {
        #expect(tokenTexts("They didn't agree") == ["They", "did", "n't", "agree"])
        let curly = Tokenizer().tokens(in: "can’t", from: 0, to: "can’t".utf8.count)
        #expect(curly.map(\.text) == ["ca", "n’t"])
        #expect(curly[1].lower == "n't")
    }

    @Test func apostropheInsideANameIsKept() {
        #expect(tokenTexts("O'Neill's plan") == ["O'Neill", "'s", "plan"])
    }

    @Test func eachPunctuationMarkIsOneToken() {
        #expect(tokenTexts("“Yes,” (he) [said] — fine")
            == ["“", "Yes", ",", "”", "(", "he", ")", "[", "said", "]", "—", "fine"])
    }

    @Test func ellipsisIsOneToken() {
        #expect(tokenTexts("wait... what…") == ["wait", "...", "what", "…"])
    }

    @Test func lowerFoldsTypographicMarksToASCII() {
        let text = "“Envoy’s” — Talks–Now"
        let lower = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count).map(\.lower)
        #expect(lower == ["\"", "envoy", "'s", "\"", "-", "talks", "-", "now"])
    }

    @Test func nonASCIILettersFormWords() {
        let text = "Şahin met Müller in Zürich"
        let tokens = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
        #expect(tokens.map(\.text) == ["Şahin", "met", "Müller", "in", "Zürich"])
        #expect(tokens[0].isCapitalized)
        #expect(tokens[0].lower == "şahin")
        #expect(!tokens[1].isCapitalized)
    }

    @Test func arabicScriptIsAWord() {
        #expect(tokenTexts("قال الأسد") == ["قال", "الأسد"])
    }

    @Test func offsetsAreBytesIntoTheWholeText() {
        let text = "“Syria’s” envoy left. Kim stayed."
        let start = Array(text.utf8).firstIndex(of: UInt8(ascii: "K"))!
        let tokens = Tokenizer().tokens(in: text, from: start, to: text.utf8.count)
        #expect(tokens.map(\.text) == ["Kim", "stayed", "."])
        for t in Tokenizer().tokens(in: text, from: 0, to: text.utf8.count) {
            #expect(slice(text, t.start..<t.end) == t.text)
        }
    }

    @Test func capitalisationAndKinds() {
        let tokens = Tokenizer().tokens(in: "The 70th year, ok", from: 0, to: 17)
        #expect(tokens.map(\.isCapitalized) == [true, false, false, false, false])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .punctuation, .word])
    }

    @Test func webAddressIsOneToken() {
        #expect(tokenTexts("See https://example.org/a?b=1, then.") == ["See", "https://example.org/a?b=1", ",", "then", "."])
    }

    @Test func companyAmpersandStaysInside() {
        #expect(tokenTexts("AT&T and Q&A, you & me") == ["AT&T", "and", "Q&A", ",", "you", "&", "me"])
    }
}
