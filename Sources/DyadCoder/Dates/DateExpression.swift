import DyadSyntax
import DyadText

/// A date named in a sentence, resolved against the document date:
/// "Monday" → 2018-04-23 in an article of Tuesday 2018-04-24.
struct DateExpression: Sendable {
    /// Token indices of the expression.
    var range: Range<Int>
    var date: CalendarDate
}

/// Finds relative and absolute date expressions in a sentence and resolves
/// them: weekdays, months (with or without day and year), years, "today",
/// "yesterday", "this/last/that month", "this/last year".
///
/// A weekday or a month without a year means the most recent one not after
/// the document date — news reports past events.
enum DateExpressionFinder {
    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let months: [String: Int] = [
        "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "april": 4, "apr.": 4, "may": 5,
        "june": 6, "july": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9, "october": 10,
        "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
    ]

    /// Every weekday and month name: most capitalized words are turned away
    /// by it before either table is looked up.
    static let calendarNames = WordSet(Array(weekdays.keys) + Array(months.keys))
    static let keywords: WordSet = ["today", "tonight", "yesterday", "tomorrow", "month", "year"]
    static let dayWords: WordSet = ["today", "tonight", "yesterday", "tomorrow"]
    static let deictics: WordSet = ["this", "last", "that", "next"]
    static let yearPrepositions: WordSet = ["in", "since", "during", "of", "until", "by"]

    static func find(_ s: AnalyzedSentence, documentDate: CalendarDate?, lastNamed: CalendarDate?) -> [DateExpression] {
        let tokens = s.tokens
        var found: [DateExpression] = []
        var i = 0
        func word(_ k: Int) -> String { k >= 0 && k < tokens.count ? tokens[k].lower : "" }
        while i < tokens.count {
            // Only capitalized words, numbers and a few keywords can start a date.
            guard tokens[i].isCapitalized || tokens[i].kind == .number || keywords.contains(tokens[i].lower) else {
                i += 1
                continue
            }
            let w = tokens[i].lower
            let named = tokens[i].isCapitalized && calendarNames.contains(w)
            if named, let wd = weekdays[w], let doc = documentDate, doc.precision == .day {
                let back = (doc.weekday - wd + 7) % 7
                found.append(DateExpression(range: i..<(i + 1), date: doc.adding(days: -back)))
            } else if named, let m = months[w], w != "may" || s.tags[i] == .NNP {
                // "February 22, 2017", "22 February 2017", "February 2017", "February".
                var end = i + 1
                var day: Int?
                var year: Int?
                if let d = Int(word(i + 1)), (1...31).contains(d) { day = d; end = i + 2 }
                else if let d = Int(word(i - 1)), (1...31).contains(d) { day = d }
                var k = end
                if word(k) == "," { k += 1 }
                if let y = Int(word(k)), (1800...2200).contains(y) { year = y; end = k + 1 }
                let start = day != nil && Int(word(i - 1)) == day ? i - 1 : i
                if let year {
                    found.append(DateExpression(range: start..<end, date: CalendarDate(year: year, month: m, day: day)))
                } else if let doc = documentDate {
                    let y = m > (doc.month ?? 12) ? doc.year - 1 : doc.year
                    found.append(DateExpression(range: start..<end, date: CalendarDate(year: y, month: m, day: day)))
                }
                i = end
                continue
            } else if let doc = documentDate, dayWords.contains(w), doc.precision == .day {
                let shift = w == "yesterday" ? -1 : (w == "tomorrow" ? 1 : 0)
                found.append(DateExpression(range: i..<(i + 1), date: doc.adding(days: shift)))
            } else if w == "month" || w == "year", deictics.contains(word(i - 1)) {
                let which = word(i - 1)
                var date: CalendarDate?
                if which == "that" {
                    if let named = lastNamed { date = w == "year" ? CalendarDate(year: named.year) : (named.month != nil ? CalendarDate(year: named.year, month: named.month) : nil) }
                } else if let doc = documentDate {
                    let delta = which == "last" ? -1 : (which == "next" ? 1 : 0)
                    if w == "year" {
                        date = CalendarDate(year: doc.year + delta)
                    } else if let month = doc.month {
                        var y = doc.year, m = month + delta
                        if m < 1 { m = 12; y -= 1 }
                        if m > 12 { m = 1; y += 1 }
                        date = CalendarDate(year: y, month: m)
                    }
                }
                if let date { found.append(DateExpression(range: (i - 1)..<(i + 1), date: date)) }
            } else if tokens[i].kind == .number, tokens[i].lower.utf8.count == 4, let y = Int(w), (1900...2100).contains(y),
                      yearPrepositions.contains(word(i - 1)) {
                found.append(DateExpression(range: i..<(i + 1), date: CalendarDate(year: y)))
            }
            i += 1
        }
        return found
    }
}
