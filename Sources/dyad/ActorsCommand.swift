import ArgumentParser
import DyadStore

/// `dyad actors`: the most active actors in the store.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "Actors by the number of aggregated events they take part in, as source or target.")

    @OptionGroup var store: ExistingStoreOptions
    @Option(help: "How many actors.") var top = 20
    @Option(help: "Output format.") var format: ActorsFormat = .table
    @OptionGroup var flagOptions: FlagOptions

    enum ActorsFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, jsonl }

    func run() throws {
        let rows = try store.openExisting().actors(top: top, flags: flagOptions.filter)
        if format == .jsonl {
            for r in rows {
                var j = JSONObject()
                j.add("code", r.code); j.add("country", r.country); j.add("sector", r.sector); j.add("events", r.events)
                j.add("as_source", r.asSource); j.add("as_target", r.asTarget)
                print(j.text)
            }
            return
        }
        if format == .csv {
            print("code,country,sector,events,as_source,as_target")
            for r in rows { print("\(r.code),\(r.country),\(r.sector),\(r.events),\(r.asSource),\(r.asTarget)") }
            return
        }
        print(pad(["CODE", "COUNTRY", "SECTOR", "EVENTS", "AS SOURCE", "AS TARGET"]))
        for r in rows { print(pad([r.code, r.country, r.sector, String(r.events), String(r.asSource), String(r.asTarget)])) }
    }

    private func pad(_ cells: [String]) -> String {
        cells.map { $0 + String(repeating: " ", count: max(11 - $0.count, 1)) }.joined()
    }
}
