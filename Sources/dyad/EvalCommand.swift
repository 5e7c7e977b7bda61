import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadPetrarch
import DyadSyntax
import DyadText
import Foundation

/// `dyad eval`: score coding against a gold standard.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score event coding against gold records: precision, recall and F1 by event type and by dyad.",
        discussion: """
        GOLD is dyad's gold JSON Lines ({"id","text","date","gold":[{"cameo"|"plover","source":[codes],"target":[codes]}]}) \
        or a PLOVER gold-standard JSON array (records with id, date, text, event, mode, context, source, target). \
        Without --events, dyad codes the gold texts itself; with --events, the events of any coder run \
        (dyad's JSON Lines event records, matched to gold documents by doc_id) are scored.

        Type scores compare, per document, the set of event types (CAMEO root, or PLOVER type for PLOVER gold); \
        dyad scores compare type + source country + target country.

        Examples:
          dyad eval evaluation/gold/dyad-gold.jsonl
          dyad code evaluation/gold/dyad-gold.jsonl > events.jsonl && dyad eval evaluation/gold/dyad-gold.jsonl --events events.jsonl
        """)

    @Argument(help: "Gold records (JSON Lines or a PLOVER JSON array).") var gold: String

    @Option(help: ArgumentHelp("Score these events (dyad JSON Lines) instead of coding the gold texts.", valueName: "FILE"))
    var events: String?

    @Option(help: "How many misses and false positives to list (0 for none).") var show = 50

    @Option(help: ArgumentHelp("The articles a sentence gold points into (JSON Lines), e.g. ../shared/dev/wikinews.jsonl.", valueName: "FILE"))
    var corpus: String?

    @Option(help: ArgumentHelp("Score only the sentences of this split of a sentence gold (dev or test).", valueName: "NAME"))
    var split: String?

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else { throw ValidationError("cannot read \(gold)") }
        let goldText = String(decoding: data, as: UTF8.self)
        if SentenceGold.isSentenceGold(goldText) { return try runSentenceGold(goldText) }
        let docs = try GoldReader.read(goldText, file: gold)
        var predicted: [String: [ScoredEvent]] = [:]
        if let events {
            guard let eventData = FileManager.default.contents(atPath: events) else { throw ValidationError("cannot read \(events)") }
            for (n, line) in String(decoding: eventData, as: UTF8.self).split(separator: "\n").enumerated() {
                guard let e = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let doc = e["doc_id"] as? String, let cameo = e["cameo"] as? String,
                      let source = e["source"] as? [String: Any] else {
                    StandardError.print("\(events):\(n + 1): not a dyad event record; skipped")
                    continue
                }
                let target = e["target"] as? [String: Any]
                predicted[doc, default: []].append(ScoredEvent(
                    cameo: cameo, plover: e["plover"] as? String,
                    sourceCountry: source["country"] as? String ?? "", targetCountry: target?["country"] as? String ?? ""))
            }
        } else {
            let set = try dictionaries.loadSet()
            let coder = try EventCoder.bundled(lexicon: Lexicon(set))
            for d in docs {
                predicted[d.id] = coder.code(Document(id: d.id, text: d.text, date: d.date)).map(ScoredEvent.init)
            }
        }
        report(Evaluation(gold: docs, predicted: predicted), goldEvents: docs.flatMap(\.events).count)
    }

    /// A gold coded sentence by sentence over corpus articles: code each article
    /// whole, score each sentence's events.
    func runSentenceGold(_ goldText: String) throws {
        guard let corpus else {
            throw ValidationError("\(gold) codes sentences of articles kept outside the repository: pass them with --corpus FILE (e.g. --corpus ../shared/dev/wikinews.jsonl)")
        }
        var articles: [Document] = []
        var failed = false
        DocumentReader().read(path: corpus) { result in
            switch result {
            case .success(let d): articles.append(d)
            case .failure(let e): StandardError.print(e.description); failed = true
            }
        }
        if failed && articles.isEmpty { throw ExitCode(1) }
        let sentenceGold = try SentenceGold(goldText, file: gold, corpus: articles, split: split)
        var coded: [Event] = []
        if let events {
            coded = try EvalCommand.readEvents(events)
        } else {
            let set = try dictionaries.loadSet()
            let coder = try EventCoder.bundled(lexicon: Lexicon(set))
            for article in sentenceGold.articles { coded += coder.code(article) }
        }
        let predicted = sentenceGold.scoredEvents(coded)
        let golden = sentenceGold.goldDocuments
        let withEvents = golden.filter { !$0.events.isEmpty }
        let silent = withEvents.filter { (predicted[$0.id] ?? []).isEmpty }.count
        let spurious = golden.filter { $0.events.isEmpty && !(predicted[$0.id] ?? []).isEmpty }.count
        StandardError.print("")
        report(Evaluation(gold: golden, predicted: predicted), goldEvents: golden.flatMap(\.events).count, preamble: [
            "\(sentenceGold.articles.count) articles\(split.map { ", split \($0)" } ?? "")",
            "sentences with a gold event and none coded: \(silent) of \(withEvents.count)"
                + String(format: " (%.1f%%)", withEvents.isEmpty ? 0 : 100 * Double(silent) / Double(withEvents.count)),
            "sentences with no gold event and some coded: \(spurious) of \(golden.count - withEvents.count)",
        ])
    }

    /// dyad event records (JSON Lines) read back as events, for scoring another run's output.
    static func readEvents(_ path: String) throws -> [Event] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
        let decoder = JSONDecoder()
        var events: [Event] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            do { events.append(try decoder.decode(Event.self, from: Data(line))) } catch {
                StandardError.print("\(path):\(n + 1): not a dyad event record (\(error)); skipped")
            }
        }
        return events
    }

    func report(_ ev: Evaluation, goldEvents: Int, preamble: [String] = []) {
        let out = OutputBuffer()
        for line in preamble { out.writeLine(line) }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ name: String, _ c: Evaluation.Counts) -> String {
            "\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) precision \(f(c.precision))  recall \(f(c.recall))  F1 \(f(c.f1))"
                + "   (\(c.truePositives) correct, \(c.predicted) coded, \(c.gold) gold)"
        }
        out.writeLine("\(ev.documents) documents, \(goldEvents) gold events, scheme \(ev.scheme.rawValue)")
        out.writeLine(row("type", ev.type))
        out.writeLine(row("dyad", ev.dyad))
        out.writeLine("")
        out.writeLine("type       gold  coded  correct  precision  recall     F1")
        for (t, c) in ev.byType.sorted(by: { $0.key < $1.key }) {
            out.writeLine(t.padding(toLength: 9, withPad: " ", startingAt: 0)
                + String(format: "%6d %6d %8d %10.3f %7.3f %6.3f", c.gold, c.predicted, c.truePositives, c.precision, c.recall, c.f1))
        }
        if show > 0 {
            out.writeLine("")
            out.writeLine("misses (\(ev.misses.count)): type source target — sentence")
            for m in ev.misses.prefix(show) { out.writeLine("  \(m.document.id)  \(m.item) — \(m.document.text)") }
            out.writeLine("false positives (\(ev.falsePositives.count)):")
            for m in ev.falsePositives.prefix(show) { out.writeLine("  \(m.document.id)  \(m.item) — \(m.document.text)") }
        }
        out.flush()
    }
}
