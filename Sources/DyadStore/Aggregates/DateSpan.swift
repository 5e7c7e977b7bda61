import DyadText

/// The days a date can mean, at the precision it was given: `2019-04-12` is one day, `2019-04`
/// is the thirty days of April, `2019` the whole year.
///
/// The store keeps each aggregated event's first and last possible day (`events.day`,
/// `events.last_day`), so that a query can ask whether an event lies wholly inside a period: a
/// timeline places an event in a month only when its date names that month or a day in it,
/// and `--since 2019-04-15` does not count an event dated only "April 2019".
///
/// ```swift
/// DateSpan(CalendarDate("2019-04")!).days   // 17987...18016
/// DateSpan(until: CalendarDate("2019-04")!) // ends on 2019-04-30
/// ```
public struct DateSpan: Sendable, Hashable {
    /// First and last day number (days since 1970-01-01), inclusive.
    public var first: Int
    public var last: Int

    public var days: ClosedRange<Int> { first...last }

    public init(_ date: CalendarDate) {
        first = date.dayNumber
        switch date.precision {
        case .day: last = first
        case .month:
            let m = date.month ?? 1
            last = first + CalendarDate.daysIn(month: m, year: date.year) - 1
        case .year: last = CalendarDate(year: date.year, month: 12, day: 31).dayNumber
        }
    }

    /// The last day of a date given as a bound: `--until 2019-04` means up to 30 April.
    public static func lastDay(of date: CalendarDate) -> Int { DateSpan(date).last }

    /// The last day of a stored date text (`2019-04` → 30 April), nil when it is not a date.
    static func lastDay(ofText text: String?) -> Int? { text.flatMap(CalendarDate.init).map(lastDay(of:)) }
}
