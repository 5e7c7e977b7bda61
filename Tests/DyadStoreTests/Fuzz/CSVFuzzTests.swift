import DyadStore
import DyadTestSupport
import DyadText
import Testing

/// Mutated CSV files: the reader never crashes or hangs, and every result names
/// a line of the file, in order.
@Suite struct CSVFuzzTests {
    @Test func csvReaderNamesALineForEveryResult() {
        let stats = Fuzzer(target: "csv").run { bytes in
            var lines: [Int] = []
            do {
                try CSVDocumentReader().read(bytes: bytes, name: "f.csv") { r in
                    switch r {
                    case .success(let d): lines.append(d.origin?.line ?? -1)
                    case .failure(let e): lines.append(e.location.line ?? 1)
                    }
                }
            } catch {
                return "threw \(error)"
            }
            let count = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            if let bad = lines.first(where: { !(1...count).contains($0) }) { return "line \(bad) of \(count)" }
            return zip(lines, lines.dropFirst()).allSatisfy { $0 <= $1 } ? nil : "lines out of order: \(lines.prefix(10))"
        }
        print(stats)
        #expect(stats.failures.isEmpty, "\(stats.failures.prefix(3))")
        #expect(stats.hangs.isEmpty)
    }
}
