import ArgumentParser
import DyadCoder
import DyadStore

/// `dyad show EVENT_ID`: an aggregated event with the evidence behind it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an event with every mention: sentence, outlet, attribution and the rule that fired.")

    @Argument(help: "An event id from `dyad events` (or a GLOBALEVENTID from `dyad export --format gdelt`).")
    var eventID: String
    @OptionGroup var store: StoreOptions
    @Option(help: "text or jsonl (the event, then one mention record per line).") var format: ShowFormat = .text

    enum ShowFormat: String, ExpressibleByArgument { case text, jsonl }

    func run() throws {
        let events = try store.openExisting()
        // A 16-digit hex id first; a decimal GLOBALEVENTID maps back to at most two hex ids.
        let candidates = [eventID] + EventKey.ids(forNumeric: eventID)
        guard let (event, mentions) = try candidates.lazy.compactMap({ try events.event(id: $0) }).first else {
            StandardError.print("no event '\(eventID)' in \(store.db) — ids are listed by `dyad events`")
            throw ExitCode(1)
        }
        if format == .jsonl {
            print(AggregatedEventWriter(format: .jsonl).line(for: event))
            for m in mentions { print(JSONLinesEventWriter().line(for: m)) }
            return
        }
        // Ids, sentences and names come from the documents: shown with their control characters escaped.
        func say(_ line: String) { print(TerminalText.safe(line, keepingLines: false)) }
        let target = event.targetCode.isEmpty ? "—" : event.targetCode
        say("event \(event.id)  \(event.date ?? "undated")  \(event.sourceCode) → \(target)")
        say("  CAMEO \(event.cameo)  PLOVER \(event.plover ?? "—")  quad class \(event.quadClass)  Goldstein \(event.goldstein)")
        say("  \(event.numMentions) mentions in \(event.numArticles) articles from \(event.numSources) outlets")
        for (n, m) in mentions.enumerated() {
            say("")
            say("[\(n + 1)] \(m.docID) sentence \(m.sentenceIndex)  \(m.date?.description ?? "undated") (\(m.dateBasis.rawValue))  outlet: \(m.outlet ?? "—")")
            say("    \(m.sentence)")
            say("    \(m.source.text) (\(m.source.code)) —\(m.verb.text)→ \(m.target.map { "\($0.text) (\($0.code))" } ?? "—")")
            if let a = m.attribution {
                let who = [a.speaker, a.outlet].compactMap { $0 }.joined(separator: " / ")
                say("    according to: \(who.isEmpty ? "—" : who)\(a.cue.map { " (\($0))" } ?? "")\(a.stateMedia ? " [state media]" : "")")
            }
            say("    rule: \(m.rule)")
        }
    }
}
