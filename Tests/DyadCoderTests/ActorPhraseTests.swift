import DyadCoder
import DyadText
import Foundation
import Testing

/// Real-world actor phrases with the country another coder's tests expect
/// (../shared/dev/actor-phrases.tsv, from NGEC's tests, MIT; see its README).
/// Each phrase is coded as a one-line document and its widest actor mention is
/// compared with the expected country. Skipped when ../shared is absent.
@Suite(.enabled(if: SharedData.isPresent, "../shared is absent: the actor-phrase test needs ../shared/dev/actor-phrases.tsv"))
struct ActorPhraseTests {
    struct Row {
        var line: Int
        var phrase: String
        var country: String
        var date: CalendarDate
    }

    /// Rows that expect a country, dated by their "as of" note or else by
    /// 2023-01-01, about when the tests they come from were run.
    static func rowsExpectingACountry() throws -> [Row] {
        let text = try SharedData.text("dev/actor-phrases.tsv")
        var rows: [Row] = []
        for (n, line) in text.split(separator: "\n").enumerated().dropFirst() {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 4, !cols[1].isEmpty else { continue }
            var date = CalendarDate("2023-01-01")!
            if let r = cols[3].range(of: "as of ") {
                let value = cols[3][r.upperBound...].prefix(10)
                date = CalendarDate(String(value)) ?? date
            }
            rows.append(Row(line: n + 1, phrase: cols[0], country: cols[1], date: date))
        }
        return rows
    }

    /// True when the mention stands for the expected country. The file writes
    /// UN bodies as `UNO` and the European Union as `EUR`; dyad codes them
    /// `IGOUNO…` and `IGOEUR…`.
    static func matches(_ m: ActorMention, expected: String) -> Bool {
        switch expected {
        case "UNO": return m.code.hasPrefix("IGOUNO")
        case "EUR": return m.code.hasPrefix("IGOEUR") || m.country == "EUR"
        default: return m.country == expected
        }
    }

    @Test func mostPhrasesResolveToTheExpectedCountry() throws {
        var options = CodingOptions()
        options.trace = true
        let coder = try EventCoder.bundled(options: options)
        let rows = try Self.rowsExpectingACountry()
        var misses: [String] = []
        for row in rows {
            let doc = Document(id: "phrase-\(row.line)", text: row.phrase, date: row.date)
            let mentions = coder.codeWithTrace(doc).trace.flatMap(\.mentions)
            let widest = mentions.max { $0.range.count < $1.range.count }
            if let widest, Self.matches(widest, expected: row.country) { continue }
            misses.append("line \(row.line): \(row.phrase) → \(widest.map { "\($0.code) (\($0.country))" } ?? "no actor"), expected \(row.country)")
        }
        let right = rows.count - misses.count
        let share = Double(right) / Double(rows.count)
        print("actor phrases: \(right) of \(rows.count) resolve to the expected country (\(String(format: "%.1f", 100 * share))%)")
        #expect(rows.count >= 240, "the phrase file shrank: \(rows.count) rows expect a country")
        #expect(share >= 0.66, "\(right) of \(rows.count) right; misses:\n\(misses.joined(separator: "\n"))")
    }
}
