import ArgumentParser
import DyadStore
import DyadText

/// `dyad timeline A B`: how a dyad's relations moved, period by period.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Event counts per quad class and Goldstein sum and mean per period, for a dyad in both directions.",
        discussion: """
        A and B are countries (PRK) or full actor codes (PRKGOV). Counts are aggregated events (see docs/store.md), one row per period from the first to the last, empty periods as zeros. An event counts in a period only when its date lies wholly inside it: an event dated only to a month is in no week, and is counted in the last row, 'undated', with the events that have no date. Weeks start on Monday. Denied, negated and self-directed events are left out unless --exclude-flags says otherwise.

        Example:
          dyad timeline PRK SYR --by month --format csv > prk-syr.csv
        """)

    @Argument(help: "One side of the dyad.") var a: String
    @Argument(help: "The other side.") var b: String
    @OptionGroup var store: ExistingStoreOptions
    @Option(help: "Period: day, week, month or year.") var by: TimelinePeriod = .month
    @Option(help: ArgumentHelp("First day (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD, YYYY-MM or YYYY); a month or year means all of it.", valueName: "date"))
    var until: String?
    @Option(help: "Output format: table (with sparklines), csv, jsonl (one period a line) or json (one object).")
    var format: TimelineWriter.Format = .table
    @OptionGroup var flagOptions: FlagOptions

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, CalendarDate(value) == nil {
                throw ValidationError("\(flag) '\(value)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
            }
        }
    }

    func run() throws {
        let s = try store.openExisting()
        for actor in [a, b] where try !s.hasActor(actor) {
            StandardError.print("no actor '\(actor.uppercased())' in \(store.db): no stored event has it as source or target "
                                + "(`dyad actors` lists the codes)")
            throw ExitCode(1)
        }
        let timeline = try s.timeline(TimelineQuery(a: a, b: b, period: by, since: since.flatMap(CalendarDate.init),
                                                    until: until.flatMap(CalendarDate.init), flags: flagOptions.filter))
        print(TimelineWriter(format: format, a: a.uppercased(), b: b.uppercased()).render(timeline, by: by))
    }
}

extension TimelinePeriod: ExpressibleByArgument {}
extension TimelineWriter.Format: ExpressibleByArgument {}
