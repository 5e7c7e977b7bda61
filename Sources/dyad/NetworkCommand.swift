import ArgumentParser
import DyadStore

/// `dyad network`: who interacts with whom, as a weighted directed graph.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "The source → target network of aggregated events, weighted by event count.",
        discussion: """
        Edge weights: events (aggregated), mentions (sum of NumMentions) and the Goldstein sum. \
        Formats: table, csv and jsonl (one edge a line), json (one object), dot (Graphviz).

        Example:
          dyad network --since 2019-01-01 --format dot | dot -Tsvg > network.svg
        """)

    @OptionGroup var store: ExistingStoreOptions
    @OptionGroup var filter: EventFilterOptions
    @Option(help: "At most this many edges, heaviest first.") var limit: Int?
    @Option(help: "Output format.") var format: NetworkFormat = .csv

    enum NetworkFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, jsonl, json, dot }

    func run() throws {
        let edges = try store.openExisting().network(filter.query(limit: limit))
        switch format {
        case .csv:
            print("source,target,events,mentions,goldstein_sum")
            for e in edges { print("\(e.source),\(e.target),\(e.events),\(e.mentions),\(JSONObject.number(e.goldsteinSum))") }
        case .table:
            print(pad(["SOURCE", "TARGET", "EVENTS", "MENTIONS", "GOLDSTEIN_SUM"]))
            for e in edges { print(pad([e.source, e.target, String(e.events), String(e.mentions), JSONObject.number(e.goldsteinSum)])) }
        case .jsonl:
            for e in edges { print(Self.json(e)) }
        case .json:
            print("{\"edges\":[" + edges.map(Self.json).joined(separator: ",") + "]}")
        case .dot:
            print("digraph dyad {")
            for e in edges {
                let color = e.goldsteinSum < 0 ? "firebrick" : "forestgreen"
                print("  \(JSONObject.quote(e.source)) -> \(JSONObject.quote(e.target)) [weight=\(e.events), label=\"\(e.events)\", color=\(color)];")
            }
            print("}")
        }
    }

    static func json(_ e: NetworkEdge) -> String {
        var j = JSONObject()
        j.add("source", e.source); j.add("target", e.target); j.add("events", e.events)
        j.add("mentions", e.mentions); j.add("goldstein_sum", e.goldsteinSum)
        return j.text
    }

    private func pad(_ cells: [String]) -> String {
        cells.map { $0 + String(repeating: " ", count: max(14 - $0.count, 1)) }.joined()
    }
}
