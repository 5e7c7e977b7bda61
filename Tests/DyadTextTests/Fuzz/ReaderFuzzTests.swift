import DyadTestSupport
import Testing
import DyadText

/// Mutated JSON Lines, HTML and text files: the readers never crash or hang,
/// and every record of a JSON Lines file gives exactly one result — a document
/// or an error naming its line — so none is lost.
@Suite struct ReaderFuzzTests {
    /// The lines of `bytes` holding a non-blank byte, as the JSON Lines reader counts records.
    static func recordLines(_ bytes: [UInt8]) -> [Int] {
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        var lines: [Int] = []
        for (k, line) in b.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { !String.isSpace($0) }) {
            lines.append(k + 1)
        }
        return lines
    }

    /// nil when every record line gave one result, in order; else what broke.
    static func checkJSONLines(_ bytes: [UInt8]) -> String? {
        let results = DocumentReader(format: .jsonl).documents(bytes: bytes, name: "f.jsonl")
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }  // UTF-16: lines differ
        let expected = recordLines(bytes)
        if expected.isEmpty { return results.count == 1 ? nil : "empty file gave \(results.count) results" }
        let lines = results.map { r -> Int? in
            switch r {
            case .success(let d): return d.origin?.line
            case .failure(let e): return e.location.line
            }
        }
        return lines == expected.map(Optional.some) ? nil : "records on lines \(expected.prefix(8)) gave results for \(lines.prefix(8))"
    }

    @Test func jsonLinesReaderLosesNoRecord() {
        let stats = Fuzzer(target: "jsonl").run(Self.checkJSONLines)
        print(stats)
        #expect(stats.failures.isEmpty, "\(stats.failures.prefix(3))")
        #expect(stats.hangs.isEmpty)
    }

    @Test func htmlReaderGivesOneResultPerPage() {
        let stats = Fuzzer(target: "html").run { bytes in
            let n = DocumentReader(format: .html).documents(bytes: bytes, name: "f.html").count
            return n == 1 ? nil : "\(n) results for one page"
        }
        print(stats)
        #expect(stats.failures.isEmpty, "\(stats.failures.prefix(3))")
        #expect(stats.hangs.isEmpty)
    }

    @Test func textPipelineSplitsEveryReadDocument() {
        let stats = Fuzzer(target: "html").run { bytes in
            for result in DocumentReader(format: .text).documents(bytes: bytes, name: "f.txt") {
                guard case .success(let doc) = result else { continue }
                let sentences = TextPipeline().sentences(in: doc)
                if let long = sentences.first(where: { $0.tokens.count > SentenceSplitter.maximumTokens }) {
                    return "a sentence of \(long.tokens.count) tokens"
                }
            }
            return nil
        }
        print(stats)
        #expect(stats.failures.isEmpty, "\(stats.failures.prefix(3))")
        #expect(stats.hangs.isEmpty)
    }
}
