import DyadSyntax
import Testing

/// Bracketed parses nested far deeper than any real one: an error, not a
/// stack overflow.
@Suite struct DeepTreeTests {
    @Test func fiftyThousandUnclosedBracketsAreAnError() {
        let text = String(repeating: "(", count: 50_000)
        #expect(throws: PennTreeError.self) { try PennTree.parse(text) }
    }

    @Test func fiftyThousandBalancedLevelsAreTooDeep() {
        let text = String(repeating: "(X ", count: 50_000) + "(NN word)" + String(repeating: ")", count: 50_000)
        do {
            _ = try PennTree.parse(text)
            Issue.record("a 50,000-level tree was read")
        } catch {
            #expect(error.problem == .tooDeep)
            #expect(error.description.contains("nested deeper than \(PennTree.maximumDepth) levels"))
        }
    }

    @Test func treeAtTheDepthLimitIsRead() throws {
        let levels = PennTree.maximumDepth - 1
        let text = String(repeating: "(X ", count: levels) + "(NN word)" + String(repeating: ")", count: levels)
        #expect(try PennTree.parse(text).leaves().map(\.word) == ["word"])
    }
}
