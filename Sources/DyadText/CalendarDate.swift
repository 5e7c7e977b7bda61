/// A day, month or year on the proleptic Gregorian calendar, without time or zone.
///
/// News reports date events loosely: "Monday", "in February", "last year". A
/// `CalendarDate` keeps the precision the text gave, so "in February 2018" is
/// `2018-02` rather than a made-up first of the month. Its ``description`` is
/// the ISO 8601 form at that precision (`2018`, `2018-02`, `2018-02-23`),
/// which also sorts correctly as text.
///
/// ```swift
/// let d = CalendarDate("2018-04-24")!      // a Tuesday
/// d.weekday                                // 2 (Monday = 1 … Sunday = 7)
/// d.adding(days: -1).description           // "2018-04-23"
/// ```
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable, Codable { case year, month, day }

    public var year: Int
    /// 1…12, or nil at year precision.
    public var month: Int?
    /// 1…31, or nil at month or year precision.
    public var day: Int?

    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `YYYYMMDD`; also accepts an
    /// ISO timestamp (`2018-04-24T10:00:00Z`) by reading its date part.
    /// Returns nil for anything else or an impossible date.
    public init?(_ text: String) {
        // The common case, `YYYY-MM-DD`, read from its bytes: every document and stored coding
        // has a date, and the general path below works on Characters.
        if text.utf8.count == 10, let d = CalendarDate.isoDay(text.utf8) {
            guard (1...12).contains(d.month), (1...CalendarDate.daysIn(month: d.month, year: d.year)).contains(d.day) else {
                return nil
            }
            self.init(year: d.year, month: d.month, day: d.day)
            return
        }
        var s = Substring(text.trimmingASCIIWhitespace())
        if let t = s.firstIndex(where: { $0 == "T" || $0 == " " }) { s = s[..<t] }
        let digits = s.filter { $0 != "-" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        var y: Int?, m: Int?, d: Int?
        if parts.count == 1 {
            switch digits.count {
            case 4: y = Int(digits)
            case 6: y = Int(digits.prefix(4)); m = Int(digits.suffix(2))
            case 8: y = Int(digits.prefix(4)); m = Int(digits.dropFirst(4).prefix(2)); d = Int(digits.suffix(2))
            default: return nil
            }
        } else if parts.count <= 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }) {
            y = Int(parts[0])
            m = Int(parts[1])
            if parts.count == 3 { d = Int(parts[2]) }
        } else {
            return nil
        }
        guard let year = y else { return nil }
        if let m, !(1...12).contains(m) { return nil }
        if let m, let d, !(1...CalendarDate.daysIn(month: m, year: year)).contains(d) { return nil }
        self.init(year: year, month: m, day: d)
    }

    /// Year, month and day of exactly `DDDD-DD-DD` (digits and dashes), unchecked; nil for anything else.
    private static func isoDay(_ bytes: String.UTF8View) -> (year: Int, month: Int, day: Int)? {
        var values = (0, 0, 0)
        var i = 0
        for b in bytes {
            if i == 4 || i == 7 {
                guard b == 0x2D else { return nil }
            } else {
                guard b >= 0x30, b <= 0x39 else { return nil }
                let digit = Int(b - 0x30)
                switch i {
                case 0..<4: values.0 = values.0 * 10 + digit
                case 5, 6: values.1 = values.1 * 10 + digit
                default: values.2 = values.2 * 10 + digit
                }
            }
            i += 1
        }
        return i == 10 ? values : nil
    }

    public var description: String {
        guard (0...9999).contains(year), (1...12).contains(month ?? 1), (1...31).contains(day ?? 1) else {
            var s = String(year)
            while s.count < 4 { s = "0" + s }
            if let month { s += "-" + CalendarDate.twoDigits(month) }
            if let day { s += "-" + CalendarDate.twoDigits(day) }
            return s
        }
        // Written digit by digit: dates are formatted for every event written or stored.
        let length = day != nil ? 10 : month != nil ? 7 : 4
        return String(unsafeUninitializedCapacity: length) { out in
            func put(_ value: Int, _ width: Int, at start: Int) {
                var v = value
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    out[i] = 0x30 + UInt8(v % 10)
                    v /= 10
                }
            }
            put(year, 4, at: 0)
            if let month { out[4] = 0x2D; put(month, 2, at: 5) }
            if let day { out[7] = 0x2D; put(day, 2, at: 8) }
            return length
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// Days since 1970-01-01 of this date (first day of its month or year at coarser precision).
    public var dayNumber: Int {
        CalendarDate.daysFromCivil(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// ISO weekday of a day-precision date: Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let n = dayNumber
        return ((n % 7 + 7 + 3) % 7) + 1  // 1970-01-01 was a Thursday (4)
    }

    /// The date `days` later (earlier when negative), at day precision.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate.fromDayNumber(dayNumber + days)
    }

    /// The day-precision date for a day number (days since 1970-01-01).
    public static func fromDayNumber(_ n: Int) -> CalendarDate {
        // Howard Hinnant's civil_from_days.
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return CalendarDate(year: y, month: m, day: d)
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a date; write YYYY-MM-DD"))
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    public func trimmingASCIIWhitespace() -> String {
        let u = utf8
        var start = u.startIndex, end = u.endIndex
        while start < end, Self.isSpace(u[start]) { start = u.index(after: start) }
        while end > start, Self.isSpace(u[u.index(before: end)]) { end = u.index(before: end) }
        return String(self[start..<end])
    }

    /// True for the bytes ``trimmingASCIIWhitespace()`` trims: space, tab,
    /// line feed, carriage return, form feed and vertical tab.
    @inline(__always) public static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
    }
}
