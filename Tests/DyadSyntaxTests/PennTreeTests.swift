import DyadSyntax
import Testing

@Suite("Penn Treebank trees")
struct PennTreeTests {
    @Test func leavesAreWordsWithTheirTagsInOrder() throws {
        let tree = try PennTree.parse("(ROOT (S (NP (NNP Zorvath)) (VP (VBD signed) (NP (DT the) (NN accord))) (. .)))")
        let leaves = tree.leaves()
        #expect(leaves.map(\.word) == ["Zorvath", "signed", "the", "accord", "."])
        #expect(leaves.map(\.tag) == ["NNP", "VBD", "DT", "NN", "."])
    }

    @Test func nodesKeepTheirLabelsAndChildren() throws {
        let tree = try PennTree.parse("(S (NP (PRP We)) (VP (VBD met)))")
        #expect(tree.label == "S")
        #expect(tree.children.map(\.label) == ["NP", "VP"])
        #expect(tree.children[0].children[0] == PennTree(label: "PRP", word: "We"))
        #expect(tree.children[0].children[0].isLeaf)
        #expect(!tree.isLeaf)
    }

    @Test func outerNodeMayHaveNoLabel() throws {
        let tree = try PennTree.parse("( (S (NP (PRP We)) (VP (VBD met))))")
        #expect(tree.label == "")
        #expect(tree.leaves().count == 2)
    }

    @Test func lineBreaksAndSpacesAreIgnored() throws {
        let tree = try PennTree.parse("\n(S\n  (NP (PRP We)\n  )\n  (VP (VBD met) )  \n)\n")
        #expect(tree.leaves().map(\.word) == ["We", "met"])
    }

    @Test func unclosedBracketNamesItsCharacter() {
        #expect(throws: PennTreeError(problem: .unclosedOpen, character: 4)) {
            try PennTree.parse("(S (NP (PRP We)")
        }
    }

    @Test func extraClosingBracketNamesItsCharacter() {
        #expect(throws: PennTreeError(problem: .unmatchedClose, character: 18)) {
            try PennTree.parse("(S (NP (PRP We)))) ")
        }
    }

    @Test func errorMessageSaysUnbalancedBracketsAtCharacter() {
        let error = PennTreeError(problem: .unmatchedClose, character: 17)
        #expect(error.description == "Penn tree: unbalanced brackets: ')' at character 17 closes nothing")
    }

    @Test func charactersAreCountedNotBytes() {
        #expect(throws: PennTreeError(problem: .unmatchedClose, character: 11)) {
            // "ë" is two bytes but one character.
            try PennTree.parse("(NNP Zoë) ) ")
        }
    }

    @Test func emptyTextIsAnError() {
        #expect(throws: PennTreeError(problem: .empty, character: 3)) { try PennTree.parse("  ") }
    }

    @Test func textOutsideBracketsIsAnError() {
        #expect(throws: PennTreeError(problem: .expectedOpen, character: 1)) { try PennTree.parse("S (NP (PRP We))") }
        #expect(throws: PennTreeError(problem: .trailingText, character: 12)) { try PennTree.parse("(PRP We)   extra") }
    }

    @Test func nodeWithoutWordOrChildrenIsAnError() {
        #expect(throws: PennTreeError(problem: .emptyNode, character: 4)) { try PennTree.parse("(S (NP ) (VBD met))") }
    }

    @Test func wordBesideChildNodesIsAnError() {
        #expect(throws: PennTreeError(problem: .wordBesideNodes, character: 13)) { try PennTree.parse("(S (PRP We) met)") }
    }
}
