/// Reads the date of a document record (a JSON Lines `date` field or a CSV
/// date column) and decides whether it is one.
///
/// Accepted:
///
/// - strings `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY-MM`, `YYYY`, `YYYYMMDD`, or an
///   ISO timestamp (`2018-04-24T10:00:00Z`, whose date part is read);
/// - a string of 9 to 13 digits, read as Unix time in seconds (or
///   milliseconds above 10¹¹);
/// - a JSON number only when it is written as exactly eight digits,
///   `YYYYMMDD` (`20180424`). Any other number (`1524564000`, `1e19`,
///   `-9223372036854775808`, `2018.5`) is refused: a number's meaning is a
///   guess, and a wrong guess files every event of the record under a wrong
///   year without a word.
///
/// Years outside ``years`` are refused too: news archives hold nothing older
/// or later, and such a year is a typo or a misread field.
///
/// ```swift
/// DocumentDate.read(text: "2018-04-24")   // .success(2018-04-24)
/// DocumentDate.read(text: "1066-10-14")   // .failure: outside 1800…2200
/// DocumentDate.read(text: "")             // .success(nil): no date
/// // In JSON Lines, `"date": 20180424` is 2018-04-24 and `"date": 1e19` the record's error.
/// ```
public enum DocumentDate {
    /// The years a document may be dated in.
    public static let years = 1800...2200

    /// Why a value is not a document date, and what to write instead.
    public struct Rejection: Error, Sendable, Equatable {
        public var message: String
        public var advice: String
    }

    static let advice = "write YYYY-MM-DD or an ISO timestamp such as 2018-04-24T10:00:00Z, or leave the field out"

    /// The date of a JSON value: `.success(nil)` for null or an empty string
    /// (no date), the date, or why the value is not one.
    static func read(_ value: JSONValue) -> Result<CalendarDate?, Rejection> {
        switch value {
        case .null: return .success(nil)
        case .string(let s): return read(text: s)
        case .number(let n):
            guard n.utf8.count == 8, n.utf8.allSatisfy(isDigit), let d = CalendarDate(n) else {
                return .failure(Rejection(
                    message: "date \(shown(n)) is a number but not an 8-digit YYYYMMDD date",
                    advice: "write the date as a string \"YYYY-MM-DD\" (or the number YYYYMMDD, such as 20180424)"))
            }
            return inRange(d, shown: n)
        default:
            return .failure(Rejection(message: "date is \(value.typeName), not a date", advice: advice))
        }
    }

    /// The date of a text field; an empty text is no date (`.success(nil)`).
    public static func read(text s: String) -> Result<CalendarDate?, Rejection> {
        let t = s.trimmingASCIIWhitespace()
        if t.isEmpty { return .success(nil) }
        if let d = CalendarDate(t) { return inRange(d, shown: t) }
        if t.contains("/"), let d = CalendarDate(String(t.map { $0 == "/" ? "-" : $0 })) { return inRange(d, shown: t) }
        if (9...13).contains(t.utf8.count), t.utf8.allSatisfy(isDigit), let n = Int(t) {
            let seconds = n > 100_000_000_000 ? n / 1000 : n  // milliseconds
            return inRange(CalendarDate.fromDayNumber(seconds / 86_400), shown: t)
        }
        return .failure(Rejection(message: "date \"\(shown(t))\" is not a date", advice: advice))
    }

    private static func inRange(_ d: CalendarDate, shown text: String) -> Result<CalendarDate?, Rejection> {
        guard years.contains(d.year) else {
            return .failure(Rejection(message: "date \(shown(text)) is in the year \(d.year), outside \(years.lowerBound)…\(years.upperBound)",
                                      advice: "check the field; " + advice))
        }
        return .success(d)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// At most 40 characters of a value, for a message.
    private static func shown(_ s: String) -> String {
        s.count <= 40 ? s : String(s.prefix(40)) + "…"
    }
}
