import DyadSyntax
import Foundation
import Testing

@Suite("Tagger accuracy on the shared Penn Treebank parses",
       .enabled(if: SharedData.available, "../shared/petrarch is absent: these tests need PETR.UnitTest.records.xml and GigaWord.sample.PETR.xml"))
struct TaggerAccuracyTests {
    /// Accuracy over the well-formed parses of a file; prints the counts and
    /// the most frequent mistakes.
    func measure(_ url: URL) throws -> (accuracy: Double, malformed: Int) {
        let parses = try SharedData.parses(in: url)
        let trees = parses.compactMap { try? PennTree.parse($0) }
        let tagger = try BrillTagger.bundled()
        let clock = ContinuousClock()
        var counts = (correct: 0, total: 0)
        let elapsed = clock.measure { counts = TaggerEvaluation.accuracy(tagger: tagger, trees: trees) }
        let (correct, total) = counts
        let accuracy = Double(correct) / Double(max(total, 1))
        let name = url.lastPathComponent
        print("\(name): \(trees.count) of \(parses.count) parses, \(correct)/\(total) tokens correct, accuracy \(String(format: "%.4f", accuracy)), tagged in \(elapsed)")
        let top = TaggerEvaluation.confusions(tagger: tagger, trees: trees).prefix(10)
        print("\(name): most frequent mistakes (gold→tagged): " + top.map { "\($0.gold.string)→\($0.predicted.string) \($0.count)" }.joined(separator: ", "))
        return (accuracy, parses.count - trees.count)
    }

    @Test func unitTestRecordsAreTaggedAtLeast95PercentRight() throws {
        let (accuracy, malformed) = try measure(SharedData.unitTestRecords)
        #expect(accuracy >= 0.95)
        #expect(malformed == 2)
    }

    @Test func gigaWordSampleIsTaggedAtLeast94PercentRight() throws {
        let (accuracy, malformed) = try measure(SharedData.gigaWordSample)
        #expect(accuracy >= 0.94)
        #expect(malformed == 0)
    }

    @Test func malformedSharedParsesAreRejectedAsUnbalanced() throws {
        var problems: [PennTreeError.Problem] = []
        for parse in try SharedData.parses(in: SharedData.unitTestRecords) {
            do { _ = try PennTree.parse(parse) } catch { problems.append(error.problem) }
        }
        #expect(problems == [.unmatchedClose, .unclosedOpen])
    }
}
