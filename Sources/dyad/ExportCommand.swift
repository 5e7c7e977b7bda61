import ArgumentParser
import DyadCoder
import DyadStore

/// `dyad export`: the store's events in a format other tools read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export aggregated events as GDELT 2.0 event rows, PLOVER JSON, CSV or JSON Lines.",
        discussion: """
        gdelt: the 61 tab-separated columns of the GDELT 2.0 event table, no header (blanks are \
        documented in docs/store.md). plover: one PLOVER JSON record per event. csv, jsonl: dyad's \
        aggregated event records. --mentions exports the per-sentence codings (csv or jsonl) instead.

        Actor names are those the event's own mentions give most often. Flags: csv has a flags \
        column (names joined by ';'), jsonl and plover a flags list; GDELT has no column for them, \
        so choose what a file holds with --flags and --exclude-flags (by default denied, negated \
        and self-directed events are left out).
        """)

    @OptionGroup var store: ExistingStoreOptions
    @OptionGroup var filter: EventFilterOptions
    @Option(help: "gdelt, plover, csv or jsonl.") var format: ExportFormat = .jsonl
    @Flag(help: "Export per-sentence codings instead of aggregated events (csv or jsonl).") var mentions = false

    enum ExportFormat: String, ExpressibleByArgument { case gdelt, plover, csv, jsonl }

    func validate() throws {
        if mentions, format == .gdelt || format == .plover {
            throw ValidationError("--mentions exports csv or jsonl; GDELT and PLOVER rows are aggregated events")
        }
    }

    func run() throws {
        let s = try store.openExisting()
        let out = OutputBuffer()
        if mentions {
            let writer = (format == .csv ? EventFormat.csv : .jsonl).writer
            if !writer.header.isEmpty { out.writeLine(writer.header) }
            for e in try s.mentions(filter.query()) { out.writeLine(writer.line(for: e)) }
            return out.flush()
        }
        let events = try s.events(filter.query())
        switch format {
        case .gdelt:
            let w = GDELTWriter()
            for e in events { out.writeLine(w.line(for: e)) }
        case .plover:
            let ontology = try Ontology.bundled()
            let w = PLOVERWriter()
            for e in events { out.writeLine(w.line(for: e, mode: ontology[e.cameo]?.ploverMode)) }
        case .csv, .jsonl:
            let w = AggregatedEventWriter(format: format == .csv ? .csv : .jsonl)
            if !w.header.isEmpty { out.writeLine(w.header) }
            for e in events { out.writeLine(w.line(for: e)) }
        }
        out.flush()
    }
}
