import Foundation

/// Settings for ``SyntaxTrainer``. The defaults are the ones dyad's bundled
/// model was trained with.
public struct SyntaxTrainingOptions: Sendable {
    /// Most tagger passes over the training data; the best on dev is kept.
    public var taggerEpochs = 10
    /// Most parser passes; the best on dev (LAS) is kept.
    public var parserEpochs = 15
    /// Folds for jackknifing: the parser trains on tags from taggers that
    /// never saw the sentence, so it learns from realistic tagging errors.
    public var folds = 10
    public var seed: UInt64 = 20_140_526
    /// After the first parser epoch, how often the parser follows its own
    /// move rather than the oracle's (the dynamic oracle's exploration).
    public var exploreProbability = 1.0
    /// Parser runs with different shuffles whose weights are averaged
    /// (parameter mixing); the average is kept only when it is better on dev.
    public var parserRuns = 4
    /// Averaged weights smaller than these are dropped from the model files.
    public var taggerMinimumWeight: Float = 0.3
    public var parserMinimumWeight: Float = 0.3
    /// Features updated fewer times than these in training are dropped.
    public var taggerMinimumUpdates = 1
    public var parserMinimumUpdates = 3
    /// Stop after the tagger (for tuning it); the parser is then untrained.
    public var taggerOnly = false
    /// A file keeping the trained tagger and the jackknifed training tags, for
    /// trying parser settings without retraining the tagger (nil: none).
    public var tagCache: URL? = nil

    public init() {}
}

/// Trains dyad's tagger and dependency parser from a Universal Dependencies
/// treebank with Penn XPOS tags (EWT), and writes the model files.
///
/// ```swift
/// let train = try CoNLLU.read(trainText, file: "en_ewt-ud-train.conllu")
/// let dev = try CoNLLU.read(devText, file: "en_ewt-ud-dev.conllu")
/// let parser = SyntaxTrainer.train(train: train, dev: dev, options: .init()) { print($0) }
/// try SyntaxTrainer.write(parser, to: modelFolder)  // tagger.bin, parser.bin
/// ```
///
/// Training is deterministic: the same data and options give the same bytes.
public enum SyntaxTrainer {
    public static func train(train: [CoNLLUSentence], dev: [CoNLLUSentence], options: SyntaxTrainingOptions,
                             log: (String) -> Void) -> DependencyParser {
        let lexicon = LexiconLookup.bundled()
        let classNames = Set(train.flatMap { $0.words.map(TrainingData.className) }).sorted()
        let labelNames = Set(train.flatMap { $0.words.map(\.deprel) }).sorted()
        let classIDs = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, Int32($0)) })
        let labelIDs = Dictionary(uniqueKeysWithValues: labelNames.enumerated().map { ($1, UInt8($0)) })
        log("\(train.count) training sentences, \(classNames.count) tag classes, \(labelNames.count) relations")
        var trainData = TrainingData.prepare(train, classes: classIDs, labels: labelIDs, lexicon: lexicon)
        var devData = TrainingData.prepare(dev, classes: classIDs, labels: labelIDs, lexicon: lexicon)

        // Steps 1-4 (the tagger and the parser's training tags) are the slow part;
        // with `tagCache` they are read back from an earlier run when present.
        let cached = options.tagCache.flatMap { TagCache.read($0, sentences: trainData.count) }
        let tagger: TaggerModel
        if let cached {
            tagger = cached.tagger
            for i in trainData.indices { trainData[i].tags = cached.trainTags[i] }
            log("tagger and jackknifed tags read from \(options.tagCache!.path)")
        } else {
            // 1. The tagger's first pass, keeping the epoch with the best dev accuracy.
            func bestOnDev(_ name: String, seed: UInt64, firstPass: [[Int32]]? = nil, base: TaggerModel? = nil) -> (TaggerModel, Int) {
                var best: TaggerModel? = nil
                var bestEpoch = 0, bestScore = -1.0
                var scores: [Double] = []
                _ = TaggerTraining.train(trainData, classNames: classNames, epochs: options.taggerEpochs, seed: seed,
                                         minimumWeight: options.taggerMinimumWeight, minimumUpdates: options.taggerMinimumUpdates,
                                         firstPass: firstPass, base: base) { epoch, model in
                    let acc = TaggerTraining.accuracy(model, devData)
                    scores.append(acc)
                    if acc > bestScore { bestScore = acc; bestEpoch = epoch; best = model }
                }
                for (e, acc) in scores.enumerated() { log("\(name) epoch \(e + 1): dev XPOS \(String(format: "%.4f", acc))") }
                log("\(name): keeping epoch \(bestEpoch)")
                return (best!, bestEpoch)
            }
            let (firstPass, firstEpochs) = bestOnDev("tagger pass 1", seed: options.seed)

            // 2. Jackknifed first-pass tags: each fold tagged by a tagger that never saw it.
            let folds = max(2, options.folds)
            let data = trainData
            let foldFirst = parallelMap(folds) { f in
                TaggerTraining.train(data.indices.filter { $0 % folds != f }.map { data[$0] }, classNames: classNames, epochs: firstEpochs,
                                     seed: options.seed &+ UInt64(f + 1), minimumWeight: options.taggerMinimumWeight,
                                     minimumUpdates: options.taggerMinimumUpdates)
            }
            var jackknifed = [[Int32]](repeating: [], count: trainData.count)
            for f in 0..<folds {
                let held = trainData.indices.filter { $0 % folds == f }
                for (i, t) in zip(held, TaggerTraining.tag(foldFirst[f], held.map { trainData[$0] })) { jackknifed[i] = t }
            }
            log("jackknifed first-pass tags for \(folds) folds")

            // 3. The second pass, trained on the jackknifed first-pass tags.
            let (twoPass, secondEpochs) = bestOnDev("tagger pass 2", seed: options.seed &+ 101, firstPass: jackknifed, base: firstPass)
            if options.taggerOnly {
                let none = WeightTable.empty(classes: 3)
                let noLabels = WeightTable.empty(classes: labelNames.count)
                return DependencyParser(tagger: twoPass, parser: ParserModel(labels: labelNames, knownWords: FeatureIndex(),
                                                                             moves: none, arcLabels: noLabels), lexicon: lexicon)
            }

            // 4. Jackknifed two-pass tags for the parser's training data.
            let firstTags = jackknifed
            let foldSecond = parallelMap(folds) { f in
                let restIndices = data.indices.filter { $0 % folds != f }
                return TaggerTraining.train(restIndices.map { data[$0] }, classNames: classNames, epochs: secondEpochs,
                                            seed: options.seed &+ UInt64(f + 201), minimumWeight: options.taggerMinimumWeight,
                                            minimumUpdates: options.taggerMinimumUpdates, firstPass: restIndices.map { firstTags[$0] },
                                            base: foldFirst[f])
            }
            for f in 0..<folds {
                let held = trainData.indices.filter { $0 % folds == f }
                for (i, t) in zip(held, TaggerTraining.tag(foldSecond[f], held.map { trainData[$0] })) { trainData[i].tags = t }
            }
            log("jackknifed two-pass tags for \(folds) folds")
            tagger = twoPass
            if let url = options.tagCache { TagCache.write(url, tagger: tagger, trainTags: trainData.map(\.tags)) }
        }
        for (i, t) in TaggerTraining.tag(tagger, devData).enumerated() { devData[i].tags = t }

        // 5. The parser, keeping the epoch with the best dev LAS; with several
        //    runs (different shuffles), their best models' weights are averaged.
        let runs = max(1, options.parserRuns)
        let (train, dev) = (trainData, devData)
        let results = parallelMap(runs) { r in
            var best: ParserModel? = nil
            var bestScore = -1.0
            var lines: [String] = []
            _ = ParserTraining.train(train, labels: labelNames, epochs: options.parserEpochs, seed: options.seed &+ UInt64(r) &* 7919,
                                     exploreProbability: options.exploreProbability,
                                     minimumWeight: options.parserMinimumWeight, minimumUpdates: options.parserMinimumUpdates) { epoch, model in
                let (uas, las) = attachmentScores(model, dev)
                lines.append("parser run \(r + 1) epoch \(epoch): dev UAS \(String(format: "%.4f", uas)) LAS \(String(format: "%.4f", las))")
                if las > bestScore { bestScore = las; best = model }
            }
            return (best!, bestScore, lines)
        }
        for r in results { r.2.forEach(log) }
        var parser = results.max { $0.1 < $1.1 }!.0
        if runs > 1 {
            let mixed = ParserModel.average(results.map(\.0))
            let (uas, las) = attachmentScores(mixed, devData)
            log("parser, \(runs) runs averaged: dev UAS \(String(format: "%.4f", uas)) LAS \(String(format: "%.4f", las))")
            if las > results.map(\.1).max()! { parser = mixed }
        }
        return DependencyParser(tagger: tagger, parser: parser, lexicon: lexicon)
    }

    /// `body(0..<count)` computed on every core; the results are in index
    /// order whatever the scheduling, so training stays deterministic.
    static func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = ParallelSlots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let v = body(i)
            slots.lock.lock()
            slots.values[i] = v
            slots.lock.unlock()
        }
        return slots.values.map { $0! }
    }

    /// UAS and LAS (exact labels) of a parser model on prepared sentences with their tags.
    static func attachmentScores(_ model: ParserModel, _ sentences: [TrainingSentence]) -> (Double, Double) {
        var heads = 0, labelled = 0, total = 0
        for s in sentences {
            let (h, l) = model.parse(words: ParserModel.wordValues(s.features, known: model.knownWords), tags: ParserModel.tagValues(s.tags))
            for i in 0..<s.count {
                total += 1
                let gold = s.treeHeads[i] == Int32(s.count) ? -1 : s.treeHeads[i]
                if h[i] == gold {
                    heads += 1
                    if l[i] == s.goldLabels[i] { labelled += 1 }
                }
            }
        }
        return (Double(heads) / Double(max(total, 1)), Double(labelled) / Double(max(total, 1)))
    }

    /// The model files' names and bytes.
    public static func files(of parser: DependencyParser) -> [(name: String, bytes: [UInt8])] {
        var t = ByteWriter(), p = ByteWriter()
        for w in [0, 1] {
            var out = ByteWriter()
            out.u32(DependencyParser.magic)
            out.u32(DependencyParser.version)
            if w == 0 { t = out } else { p = out }
        }
        parser.tagger.write(to: &t)
        parser.parser.write(to: &p)
        return [(DependencyParser.taggerFile, t.data), (DependencyParser.parserFile, p.data)]
    }

    /// Writes `tagger.bin` and `parser.bin` into `directory`.
    public static func write(_ parser: DependencyParser, to directory: URL) throws {
        for (name, bytes) in files(of: parser) {
            let url = directory.appendingPathComponent(name)
            do {
                try Data(bytes).write(to: url)
            } catch {
                throw SyntaxModelError(file: url.path, line: 0, reason: "cannot write the model file (\(error.localizedDescription))")
            }
        }
    }
}

/// Results of ``SyntaxTrainer/parallelMap(_:_:)``, one slot per index, written under a lock.
private final class ParallelSlots<T>: @unchecked Sendable {
    var values: [T?]
    let lock = NSLock()
    init(_ n: Int) { values = Array(repeating: nil, count: n) }
}

/// The tagger and the parser's jackknifed training tags, saved between runs.
enum TagCache {
    static func write(_ url: URL, tagger: TaggerModel, trainTags: [[Int32]]) {
        var out = ByteWriter()
        tagger.write(to: &out)
        out.u32(UInt32(trainTags.count))
        for t in trainTags {
            out.u32(UInt32(t.count))
            for c in t { out.u32(UInt32(bitPattern: c)) }
        }
        try? Data(out.data).write(to: url)
    }

    static func read(_ url: URL, sentences: Int) -> (tagger: TaggerModel, trainTags: [[Int32]])? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        var input = ByteReader([UInt8](data), file: url.path)
        guard let tagger = try? TaggerModel.read(from: &input), let n = try? input.u32(), Int(n) == sentences else { return nil }
        var tags: [[Int32]] = []
        for _ in 0..<n {
            guard let m = try? input.u32() else { return nil }
            var t: [Int32] = []
            for _ in 0..<m {
                guard let c = try? input.u32() else { return nil }
                t.append(Int32(bitPattern: c))
            }
            tags.append(t)
        }
        return (tagger, tags)
    }
}
