/// Writes events as a readable fixed-width table for the terminal:
/// date, source, code with its name, target, verb and outlet.
public struct TableEventWriter: EventWriter {
    public init() {}

    public var header: String {
        row(["DATE", "SOURCE", "CAMEO", "PLOVER", "TARGET", "VERB", "REPORTED BY"]) + "\n"
            + String(repeating: "-", count: 110)
    }

    public func line(for e: Event) -> String {
        var source = "\(e.source.code) (\(e.source.text))"
        if e.source.resolvedFrom != nil { source = "\(e.source.code) (\(e.source.text)→\(e.source.resolvedFrom!))" }
        let target = e.target.map { "\($0.code) (\($0.text))" } ?? "—"
        let reported = [e.attribution?.speaker, e.attribution?.outlet].compactMap { $0 }.joined(separator: " / ")
        var cells = [e.date?.description ?? "", source, e.cameo, e.plover ?? "", target, e.verb.text, reported]
        if e.negated { cells[5] = "NOT " + cells[5] }
        var text = row(cells)
        if !e.flags.isEmpty { text += "  [" + e.flags.joined(separator: ",") + "]" }
        return text
    }

    private static let widths = [10, 30, 5, 10, 30, 16, 24]

    private func row(_ cells: [String]) -> String {
        var out = ""
        for (i, c) in cells.enumerated() {
            let w = TableEventWriter.widths[i]
            var cell = c.count > w ? String(c.prefix(w - 1)) + "…" : c
            if i < cells.count - 1 { cell += String(repeating: " ", count: w - cell.count) + " " }
            out += cell
        }
        return out
    }
}
