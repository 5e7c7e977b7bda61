import DyadSyntax
import DyadTestSupport
import Foundation
import Testing
@testable import DyadPetrarch

/// Mutated PETRARCH XML files and Penn trees: no crash or hang; the streaming
/// record splitter (read in 64-byte chunks) finds what the whole-file reader
/// finds, and a parse the tree reader accepts gives the leaves the scanner reads.
@Suite struct PetrarchFuzzTests {
    static let file = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-fuzz-\(UUID().uuidString).xml")

    @Test func xmlReadersAndTreeReaderAgree() throws {
        let stats = Fuzzer(target: "petrarch").run { bytes in
            let parsed = PetrarchXMLReader.read(String(decoding: bytes, as: UTF8.self))
            for record in parsed.records {
                guard let parse = record.parse, let tree = try? PennTree.parse(parse) else { continue }
                let scanned = PennLeafScanner.leaves(of: parse)
                if scanned.map({ $0.map { "\($0.word)/\($0.tag)" } }) != tree.leaves().map({ "\($0.word)/\($0.tag)" }) {
                    return "record \(record.id): the scanner and the tree reader disagree"
                }
            }
            do {
                try Data(bytes).write(to: Self.file)
                var splitter = try PetrarchRecordSplitter(path: Self.file.path, chunkSize: 64)
                var items = 0
                while try splitter.next() != nil { items += 1 }
            } catch {
                return "splitter threw \(error)"
            }
            return nil
        }
        print(stats)
        #expect(stats.failures.isEmpty, "\(stats.failures.prefix(3))")
        #expect(stats.hangs.isEmpty)
    }

    @Test func pennTreeReaderNeverCrashes() {
        let stats = Fuzzer(target: "petrarch").run { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            guard let start = text.range(of: "(ROOT") else { return nil }
            let parse = String(text[start.lowerBound...].prefix { $0 != "<" })
            if let tree = try? PennTree.parse(parse), tree.leaves().isEmpty { return "a tree with no leaves" }
            return nil
        }
        print(stats)
        #expect(stats.failures.isEmpty, "\(stats.failures.prefix(3))")
        #expect(stats.hangs.isEmpty)
    }
}
