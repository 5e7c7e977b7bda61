import DyadLexicon
import DyadSyntax
import DyadText

/// Protests reported by the noun alone: "protests filled the streets of San
/// Juan", "anti-government protests continue in Baghdad". The sentence names
/// no protester, yet a reader knows who demonstrates against whom: people of
/// the country where it happens, against its government. CAMEO codes it
/// `141` (demonstrate or rally).
///
/// dyad codes one such event per sentence that has no protest event already:
/// the source is the protesters (sector `OPP`, as dyad's "protesters") of the
/// place named right after the noun ("in Baghdad"), else of the country the
/// sentence or the document makes plain (``DocumentCountries``), with that
/// basis; the target is the actor after "against" when there is one, else that
/// country's government. No country, no event. The event carries the `noun`
/// flag, and its actors' bases say they were inferred.
extension SentenceCoder {
    /// Nouns that name a protest.
    static let protestNouns: WordSet = ["protest", "demonstration", "rally", "sit-in", "riot", "unrest"]

    func protestEvent(into events: inout [Event], _ s: AnalyzedSentence, position: Int, mentions: [ActorMention],
                      dating: EventDating, scopes: [SpeechScope]) {
        guard !events.contains(where: { $0.cameo.hasPrefix("14") }), let countries = facts.countries,
              let i = s.tokens.indices.first(where: { s.tags[$0].isNoun && !s.tags[$0].isProperNoun
                  && SentenceCoder.protestNouns.contains(s.lemmas[$0]) }),
              !mentions.contains(where: { $0.range.contains(i) }) else { return }
        let against = mentions.indices.first { k in
            mentions[k].range.lowerBound > i && !mentions[k].country.isEmpty
                && PatternMatcher.preposition(before: mentions[k].range.lowerBound, s) == "against"
        }
        // "Protests against Kenya erupted in Kampala": the protesters are not of the country they protest against.
        let elsewhere = countries.perSentence[position].map(\.country).filter { $0 != against.map { mentions[$0].country } }
        var country: String
        var basis: String
        if let place = placeAfter(i, s, mentions) {
            (country, basis) = (place, "sentence")
        } else if against != nil, elsewhere.count == 1 {
            (country, basis) = (elsewhere[0], "sentence")
        } else if let inferred = countries.infer(sector: "OPP", sentence: position) {
            (country, basis) = inferred
        } else { return }
        var protesters = ActorMention(range: i..<(i + 1), code: country + "OPP", country: country, sector: "OPP",
                                      resolvedFrom: "protesters of the country")
        protesters.countryBasis = basis
        var all = mentions
        all.append(protesters)
        let target: Int
        if let against {
            target = against
        } else {
            var government = ActorMention(range: i..<(i + 1), code: country + "GOV", country: country, sector: "GOV",
                                          resolvedFrom: "government of the protesters' country")
            government.countryBasis = basis
            all.append(government)
            target = all.count - 1
        }
        let pattern = VerbPattern(code: "141", head: [s.lemmas[i]], elements: [], isNoun: true,
                                  text: "\(s.lemmas[i]) (a protest the sentence names, no protester)", origin: SourceLocation(file: "protest nouns"))
        makeEvents(into: &events, sources: [mentions.count], targets: [target], pattern: pattern, verbRange: i..<(i + 1),
                   verbHead: i, lemma: s.lemmas[i], negated: false, flags: ["noun"], date: dating.date(near: i),
                   s: s, mentions: all, scopes: scopes)
    }

    /// The state of a place named right after the noun: "protests in Baghdad".
    private func placeAfter(_ i: Int, _ s: AnalyzedSentence, _ mentions: [ActorMention]) -> String? {
        var k = i + 1
        guard k < s.tokens.count, ["in", "across", "throughout", "outside"].contains(s.tokens[k].lower) else { return nil }
        k += 1
        if k < s.tokens.count, s.tokens[k].lower == "the" { k += 1 }
        guard let m = mentions.first(where: { $0.range.lowerBound == k }), m.name == nil,
              m.sector.isEmpty || m.sector == "GOV", DocumentCountries.isState(m.country) else { return nil }
        return m.country
    }
}
