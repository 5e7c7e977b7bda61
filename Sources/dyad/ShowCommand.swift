import ArgumentParser
import DyadCoder
import DyadStore

/// `dyad show EVENT_ID`: an aggregated event with the evidence behind it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an event with every mention: sentence, outlet, attribution and the rule that fired.")

    @Argument(help: "An event id from `dyad events`, or enough of its first digits to name one event, or a GLOBALEVENTID from `dyad export --format gdelt`.")
    var eventID: String
    @OptionGroup var store: ExistingStoreOptions
    @Option(help: "text or jsonl (the event, then one mention record per line).") var format: ShowFormat = .text

    enum ShowFormat: String, ExpressibleByArgument { case text, jsonl }

    func run() throws {
        let events = try store.openExisting()
        // A 16-digit hex id first; a decimal GLOBALEVENTID maps back to at most two hex ids.
        var candidates = [eventID] + EventKey.ids(forNumeric: eventID)
        if eventID.count < 16 {
            // A shorter hex id is a prefix, which must name one event.
            let matches = try events.eventIDs(prefix: eventID.lowercased(), limit: 3)
            if matches.count > 1 {
                StandardError.print("'\(eventID)' starts \(matches.count > 2 ? "more than two" : "two") event ids (\(matches.prefix(2).joined(separator: ", "))…); give more digits")
                throw ExitCode(1)
            }
            candidates += matches
        }
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
        func named(_ code: String, _ name: String?) -> String { name.map { "\(code) (\($0))" } ?? code }
        say("event \(event.id)  \(event.date ?? "undated")  \(named(event.sourceCode, event.sourceName)) → \(named(target, event.targetName))")
        say("  CAMEO \(event.cameo)  PLOVER \(event.plover ?? "—")  quad class \(event.quadClass)  Goldstein \(event.goldstein)"
            + (event.flags.isEmpty ? "" : "  flags: \(event.flags.joined(separator: ", "))"))
        say("  \(counted(event.numMentions, "mention")) in \(counted(event.numArticles, "article")) from \(counted(event.numSources, "outlet"))")
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
