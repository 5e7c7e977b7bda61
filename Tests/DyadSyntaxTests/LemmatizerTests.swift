import DyadSyntax
import Foundation
import Testing

@Suite("Lemmatizer")
struct LemmatizerTests {
    let lemmatizer: Lemmatizer

    init() throws {
        lemmatizer = try Lemmatizer.bundled()
    }

    @Test func irregularVerbsComeFromTheTable() {
        #expect(lemmatizer.lemma(of: "went", tag: .VBD) == "go")
        #expect(lemmatizer.lemma(of: "was", tag: .VBD) == "be")
        #expect(lemmatizer.lemma(of: "seized", tag: .VBN) == "seize")
    }

    @Test func regularVerbsComeFromTheTable() {
        #expect(lemmatizer.lemma(of: "awarded", tag: .VBD) == "award")
        #expect(lemmatizer.lemma(of: "stopped", tag: .VBD) == "stop")
        #expect(lemmatizer.lemma(of: "pledged", tag: .VBN) == "pledge")
        #expect(lemmatizer.lemma(of: "accuses", tag: .VBZ) == "accuse")
    }

    @Test func pluralNounsComeFromTheTable() {
        #expect(lemmatizer.lemma(of: "children", tag: .NNS) == "child")
        #expect(lemmatizer.lemma(of: "weapons", tag: .NNS) == "weapon")
    }

    @Test func baseFormIsItsOwnLemma() {
        #expect(lemmatizer.lemma(of: "attack", tag: .VB) == "attack")
    }

    @Test func unknownPastTenseUndoublesTheFinalConsonant() {
        #expect(lemmatizer.lemma(of: "glorpped", tag: .VBD) == "glorp")
    }

    @Test func unknownPastTenseRestoresASilentE() {
        #expect(lemmatizer.lemma(of: "frudged", tag: .VBD) == "frudge")
        #expect(lemmatizer.lemma(of: "blorvated", tag: .VBN) == "blorvate")
    }

    @Test func unknownPastTenseInIedEndsInY() {
        #expect(lemmatizer.lemma(of: "zarbied", tag: .VBD) == "zarby")
    }

    @Test func unknownGerundLosesIng() {
        #expect(lemmatizer.lemma(of: "plinking", tag: .VBG) == "plink")
        #expect(lemmatizer.lemma(of: "glorpping", tag: .VBG) == "glorp")
    }

    @Test func unknownPluralNounLosesItsEnding() {
        #expect(lemmatizer.lemma(of: "zarbies", tag: .NNS) == "zarby")
        #expect(lemmatizer.lemma(of: "glorches", tag: .NNS) == "glorch")
        #expect(lemmatizer.lemma(of: "plinks", tag: .NNPS) == "plink")
        #expect(lemmatizer.lemma(of: "glorpus", tag: .NNS) == "glorpus")
    }

    @Test func unknownThirdPersonVerbLosesS() {
        #expect(lemmatizer.lemma(of: "plinks", tag: .VBZ) == "plink")
    }

    @Test func otherTagsAreReturnedUnchanged() {
        #expect(lemmatizer.lemma(of: "better", tag: .JJR) == "better")
        #expect(lemmatizer.lemma(of: "data", tag: .NN) == "data")
        #expect(lemmatizer.lemma(of: "leaves", tag: .NNP) == "leaves")
    }
}
