import ArgumentParser
import DyadCoder
import DyadStore
import DyadText

/// Filters shared by `dyad events`, `dyad network` and `dyad export`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An actor on either side: a country (SYR) or a full code (SYRMIL).", valueName: "actor"))
    var actor: String?
    @Option(help: ArgumentHelp("With --actor: the other side of the dyad (both directions).", valueName: "actor"))
    var with: String?
    @Option(help: ArgumentHelp("First day (YYYY-MM-DD, YYYY-MM or YYYY); an event dated less precisely counts only when all of its month or year is inside.", valueName: "date"))
    var since: String?
    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD, YYYY-MM or YYYY); a month or year means all of it.", valueName: "date"))
    var until: String?
    @Option(help: ArgumentHelp("A CAMEO code or prefix (07, 190).", valueName: "cameo")) var code: String?
    @Option(help: ArgumentHelp("A PLOVER event type (AID, ASSAULT).", valueName: "type")) var plover: String?
    @Option(help: ArgumentHelp("Only events reported by this outlet (any letter case).", valueName: "outlet")) var outlet: String?
    @OptionGroup var flagOptions: FlagOptions

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, CalendarDate(value) == nil {
                throw ValidationError("\(flag) '\(value)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
            }
        }
        if code != nil, plover != nil { throw ValidationError("give --code or --plover, not both") }
    }

    func query(limit: Int? = nil) -> EventQuery {
        EventQuery(actor: actor, with: with, since: since.flatMap(CalendarDate.init), until: until.flatMap(CalendarDate.init),
                   cameo: code, plover: plover, outlet: outlet, limit: limit, flags: flagOptions.filter)
    }
}

/// `dyad events`: list aggregated events (or the raw per-sentence codings) from the store.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events, filtered by actor, dyad, date, code and outlet.",
        discussion: """
        Each row is an aggregated event (one dyad, CAMEO code and date window) with its mention, \
        article and outlet counts. --mentions lists the per-sentence codings instead, as `dyad code` writes them.

        Example:
          dyad events --actor ISR --with SYR --since 2019-01-01 --code 19 --format table
        """)

    @OptionGroup var store: ExistingStoreOptions
    @OptionGroup var filter: EventFilterOptions
    @Option(help: "At most this many rows.") var limit: Int?
    @Option(help: "Output format.") var format: StoreEventFormat = .table
    @Flag(help: "List per-sentence codings (mentions) instead of aggregated events.") var mentions = false

    func run() throws {
        let s = try store.openExisting()
        let out = OutputBuffer()
        if mentions {
            let writer = (EventFormat(rawValue: format.rawValue) ?? .jsonl).writer
            if !writer.header.isEmpty { out.writeLine(writer.header) }
            for e in try s.mentions(filter.query(limit: limit)) { out.writeLine(writer.line(for: e)) }
        } else {
            let writer = AggregatedEventWriter(format: format)
            if !writer.header.isEmpty { out.writeLine(writer.header) }
            for e in try s.events(filter.query(limit: limit)) { out.writeLine(writer.line(for: e)) }
        }
        out.flush()
    }
}

extension StoreEventFormat: ExpressibleByArgument {}
