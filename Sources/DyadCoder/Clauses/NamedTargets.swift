import DyadSyntax
import DyadText

/// Targets no dictionary lists: people and groups named by a proper name in
/// the clause ("Trump granted Angela Stanton a pardon", "congratulated
/// Pelosi", "paid tribute to Luk").
///
/// Wire reporting names far more people than any dictionary holds. An
/// unlisted name that the source acts on is, unless the text says otherwise,
/// of the source's own country — pardons, arrests, praise and tributes are
/// mostly domestic — so the target takes the source's country, and the event
/// record says so (`basis: "source"`). Places and dates are not people: a
/// name after "in", "at", "from" … or a month or weekday is passed over.
enum NamedTargets {
    /// Prepositions that open a place or a time, not someone acted on.
    static let placePrepositions: WordSet = ["in", "at", "on", "from", "during", "since", "until", "near", "outside",
                                             "inside", "across", "into", "through", "throughout", "within", "via", "by", "of", "after", "before",
                                             "along", "toward", "towards", "around", "beyond", "over", "under", "beneath", "above"]
    /// Holidays, which like months and weekdays (``DateExpressionFinder/calendarNames``) name times.
    static let holidays: WordSet = ["christmas", "easter", "ramadan"]

    /// The first run of proper nouns in `complement` that no mention covers,
    /// as a target of `source`'s country; nil when there is none or the
    /// source is no state.
    static func target(in complement: Range<Int>, s: AnalyzedSentence, mentions: [ActorMention],
                       source: ActorMention) -> ActorMention? {
        guard DocumentCountries.isState(source.country) else { return nil }
        var covered = Set<Int>()
        for m in mentions { covered.formUnion(m.range) }
        var i = complement.lowerBound
        while i < complement.upperBound {
            guard isName(i, s), !covered.contains(i) else { i += 1; continue }
            var end = i
            while end < complement.upperBound, end - i < 5, isName(end, s), !covered.contains(end) { end += 1 }
            let run = i..<end
            let opener = PatternMatcher.preposition(before: i, s)
            if opener.map(placePrepositions.contains) == true || run.contains(where: { isTime(s.tokens[$0].lower) }) {
                i = end
                continue
            }
            var m = ActorMention(range: run, code: source.country, country: source.country, sector: "", isPerson: true)
            m.countryBasis = "source"
            return m
        }
        return nil
    }

    private static func isTime(_ word: String) -> Bool {
        DateExpressionFinder.calendarNames.contains(word) || holidays.contains(word)
    }

    private static func isName(_ i: Int, _ s: AnalyzedSentence) -> Bool {
        (s.tags[i] == .NNP || s.tags[i] == .NNPS) && s.tokens[i].isCapitalized
    }
}
