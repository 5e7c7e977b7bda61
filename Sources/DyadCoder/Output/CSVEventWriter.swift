import Foundation

/// Writes events as CSV (RFC 4180 quoting), one row per event, nested fields
/// flattened into columns a spreadsheet can filter on.
public struct CSVEventWriter: EventWriter {
    public init() {}

    public static let columns = [
        "id", "doc_id", "sentence_index", "date", "date_basis", "source_text", "source_code", "source_country",
        "source_sector", "target_text", "target_code", "target_country", "target_sector", "cameo", "plover",
        "goldstein", "quad_class", "verb", "speaker", "outlet", "state_media", "negated", "flags", "rule", "sentence",
    ]

    public var header: String { CSVEventWriter.columns.joined(separator: ",") }

    public func line(for e: Event) -> String {
        let fields: [String] = [
            e.id, e.docID, String(e.sentenceIndex), e.date?.description ?? "", e.dateBasis.rawValue,
            e.source.text, e.source.code, e.source.country, e.source.sector,
            e.target?.text ?? "", e.target?.code ?? "", e.target?.country ?? "", e.target?.sector ?? "",
            e.cameo, e.plover ?? "", String(e.goldstein), String(e.quadClass), e.verb.text,
            e.attribution?.speaker ?? "", e.attribution?.outlet ?? "", e.attribution.map { String($0.stateMedia) } ?? "",
            String(e.negated), e.flags.joined(separator: ";"), e.rule, e.sentence,
        ]
        return fields.map(CSVEventWriter.quote).joined(separator: ",")
    }

    /// Quotes a field when it holds a comma, quote or line break.
    public static func quote(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
