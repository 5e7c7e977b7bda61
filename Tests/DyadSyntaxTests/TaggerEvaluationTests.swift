import DyadSyntax
import Testing

@Suite("Tagger evaluation")
struct TaggerEvaluationTests {
    @Test func countsTagsThatMatchTheTree() throws {
        let tagger = try BrillTagger.bundled()
        // Gold "signed" deliberately wrong (VBN): 4 of 5 can match.
        let tree = try PennTree.parse("(S (NP (NNP Zorvath)) (VP (VBN signed) (NP (DT the) (NN accord))) (. .))")
        let result = TaggerEvaluation.accuracy(tagger: tagger, trees: [tree])
        #expect(result.total == 5)
        #expect(result.correct == 4)
    }

    @Test func tracesAreNotCounted() throws {
        let tree = try PennTree.parse("(S (NP (-NONE- *T*-1)) (VP (VBD left)))")
        let gold = TaggerEvaluation.goldWords(of: tree)
        #expect(gold.words == ["left"])
        #expect(gold.tags == [.VBD])
    }

    @Test func auxiliaryTagsCountAsVerbTags() throws {
        let tree = try PennTree.parse("(S (NP (PRP They)) (VP (AUXD did) (RB not) (VP (VB leave))))")
        #expect(TaggerEvaluation.goldWords(of: tree).tags == [.PRP, .VBD, .RB, .VB])
    }

    @Test func treebankBracketsAndQuotesBecomeText() throws {
        let tree = try PennTree.parse("(S (-LRB- -LRB-) (`` ``) (NN talks) ('' '') (-RRB- -RRB-))")
        let gold = TaggerEvaluation.goldWords(of: tree)
        #expect(gold.words == ["(", "\"", "talks", "\"", ")"])
        #expect(gold.tags == [.openParen, .openQuote, .NN, .closeQuote, .closeParen])
    }

    @Test func mistakesAreListedMostFrequentFirst() throws {
        let tagger = try BrillTagger.bundled()
        let trees = try ["(S (NN the) (NN accord))", "(S (NN the) (NN envoy))", "(S (VB an) (NN envoy))"].map { try PennTree.parse($0) }
        let confusions = TaggerEvaluation.confusions(tagger: tagger, trees: trees)
        #expect(confusions.first?.gold == .NN)
        #expect(confusions.first?.predicted == .DT)
        #expect(confusions.first?.count == 2)
    }
}
