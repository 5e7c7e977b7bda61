import DyadCoder
import DyadText
import Foundation
import GRDB

/// How a per-sentence coding is kept in the `mentions` table and read back.
///
/// Most of an ``Event`` already has a column of its own — id, document,
/// sentence index, date, CAMEO and PLOVER codes, rule, outlet, URL — and the
/// sentence text lives once in `sentences`. The `record` column keeps only
/// the rest, the evidence (actors with their spans, verb, attribution,
/// flags, weights), as JSON written by
/// `JSONLinesEventWriter(fields: .evidence)`. Reading joins the three back
/// into the full event, so `dyad show` and the exports need no re-coding.
///
/// Records written by older stores hold every field; their extra keys are
/// ignored, so both read the same way.
enum StoredMention {
    /// The evidence record of `event`, for the `record` column.
    static func record(_ event: Event) -> String {
        JSONLinesEventWriter(fields: .evidence).line(for: event)
    }

    /// The columns ``event(_:)`` reads, from `mentions m` joined to `sentences s`.
    static let columns = "m.id, m.doc_id, m.sentence_index, s.text, m.date, m.cameo, m.plover, m.rule, m.outlet, m.url, m.record"
    static let join = "JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index"

    /// The full event from a row of ``columns``.
    static func event(_ r: Row) throws -> Event {
        let record: String = r[10]
        let e = try JSONDecoder().decode(Evidence.self, from: Data(record.utf8))
        let date: String? = r[4]
        return Event(id: r[0], docID: r[1], sentenceIndex: r[2], sentence: r[3], date: date.flatMap(CalendarDate.init),
                     dateBasis: e.dateBasis, source: e.source, target: e.target, cameo: r[5], plover: r[6],
                     ploverMode: e.ploverMode, goldstein: e.goldstein, quadClass: e.quadClass, verb: e.verb,
                     attribution: e.attribution, negated: e.negated, flags: e.flags, rule: r[7], outlet: r[8], url: r[9])
    }

    /// The fields of the `record` column.
    struct Evidence: Decodable {
        var dateBasis: DateBasis
        var source: EventActor
        var target: EventActor?
        var ploverMode: String?
        var goldstein: Double
        var quadClass: Int
        var verb: EventVerb
        var attribution: Attribution?
        var negated: Bool
        var flags: [String]

        enum CodingKeys: String, CodingKey {
            case dateBasis = "date_basis", source, target, ploverMode = "plover_mode", goldstein
            case quadClass = "quad_class", verb, attribution, negated, flags
        }
    }
}
