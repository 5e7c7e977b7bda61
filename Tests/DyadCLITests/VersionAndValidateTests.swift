import DyadTestSupport
import Foundation
import Testing

@Suite struct VersionCommandTests {
    @Test func versionPrintsTheDictionaryVersion() throws {
        let r = try DyadProcess.run(["version"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("dyad ") == true)
        let dictionaries = try #require(lines.dropFirst().first)
        #expect(dictionaries.hasPrefix("dictionaries "))
        #expect(dictionaries.split(separator: " ")[1].count == 16, "a 16-hex-digit hash: \(dictionaries)")
    }
}

@Suite(.enabled(if: FileManager.default.fileExists(atPath: DyadProcess.packageRoot
    .appendingPathComponent("../shared/petrarch/validate/PETR.UnitTest.records.xml").path),
                "../shared/petrarch is absent: this test needs PETR.UnitTest.records.xml"))
struct ValidateExplainTests {
    @Test func explainSaysWhichCodedEventsTheResultLeavesOut() throws {
        // DEMO-04 codes ARN 064 with no target; the record requires a dyad, so the result is "no events".
        let r = try DyadProcess.run(["validate", "../shared/petrarch/validate/PETR.UnitTest.records.xml",
                                     "--record", "DEMO-04", "--explain"])
        #expect(r.stdout.contains("actual:   no events"))
        #expect(r.stdout.contains("event   ARN 064 —"))
        #expect(r.stdout.contains("not counted: ARN 064 —: no target, and the record requires a dyad"))
    }

    @Test func explainWithARecordExplainsItWhenItPasses() throws {
        let r = try DyadProcess.run(["validate", "../shared/petrarch/validate/PETR.UnitTest.records.xml",
                                     "--record", "DEMO-01", "--explain"])
        #expect(r.stdout.hasPrefix("PASS DEMO-01"))
        #expect(r.stdout.contains("rule PETR.Validate.verbs.txt"))
    }
}
