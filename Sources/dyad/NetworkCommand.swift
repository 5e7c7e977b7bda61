import ArgumentParser
import DyadStore

/// `dyad network`: who interacts with whom, as a weighted directed graph.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "The source → target network of aggregated events, weighted by event count.",
        discussion: """
        Edge weights: events (aggregated), mentions (sum of NumMentions) and the Goldstein sum.
        Example: dyad network --since 2019-01-01 --format dot | dot -Tsvg > network.svg
        """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: EventFilterOptions
    @Option(help: "At most this many edges, heaviest first.") var limit: Int?
    @Option(help: "dot, json or csv.") var format: NetworkFormat = .csv

    enum NetworkFormat: String, ExpressibleByArgument { case dot, json, csv }

    func run() throws {
        let edges = try store.openExisting().network(filter.query(limit: limit))
        switch format {
        case .csv:
            print("source,target,events,mentions,goldstein_sum")
            for e in edges { print("\(e.source),\(e.target),\(e.events),\(e.mentions),\(JSONObject.number(e.goldsteinSum))") }
        case .json:
            let items = edges.map { e -> String in
                var j = JSONObject()
                j.add("source", e.source); j.add("target", e.target); j.add("events", e.events)
                j.add("mentions", e.mentions); j.add("goldstein_sum", e.goldsteinSum)
                return j.text
            }
            print("{\"edges\":[" + items.joined(separator: ",") + "]}")
        case .dot:
            print("digraph dyad {")
            for e in edges {
                let color = e.goldsteinSum < 0 ? "firebrick" : "forestgreen"
                print("  \(JSONObject.quote(e.source)) -> \(JSONObject.quote(e.target)) [weight=\(e.events), label=\"\(e.events)\", color=\(color)];")
            }
            print("}")
        }
    }
}
