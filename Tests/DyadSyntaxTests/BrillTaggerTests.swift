import DyadSyntax
import DyadText
import Foundation
import Testing

@Suite("Brill tagger")
struct BrillTaggerTests {
    let tagger: BrillTagger

    init() throws {
        tagger = try BrillTagger.bundled()
    }

    @Test func bundledModelLoadsTheWholeLexicon() {
        #expect(tagger.lexiconCount > 90_000)
    }

    @Test func knownWordsTakeTheirLexiconTag() {
        #expect(tagStrings(tagger, "The minister met the envoy .") == ["DT", "NN", "VBD", "DT", "NN", "."])
    }

    @Test func unknownCapitalizedWordIsAProperNoun() {
        #expect(tagStrings(tagger, "Zorvath signed the accord")[0] == "NNP")
    }

    @Test func unknownNumberIsACardinal() {
        #expect(tagStrings(tagger, "about 1,250 soldiers")[1] == "CD")
        #expect(tagger.tag(words: ["3.75"]) == [.CD])
    }

    @Test func unknownHyphenatedWordIsAnAdjective() {
        #expect(tagStrings(tagger, "an anti-smuggling campaign")[1] == "JJ")
    }

    @Test func suffixRulesTagUnknownWords() {
        // "-s" after NN gives NNS; "-ly" gives RB.
        #expect(tagStrings(tagger, "the blorfs moved zorbly")[1] == "NNS")
        #expect(tagStrings(tagger, "the blorfs moved zorbly")[3] == "RB")
    }

    @Test func contextRuleMakesANounAfterToAVerb() {
        // "attack" is NN in the lexicon; after TO it becomes VB.
        #expect(tagger.lexiconTag(for: "attack") == .NN)
        #expect(tagStrings(tagger, "they threatened to attack the base") == ["PRP", "VBD", "TO", "VB", "DT", "NN"])
    }

    @Test func usIsAProperNounInBothSpellings() {
        #expect(tagStrings(tagger, "US officials met U.S. diplomats") == ["NNP", "NNS", "VBD", "NNP", "NNS"])
        #expect(tagStrings(tagger, "U.S. troops left")[0] == "NNP")
    }

    @Test func apostropheSAfterANounIsPossessive() {
        #expect(tagStrings(tagger, "Korea 's envoy arrived")[1] == "POS")
        #expect(tagStrings(tagger, "the ministers ' talks")[2] == "POS")
    }

    @Test func apostropheSAfterAPronounIsAVerb() {
        #expect(tagStrings(tagger, "he 's leaving")[1] == "VBZ")
    }

    @Test func sentenceInitialCapitalizedCommonWordIsLookedUpLowercase() {
        // "Demonstrators" is not in the lexicon, "demonstrators" is.
        #expect(tagStrings(tagger, "Demonstrators gathered outside")[0] == "NNS")
    }

    @Test func capitalizedFormWinsAtSentenceStartWhenKnown() {
        #expect(tagStrings(tagger, "China protested")[0] == "NNP")
    }

    @Test func lowercaseKnownWordNeverBecomesAProperNoun() {
        // A contextual rule turns RB after NNP into NNP; "almost" cannot be one.
        #expect(tagStrings(tagger, "Zorvath almost won") == ["NNP", "RB", "VBD"])
    }

    @Test func knownWordOnlyMovesToATagItCanHave() {
        // A rule makes IN before a verb a WDT; "about" cannot be a WDT.
        #expect(tagStrings(tagger, "they are about to leave")[2] == "IN")
    }

    @Test func straightQuotesOpenAndCloseInTurn() {
        let tags = tagStrings(tagger, "he said \" we will stay \" .")
        #expect(tags[2] == "``")
        #expect(tags[6] == "''")
    }

    @Test func typographicApostropheIsReadAsASCII() {
        #expect(tagger.tag(tokens("Korea ’s envoy"))[1] == .POS)
        #expect(tagger.lexiconTag(for: "n’t") == .RB)
    }

    @Test func emptySentenceHasNoTags() {
        #expect(tagger.tag([]).isEmpty)
        #expect(tagger.tag(words: []).isEmpty)
    }

    @Test func taggingWordsMatchesTaggingTokens() {
        let sentence = "The rebels will resume talks in Geneva next week ."
        #expect(tagger.tag(words: sentence.split(separator: " ").map(String.init)) == tagger.tag(tokens(sentence)))
    }

    @Test func documentedExampleTagsAsShown() {
        #expect(tagger.tag(words: ["They", "threatened", "to", "attack", "the", "base"]) == [.PRP, .VBD, .TO, .VB, .DT, .NN])
    }

    @Test func modalIsFollowedByABaseVerb() {
        #expect(tagStrings(tagger, "talks would resume")[1...] == ["MD", "VB"])
    }
}

/// The model folder in the source tree.
func modelDirectory() -> URL {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/DyadSyntax/Model")
}
