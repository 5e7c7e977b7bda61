import DyadSyntax
import DyadText

/// Picks each event's date: a date expression in the event's own clause,
/// else in the clause it depends on ("announced Monday that it had awarded"),
/// else one that opens the sentence ("In February, …"), else the document date.
struct EventDating {
    let expressions: [DateExpression]
    let roles: [ClauseRoles]
    let sentence: AnalyzedSentence
    let documentDate: CalendarDate?

    func date(forGroup group: Int) -> (CalendarDate?, DateBasis) {
        var g: Int? = group
        var hops = 0
        while let gi = g, hops < 4 {
            let r = roles[gi]
            let head = sentence.verbGroups[r.group].head
            // The clause runs on through verbs that depend on it ("accused X of
            // selling … that month") up to the next finite verb.
            let nextFinite = sentence.verbGroups[(r.group + 1)...].first { $0.form == .finite }?.range.lowerBound
            let end = max(nextFinite ?? sentence.tokens.count, r.complement.upperBound, head + 1)
            let inClause = expressions.filter { $0.range.lowerBound >= r.clauseStart && $0.range.lowerBound < end }
            if let best = inClause.min(by: { abs($0.range.lowerBound - head) < abs($1.range.lowerBound - head) }) {
                return (best.date, .text)
            }
            g = r.governor
            hops += 1
        }
        return leadingOrDocument()
    }

    /// For event nouns: the nearest expression within a few tokens, else the sentence's leading one.
    func date(near index: Int) -> (CalendarDate?, DateBasis) {
        if let best = expressions.filter({ abs($0.range.lowerBound - index) <= 8 })
            .min(by: { abs($0.range.lowerBound - index) < abs($1.range.lowerBound - index) }) {
            return (best.date, .text)
        }
        return leadingOrDocument()
    }

    private func leadingOrDocument() -> (CalendarDate?, DateBasis) {
        let firstVerb = sentence.verbGroups.first?.range.lowerBound ?? sentence.tokens.count
        if let lead = expressions.first(where: { $0.range.upperBound <= firstVerb }) {
            return (lead.date, .text)
        }
        if let d = documentDate { return (d, .document) }
        return (nil, .none)
    }
}
