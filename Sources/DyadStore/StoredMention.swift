import DyadCoder
import DyadText
import Foundation
import GRDB

/// How a per-sentence coding is kept in the `mentions` table and read back.
///
/// Most of an ``Event`` already has a column of its own — id, document,
/// sentence index, sentence text, date, CAMEO and PLOVER codes, rule, outlet,
/// URL — and the source and target codes
/// are those of the mention's aggregated event. The `record` column keeps
/// only the rest, the evidence (actors with their spans, verb, attribution,
/// flags, weights), as an ``EvidenceRecord``. Reading joins them back into
/// the full event, so `dyad show` and the exports need no re-coding.
///
/// Stores written by earlier versions hold the evidence as JSON text (some
/// with every field of the event); their extra keys are ignored, so every
/// store reads the same way.
enum StoredMention {
    /// The evidence record of `event`, for the `record` column.
    static func record(_ event: Event) -> [UInt8] {
        EvidenceRecord.encode(event)
    }

    /// The columns ``event(_:)`` reads, from `mentions m`.
    static let columns = "m.id, m.doc_id, m.sentence_index, m.sentence, m.date, m.cameo, m.plover, m.rule, m.outlet, m.url, m.record"

    /// The full event from a row of ``columns``.
    static func event(_ r: Row) throws -> Event {
        let e = try evidence(r[10], mention: r[0])
        let date: String? = r[4]
        return Event(id: r[0], docID: r[1], sentenceIndex: r[2], sentence: r[3], date: date.flatMap(CalendarDate.init),
                     dateBasis: e.dateBasis, source: e.source, target: e.target, cameo: r[5], plover: r[6],
                     ploverMode: e.ploverMode, goldstein: e.goldstein, quadClass: e.quadClass, verb: e.verb,
                     attribution: e.attribution, negated: e.negated, flags: e.flags, rule: r[7], outlet: r[8], url: r[9],
                     confidence: e.confidence)
    }

    /// The evidence in a `record` value: the binary record, or the JSON text older stores hold.
    static func evidence(_ value: DatabaseValue, mention: String?) throws -> EvidenceRecord.Evidence {
        switch value.storage {
        case .blob(let data):
            return try EvidenceRecord.decode([UInt8](data))
        case .string(let json):
            return try JSONDecoder().decode(EvidenceRecord.Evidence.self, from: Data(json.utf8))
        default:
            throw EvidenceRecord.Malformed(description: "mention \(mention ?? "?") has no evidence record")
        }
    }
}
