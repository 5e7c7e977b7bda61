import DyadSyntax
import Foundation

// Trains dyad's part-of-speech tagger and dependency parser from UD English
// EWT and writes Sources/DyadSyntax/Model/{tagger,parser}.bin.
//
//   dyad-train-syntax [--tagger-only] [--min-weight W] [--min-updates N] [--tag-cache F] [--parser-epochs N] [--explore P] [--parser-runs N] [UD_DIR] [MODEL_DIR]
//
// UD_DIR defaults to ../shared/ud/en_ewt, MODEL_DIR to Sources/DyadSyntax/Model.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dyad-train-syntax: \(message)\n".utf8))
    exit(1)
}

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

var options = SyntaxTrainingOptions()
var positional: [String] = []
var rest = Array(CommandLine.arguments.dropFirst())[...]
while let arg = rest.popFirst() {
    switch arg {
    case "-h", "--help":
        say("""
            usage: dyad-train-syntax [--tagger-only] [--min-weight W] [--min-updates N] [--tag-cache F] [--parser-epochs N] [--explore P] [--parser-runs N] [UD_DIR] [MODEL_DIR]
              UD_DIR     holds en_ewt-ud-{train,dev,test}.conllu (default ../shared/ud/en_ewt)
              MODEL_DIR  receives tagger.bin and parser.bin (default Sources/DyadSyntax/Model)
              --tagger-only   train and report the tagger only; writes nothing
              --parser-epochs N  most parser epochs (default \(options.parserEpochs); the best on dev is kept)
              --explore P     how often training follows the parser's own move (default \(options.exploreProbability))
              --parser-runs N train N parsers with different shuffles and average them if that is better on dev
              --tag-cache F   keep the tagger and the parser's training tags in F, and reuse them
                              when F exists (for trying parser settings; delete F after changing the tagger)
              --min-weight W  drop averaged weights below W (default \(options.parserMinimumWeight))
              --min-updates N drop parser features updated fewer than N times (default \(options.parserMinimumUpdates))
            """)
        exit(0)
    case "--min-updates":
        guard let v = rest.popFirst().flatMap(Int.init) else { fail("--min-updates needs a whole number, e.g. --min-updates 3") }
        options.parserMinimumUpdates = v
    case "--tag-cache":
        guard let v = rest.popFirst() else { fail("--tag-cache needs a file name") }
        options.tagCache = URL(fileURLWithPath: v)
    case "--parser-epochs":
        guard let v = rest.popFirst().flatMap(Int.init), v > 0 else { fail("--parser-epochs needs a positive whole number") }
        options.parserEpochs = v
    case "--explore":
        guard let v = rest.popFirst().flatMap(Double.init), v >= 0, v <= 1 else { fail("--explore needs a probability, e.g. --explore 0.9") }
        options.exploreProbability = v
    case "--parser-runs":
        guard let v = rest.popFirst().flatMap(Int.init), v > 0 else { fail("--parser-runs needs a positive whole number") }
        options.parserRuns = v
    case "--tagger-only":
        options.taggerOnly = true
    case "--min-weight":
        guard let v = rest.popFirst().flatMap(Float.init) else { fail("--min-weight needs a number, e.g. --min-weight 0.02") }
        options.taggerMinimumWeight = v
        options.parserMinimumWeight = v
    default:
        if arg.hasPrefix("-") { fail("unknown option \(arg); see --help") }
        positional.append(arg)
    }
}
let udDir = URL(fileURLWithPath: positional.first ?? "../shared/ud/en_ewt")
let modelDir = URL(fileURLWithPath: positional.dropFirst().first ?? "Sources/DyadSyntax/Model")

func load(_ part: String) -> [CoNLLUSentence] {
    let url = udDir.appendingPathComponent("en_ewt-ud-\(part).conllu")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        fail("cannot read \(url.path); pass the folder holding the EWT .conllu files as the first argument")
    }
    do {
        return try CoNLLU.read(text, file: url.path)
    } catch {
        fail(error.description)
    }
}

let clock = ContinuousClock()
let started = clock.now
func elapsed() -> String { String(format: "%7.1fs", Double((clock.now - started).components.seconds) + Double((clock.now - started).components.attoseconds) / 1e18) }
let train = load("train"), dev = load("dev"), test = load("test")
let parser = SyntaxTrainer.train(train: train, dev: dev, options: options) { line in say("[\(elapsed())] \(line)") }
if options.taggerOnly {
    say("dev:  \(DependencyEvaluation.score(parser, gold: dev))")
    exit(0)
}
do {
    try SyntaxTrainer.write(parser, to: modelDir)
} catch {
    fail("\(error)")
}
say("[\(elapsed())] wrote \(modelDir.path)/tagger.bin and parser.bin")
say(parser.summary)
say("dev:  \(DependencyEvaluation.score(parser, gold: dev))")
say("test: \(DependencyEvaluation.score(parser, gold: test))")
