import DyadLexicon
import DyadTestSupport
import Testing

/// Mutated dictionary files, read as every kind, dyad's and PETRARCH's: no crash
/// or hang, every problem names a line of the file, and the set compiles.
@Suite struct DictionaryFuzzTests {
    @Test func dictionaryReadersNameALineForEveryIssueAndCompile() {
        let stats = Fuzzer(target: "dictionaries").run { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            let lines = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            var set = DictionarySet()
            for kind in DictionaryKind.allCases { set.add(text: text, kind: kind, file: "f.txt") }
            set.addPetrarch(text: text, kind: .verbs, file: "f.txt")
            set.addPetrarch(text: text, kind: .actors, file: "f.txt")
            set.addPetrarch(text: text, kind: .agents, file: "f.txt")
            if let bad = set.issues.first(where: { ($0.location.line ?? 1) < 1 || ($0.location.line ?? 1) > lines }) {
                return "issue at line \(bad.location.line ?? 0) of \(lines): \(bad.message)"
            }
            _ = Lexicon(set)
            return nil
        }
        print(stats)
        #expect(stats.failures.isEmpty, "\(stats.failures.prefix(3))")
        #expect(stats.hangs.isEmpty)
    }
}
