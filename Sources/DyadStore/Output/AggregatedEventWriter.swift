import DyadCoder

/// Output formats for aggregated events (`dyad events`, `dyad export`).
public enum StoreEventFormat: String, Sendable, CaseIterable {
    case table, jsonl, csv
}

/// Renders aggregated events as a table, JSON Lines or CSV, one line per event.
public struct AggregatedEventWriter: Sendable {
    public var format: StoreEventFormat

    public init(format: StoreEventFormat) { self.format = format }

    /// CSV columns; JSON Lines uses the same keys. `source_name` and `target_name` are the names the
    /// event's own mentions give most often; `flags` lists the flags every mention carries
    /// (``EventFlags``), separated by `;` in CSV.
    public static let columns = ["id", "date", "source_code", "source_name", "source_country", "target_code", "target_name",
                                 "target_country", "cameo", "plover", "quad_class", "goldstein", "num_mentions",
                                 "num_articles", "num_sources", "flags"]

    /// Text before the first event (may be empty).
    public var header: String {
        switch format {
        case .jsonl: return ""
        case .csv: return Self.columns.joined(separator: ",")
        case .table:
            return Self.row(["ID", "DATE", "SOURCE", "CAMEO", "PLOVER", "TARGET", "GOLDSTEIN", "MENTIONS", "ARTICLES",
                             "SOURCES", "FLAGS"])
                + "\n" + String(repeating: "-", count: Self.widths.reduce(Self.widths.count - 1, +))
        }
    }

    public func line(for e: AggregatedEvent) -> String {
        switch format {
        case .jsonl:
            var j = JSONObject()
            j.add("id", e.id); j.add("date", e.date); j.add("source_code", e.sourceCode); j.add("source_name", e.sourceName)
            j.add("source_country", e.sourceCountry); j.add("target_code", e.targetCode.isEmpty ? nil : e.targetCode)
            j.add("target_name", e.targetName)
            j.add("target_country", e.targetCountry.isEmpty ? nil : e.targetCountry); j.add("cameo", e.cameo)
            j.add("plover", e.plover); j.add("quad_class", e.quadClass); j.add("goldstein", e.goldstein)
            j.add("num_mentions", e.numMentions); j.add("num_articles", e.numArticles); j.add("num_sources", e.numSources)
            j.add("flags", raw: JSONObject.array(e.flags))
            return j.text
        case .csv:
            return [e.id, e.date ?? "", e.sourceCode, e.sourceName ?? "", e.sourceCountry, e.targetCode, e.targetName ?? "",
                    e.targetCountry, e.cameo, e.plover ?? "", String(e.quadClass), String(e.goldstein), String(e.numMentions),
                    String(e.numArticles), String(e.numSources), e.flags.joined(separator: ";")]
                .map(CSVEventWriter.quote).joined(separator: ",")
        case .table:
            return Self.row([e.id, e.date ?? "undated", e.sourceCode, e.cameo, e.plover ?? "", e.targetCode.isEmpty ? "—" : e.targetCode,
                             String(e.goldstein), String(e.numMentions), String(e.numArticles), String(e.numSources),
                             e.flags.joined(separator: ",")])
        }
    }

    private static let widths = [16, 10, 12, 5, 10, 12, 9, 8, 8, 7, 14]

    static func row(_ cells: [String]) -> String {
        var out = ""
        for (i, c) in cells.enumerated() {
            var cell = c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c
            if i < cells.count - 1 { cell += String(repeating: " ", count: widths[i] - cell.count) + " " }
            out += cell
        }
        return out
    }
}

/// A JSON object built field by field, keys in insertion order.
public struct JSONObject: Sendable {
    private var parts: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        parts.append(Self.quote(key) + ":" + (value.map(Self.quote) ?? "null"))
    }

    public mutating func add(_ key: String, _ value: Int) { parts.append(Self.quote(key) + ":" + String(value)) }

    public mutating func add(_ key: String, _ value: Double) { parts.append(Self.quote(key) + ":" + Self.number(value)) }

    public mutating func add(_ key: String, _ value: Bool) { parts.append(Self.quote(key) + ":" + String(value)) }

    /// A JSON array of strings: `["denied","alleged"]`.
    public static func array(_ values: [String]) -> String { "[" + values.map(quote).joined(separator: ",") + "]" }

    /// Adds pre-rendered JSON (an array or object) as the value.
    public mutating func add(_ key: String, raw: String) { parts.append(Self.quote(key) + ":" + raw) }

    public var text: String { "{" + parts.joined(separator: ",") + "}" }

    /// A number without a trailing `.0` noise beyond what is needed; integers print as integers.
    public static func number(_ v: Double) -> String {
        if v.isNaN || v.isInfinite { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String((v * 1_000_000).rounded() / 1_000_000)
    }

    public static func quote(_ s: String) -> String {
        "\"" + escaped(s, quotes: true) + "\""
    }

    /// `s` with backslash, line breaks, tab and other control characters
    /// written as JSON escapes (`\\`, `\n`, `\u0007`), and `"` as `\"` when
    /// `quotes`: one line of text that a reader can turn back into `s`.
    public static func escaped(_ s: String, quotes: Bool) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\"" where quotes: out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
