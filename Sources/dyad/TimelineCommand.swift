import ArgumentParser
import DyadStore
import DyadText

/// `dyad timeline A B`: how a dyad's relations moved, period by period.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Event counts per quad class and Goldstein sum and mean per period, for a dyad in both directions.",
        discussion: """
        A and B are countries (PRK) or full actor codes (PRKGOV). Counts are aggregated events
        (see docs/store.md); undated events are left out. Weeks start on Monday.

        Example: dyad timeline PRK SYR --by month --format csv > prk-syr.csv
        """)

    @Argument(help: "One side of the dyad.") var a: String
    @Argument(help: "The other side.") var b: String
    @OptionGroup var store: StoreOptions
    @Option(help: "Period: day, week, month or year.") var by: TimelinePeriod = .month
    @Option(help: ArgumentHelp("First day (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD).", valueName: "date")) var until: String?
    @Option(help: "table (with sparklines), csv or json.") var format: TimelineWriter.Format = .table

    func run() throws {
        let s = try store.openExisting()
        let rows = try s.timeline(TimelineQuery(a: a, b: b, period: by, since: since.flatMap(CalendarDate.init),
                                                until: until.flatMap(CalendarDate.init)))
        print(TimelineWriter(format: format, a: a.uppercased(), b: b.uppercased()).render(rows))
    }
}

extension TimelinePeriod: ExpressibleByArgument {}
extension TimelineWriter.Format: ExpressibleByArgument {}
