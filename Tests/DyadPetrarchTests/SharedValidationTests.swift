import DyadCoder
import DyadLexicon
import DyadSyntax
import Foundation
import Testing
@testable import DyadPetrarch

/// Locates ../shared beside the package (present in CI, absent in a user's clone).
enum SharedPetrarch {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/petrarch")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("validate/PETR.UnitTest.records.xml").path) }
}

@Suite(.enabled(if: SharedPetrarch.isPresent, "needs ../shared/petrarch (PETRARCH validation data); absent in a fresh clone, present in CI"))
struct SharedValidationTests {
    func report(useParse: Bool) throws -> ValidationRunner.Report {
        let url = SharedPetrarch.root.appendingPathComponent("validate/PETR.UnitTest.records.xml")
        let file = PetrarchXMLReader.read(try String(contentsOf: url, encoding: .utf8))
        let set = try #require(file.environment).loadDictionaries(folder: url.deletingLastPathComponent())
        let coder = try EventCoder.petrarch(set, parser: try ShallowParser.bundled(), options: CodingOptions(includeNegated: true))
        let runner = ValidationRunner(coder: coder, discards: try #require(file.environment).loadDiscards(folder: url.deletingLastPathComponent()))
        return runner.run(file.records, useParse: useParse)
    }

    @Test func unitTestRecordsWithGivenParsesPassAboveTheFloor() throws {
        let r = try report(useParse: true)
        #expect(r.outcomes.count == 284)
        #expect(r.passed * 100 >= r.outcomes.count * 93, "\(r.passed) passed, \(r.failed) failed")
    }

    @Test func unitTestRecordsFromRawTextPassAboveTheFloor() throws {
        let r = try report(useParse: false)
        #expect(r.passed * 100 >= r.outcomes.count * 88, "\(r.passed) passed, \(r.failed) failed")
    }

    @Test func phoenixDictionariesLoadWithFewMalformedLines() throws {
        let set = try DictionarySet.load(folders: [SharedPetrarch.root.appendingPathComponent("phoenix")])
        #expect(set.actors.count > 20_000)
        #expect(set.verbs.count > 100_000)
        #expect(set.issues.filter { $0.severity == .error }.count < 20)
    }
}
