import DyadSyntax
import Foundation

// Tagging + parsing throughput on one core.
//
//   dyad-bench-parse CONLLU [MODEL_DIR] [--seconds S]
//
// Parses the word forms of CONLLU's sentences of 15–40 words (news-length;
// about 25 on average) over and over for S seconds (default 5) on one
// thread, and prints sentences and words per second.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dyad-bench-parse: \(message)\n".utf8))
    exit(1)
}

var positional: [String] = []
var seconds = 5.0
var args = Array(CommandLine.arguments.dropFirst())[...]
while let a = args.popFirst() {
    if a == "--seconds" {
        guard let v = args.popFirst().flatMap(Double.init) else { fail("--seconds needs a number") }
        seconds = v
    } else {
        positional.append(a)
    }
}
guard let path = positional.first else { fail("usage: dyad-bench-parse CONLLU [MODEL_DIR] [--seconds S]") }
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
let sentences: [[String]]
do {
    sentences = try CoNLLU.read(text, file: path).map { $0.words.map(\.form) }.filter { $0.count >= 15 && $0.count <= 40 }
} catch {
    fail(error.description)
}
let clock = ContinuousClock()
let loadStart = clock.now
let parser: DependencyParser
do {
    parser = try positional.count > 1 ? DependencyParser(modelDirectory: URL(fileURLWithPath: positional[1])) : DependencyParser.bundled()
} catch {
    fail("\(error)")
}
let loadTime = clock.now - loadStart
let words = sentences.reduce(0) { $0 + $1.count }
print("corpus: \(sentences.count) sentences of 15-40 words, \(String(format: "%.1f", Double(words) / Double(sentences.count))) words on average; model loaded in \(loadTime)")
// Warm up once, then time whole passes.
var checksum = 0
for s in sentences { checksum &+= parser.parse(words: s).words.count }
/// CPU time of this thread: on a busy machine, wall time also counts the
/// time other processes held the core.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var passes = 0
let start = clock.now
let cpuStart = threadCPUSeconds()
while clock.now - start < .seconds(seconds) {
    for s in sentences { checksum &+= parser.parse(words: s).words.count }
    passes += 1
}
let elapsed = clock.now - start
let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let cpu = threadCPUSeconds() - cpuStart
let n = Double(passes * sentences.count)
let perSentence = Double(words) / Double(sentences.count)
print(String(format: "%.0f sentences/s, %.0f words/s of CPU time (%d passes, %.2f s CPU on one thread)",
             n / cpu, n * perSentence / cpu, passes, cpu))
print(String(format: "%.0f sentences/s of wall time (%.2f s; lower when other processes share the core); checksum %d",
             n / wall, wall, checksum))
