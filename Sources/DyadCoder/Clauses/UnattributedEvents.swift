import DyadLexicon
import DyadSyntax
import DyadText

/// Events a sentence names by a noun without saying who acted: "protests
/// filled the streets of San Juan", "anti-government protests continue in
/// Baghdad", "twin bombings struck the cathedral", "three suicide bombings
/// took place in Tunisia". A reader still knows the kind of actor on each
/// side; CAMEO coders code them so:
///
/// - a **protest** (`141`, demonstrate or rally): people of the country where
///   it happens (`OPP`, as dyad's "protesters") against its government, or
///   against the actor after "against";
/// - a **bombing** (`183`; `1831` suicide bombing, `1832` car bombing): an
///   unidentified armed group of that country (`UAF`) against its civilians.
///
/// The country is the place named right after the noun ("in Baghdad"), else
/// the one the sentence or the document makes plain (``DocumentCountries``),
/// with that basis; no country, no event. dyad codes at most one such event
/// per kind and sentence, only when no event of the kind's root was coded
/// there already; the event carries the `noun` flag.
struct UnattributedKind: Sendable {
    /// Noun lemmas that name the event.
    var nouns: WordSet
    /// The CAMEO root the kind belongs to: a sentence with an event of it gets no second one.
    var root: String
    var sourceSector: String
    var targetSector: String
    /// Whether "against X" names the target ("protests against Kenya").
    var takesAgainst: Bool
    /// The code for the noun at token `i`.
    var code: @Sendable (_ i: Int, _ s: AnalyzedSentence) -> String

    static let protest = UnattributedKind(
        nouns: ["protest", "demonstration", "rally", "sit-in", "riot", "unrest"], root: "14",
        sourceSector: "OPP", targetSector: "GOV", takesAgainst: true, code: { _, _ in "141" })

    static let bombing = UnattributedKind(
        nouns: ["bombing", "blast", "explosion", "car-bombing"], root: "18",
        sourceSector: "UAF", targetSector: "CVL", takesAgainst: false,
        code: { i, s in
            let before = i > 0 ? s.lemmas[i - 1] : ""
            return before == "suicide" ? "1831" : before == "car" || s.lemmas[i] == "car-bombing" ? "1832" : "183"
        })

    static let all: [UnattributedKind] = [.protest, .bombing]
}

extension SentenceCoder {
    func unattributedEvents(into events: inout [Event], _ s: AnalyzedSentence, position: Int, mentions: [ActorMention],
                            dating: EventDating, scopes: [SpeechScope]) {
        for kind in UnattributedKind.all {
            unattributedEvent(kind, into: &events, s, position: position, mentions: mentions, dating: dating, scopes: scopes)
        }
    }

    private func unattributedEvent(_ kind: UnattributedKind, into events: inout [Event], _ s: AnalyzedSentence, position: Int,
                                   mentions: [ActorMention], dating: EventDating, scopes: [SpeechScope]) {
        guard !events.contains(where: { $0.cameo.hasPrefix(kind.root) }), let countries = facts.countries,
              let i = s.tokens.indices.first(where: { s.tags[$0].isNoun && !s.tags[$0].isProperNoun
                  && kind.nouns.contains(s.lemmas[$0]) }),
              !mentions.contains(where: { $0.range.contains(i) }) else { return }
        let against = !kind.takesAgainst ? nil : mentions.indices.first { k in
            mentions[k].range.lowerBound > i && !mentions[k].country.isEmpty
                && PatternMatcher.preposition(before: mentions[k].range.lowerBound, s) == "against"
        }
        // "Protests against Kenya erupted in Kampala": the protesters are not of the country they protest against.
        let elsewhere = countries.perSentence[position].map(\.country).filter { $0 != against.map { mentions[$0].country } }
        var country: String
        var basis: String
        if let place = CountryInference.location(after: i + 1, mentions, s, prepositions: ["in", "across", "throughout", "outside"]) {
            (country, basis) = (place, "sentence")
        } else if against != nil, elsewhere.count == 1 {
            (country, basis) = (elsewhere[0], "sentence")
        } else if let inferred = countries.infer(sector: kind.sourceSector, sentence: position) {
            (country, basis) = inferred
        } else { return }
        func implied(_ sector: String, _ who: String) -> ActorMention {
            var m = ActorMention(range: i..<(i + 1), code: country + sector, country: country, sector: sector, resolvedFrom: who)
            m.countryBasis = basis
            return m
        }
        var all = mentions
        all.append(implied(kind.sourceSector, kind.sourceSector == "OPP" ? "protesters of the country" : "unidentified attackers"))
        let target: Int
        if let against {
            target = against
        } else {
            all.append(implied(kind.targetSector, kind.targetSector == "GOV" ? "government of the protesters' country" : "civilians of the country"))
            target = all.count - 1
        }
        let pattern = VerbPattern(code: kind.code(i, s), head: [s.lemmas[i]], elements: [], isNoun: true,
                                  text: "\(s.lemmas[i]) (an event the sentence names, no actor)",
                                  origin: SourceLocation(file: "unattributed event nouns"))
        makeEvents(into: &events, sources: [mentions.count], targets: [target], pattern: pattern, verbRange: i..<(i + 1),
                   verbHead: i, lemma: s.lemmas[i], negated: false, flags: ["noun"], date: dating.date(near: i),
                   s: s, mentions: all, scopes: scopes)
    }
}
