@testable import DyadStore
import Testing

@Suite struct CodeTallyTests {
    func tally(_ codes: [String]) -> [String: Int] {
        var t = CodeTally()
        for code in codes { Array(code.utf8).withUnsafeBufferPointer { t.add($0) } }
        return t.counts
    }

    @Test func repeatedCodesAreCountedOnce() {
        #expect(tally(["SYRGOV", "PRKGOV", "SYRGOV", "", "SYRGOV"]) == ["SYRGOV": 3, "PRKGOV": 1, "": 1])
    }

    @Test func manyDistinctCodesKeepTheirCountsAsTheTableGrows() {
        let codes = (0..<500).map { "C\($0)" }
        let counted = tally(codes + codes.prefix(100))
        #expect(counted.count == 500)
        #expect(counted["C0"] == 2 && counted["C99"] == 2 && counted["C100"] == 1 && counted["C499"] == 1)
    }
}
