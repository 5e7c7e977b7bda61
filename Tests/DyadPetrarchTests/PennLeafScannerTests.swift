import DyadSyntax
import Testing
@testable import DyadPetrarch

@Suite struct PennLeafScannerTests {
    /// The scanner's leaves are the tree's leaves; where the tree reader
    /// throws, the scanner gives up.
    func agrees(_ text: String) -> Bool {
        let scanned = PennLeafScanner.leaves(of: text)
        guard let tree = try? PennTree.parse(text) else { return scanned == nil }
        guard let scanned else { return false }
        let leaves = tree.leaves()
        return scanned.count == leaves.count && zip(scanned, leaves).allSatisfy { $0.word == $1.word && $0.tag == $1.tag }
    }

    @Test func wellFormedTreesGiveTheTreesLeaves() {
        #expect(agrees("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"))
        #expect(agrees("( (S (NP (PRP We)) (VP (VBD met)) (. .)))"))
        #expect(agrees("\n(S\n  (NP (-LRB- -LRB-) (NNP UN) (-RRB- -RRB-))\n  (VP (VBD left)))\n"))
        #expect(agrees("(NNP Arnor)"))
        #expect(agrees("(S (NP (-NONE- *T*-1)) (VP (VBZ é)))"))
        #expect(PennLeafScanner.leaves(of: "(S (NP (NNP Arnor)))")?.map(\.word) == ["Arnor"])
    }

    @Test func malformedTreesAreLeftToTheTreeReader() {
        for bad in ["", "  ", "(S (NP (NNP Arnor))", "(S (NP (NNP Arnor))))", "(S (NP))", "()", "(S (NP (NNP Arnor) x))",
                    "(S word (NP (NNP A)))", "(NNP two words)", "x (S (NN a))", "(S (NN a)) trailing"] {
            #expect(agrees(bad), "\(bad)")
            #expect(PennLeafScanner.leaves(of: bad) == nil, "\(bad)")
        }
    }

    @Test func deepTreesAreReadToo() {
        let deep = String(repeating: "(NP ", count: 60) + "(NNP Arnor)" + String(repeating: ")", count: 60)
        #expect(agrees(deep))
        #expect(PennLeafScanner.leaves(of: deep)?.map(\.word) == ["Arnor"])
        #expect(agrees(String(repeating: "(", count: 100)))
        #expect(agrees(String(repeating: "( ", count: 50) + "x" + String(repeating: ")", count: 50)))
    }

    @Test func adapterReadsAParseAsItReadsItsTree() throws {
        let parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Gondor)))) (. .)))"
        let adapter = ParseAdapter(parser: try ShallowParser.bundled())
        let fromTree = adapter.analyze(try PennTree.parse(parse))
        let fromText = try adapter.analyze(parse: parse)
        #expect(fromText.body == fromTree.body)
        #expect(fromText.sentence.tags == fromTree.sentence.tags)
        #expect(fromText.sentence.lemmas == fromTree.sentence.lemmas)
        #expect(throws: PennTreeError.self) { try adapter.analyze(parse: "(S (NP (NNP Arnor))") }
    }
}
