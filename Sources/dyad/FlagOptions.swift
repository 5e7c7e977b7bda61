import ArgumentParser
import DyadStore

/// `--flags` and `--exclude-flags`: which aggregated events a query counts by their flags
/// (shared by `events`, `timeline`, `actors`, `network` and `export`).
struct FlagOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Only events every mention of which carries all these flags, comma-separated: denied, negated, self_directed, alleged, future, modal, background.",
        valueName: "flags"))
    var flags: String?

    @Option(help: ArgumentHelp(
        "Leave out events every mention of which carries any of these flags; 'none' keeps every event. Default: denied,negated,self_directed. Alleged events are counted and marked.",
        valueName: "flags"))
    var excludeFlags: String?

    func validate() throws {
        for (option, value) in [("--flags", flags), ("--exclude-flags", excludeFlags)] {
            if let value, EventFlags(names: value) == nil {
                throw ValidationError("\(option) '\(value)' names an unknown flag; the flags are "
                                      + EventFlags.named.map(\.name).joined(separator: ", "))
            }
        }
    }

    /// The filter: `--exclude-flags` (or the default) less any flag `--flags` asks for.
    var filter: FlagFilter {
        let required = flags.flatMap { EventFlags(names: $0) } ?? []
        let excluded = excludeFlags.flatMap { EventFlags(names: $0) } ?? FlagFilter.standard.excluded
        return FlagFilter(required: required, excluded: excluded.subtracting(required))
    }
}
