/// Renders a dyad timeline: an aligned table with a sparkline of event
/// counts for the terminal, or CSV / JSON for plotting elsewhere.
///
/// ```
/// PERIOD    A→B  B→A  VCOOP MCOOP VCONF MCONF  GOLD_SUM  GOLD_MEAN
/// 2019-01     3    1      1     0     1     2     -12.5     -3.125
/// ```
public struct TimelineWriter: Sendable {
    /// `jsonl` writes one JSON object per period, then the `undated` one; `json` one object holding them all.
    public enum Format: String, Sendable, CaseIterable { case table, csv, jsonl, json }

    public var format: Format
    public var a: String
    public var b: String

    public init(format: Format, a: String, b: String) {
        self.format = format
        self.a = a
        self.b = b
    }

    public static let csvColumns = ["period", "a_to_b", "b_to_a", "events", "verbal_cooperation", "material_cooperation",
                                    "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"]

    /// What the output says about events that fit no period (the table's first line; docs/store.md).
    public static func undatedNote(_ period: TimelinePeriod) -> String {
        "events dated less precisely than a \(period.rawValue) (or not at all) are in no \(period.rawValue): "
            + "they are counted in the row 'undated'"
    }

    /// The rows, one per period with empty periods as zeros, then the `undated` row: in CSV as a
    /// last row, in JSON as `undated` beside `periods`, in the table below a rule, with the
    /// sparklines drawn over the periods alone.
    public func render(_ timeline: Timeline, by period: TimelinePeriod) -> String {
        let rows = timeline.rows, undated = timeline.undated
        switch format {
        case .csv:
            var lines = [Self.csvColumns.joined(separator: ",")]
            for r in rows + [undated] {
                lines.append(([r.period, String(r.aToB), String(r.bToA), String(r.events)] + r.quad.map(String.init)
                              + [JSONObject.number(r.goldsteinSum), JSONObject.number(r.goldsteinMean)]).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .jsonl:
            return (rows + [undated]).map(Self.item).joined(separator: "\n")
        case .json:
            var j = JSONObject()
            j.add("a", a); j.add("b", b); j.add("by", period.rawValue)
            j.add("periods", raw: "[" + rows.map(Self.item).joined(separator: ",") + "]")
            j.add("undated", raw: Self.item(undated))
            return j.text
        case .table:
            guard !rows.isEmpty || undated.events > 0 else { return "no events between \(a) and \(b)" }
            var lines = ["# " + Self.undatedNote(period)]
            lines.append(pad(["PERIOD", "\(a)→\(b)", "\(b)→\(a)", "VCOOP", "MCOOP", "VCONF", "MCONF", "GOLD_SUM", "GOLD_MEAN"]))
            func line(_ r: TimelineRow) -> String {
                pad([r.period, String(r.aToB), String(r.bToA)] + r.quad.map(String.init) + [fixed(r.goldsteinSum), fixed(r.goldsteinMean)])
            }
            lines += rows.map(line)
            lines.append(String(repeating: "-", count: 72))
            lines.append(line(undated))
            lines.append("")
            lines.append("events     " + Sparkline.render(rows.map { Double($0.events) }))
            lines.append("goldstein  " + Sparkline.render(rows.map(\.goldsteinMean)) + "  (mean per period)")
            return lines.joined(separator: "\n")
        }
    }

    /// One period as a JSON object.
    static func item(_ r: TimelineRow) -> String {
        var j = JSONObject()
        j.add("period", r.period); j.add("a_to_b", r.aToB); j.add("b_to_a", r.bToA); j.add("events", r.events)
        j.add("quad_class", raw: "[" + r.quad.map(String.init).joined(separator: ",") + "]")
        j.add("goldstein_sum", r.goldsteinSum); j.add("goldstein_mean", r.goldsteinMean)
        return j.text
    }

    private func fixed(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return String(r)
    }

    private func pad(_ cells: [String]) -> String {
        let widths = [10, 9, 9, 6, 6, 6, 6, 10, 10]
        return cells.enumerated().map { i, c in
            i == 0 ? c + String(repeating: " ", count: max(widths[i] - c.count, 1))
                : String(repeating: " ", count: max(widths[i] - c.count, 1)) + c
        }.joined()
    }
}

/// A one-line chart made of block characters: `▁▂▃▅▇`.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled between the smallest and largest value.
    public static func render(_ values: [Double]) -> String {
        guard let lo = values.min(), let hi = values.max() else { return "" }
        let span = hi - lo
        return String(values.map { v in
            span == 0 ? blocks[3] : blocks[min(Int((v - lo) / span * Double(blocks.count - 1) + 0.5), blocks.count - 1)]
        })
    }
}
