import DyadLexicon
import DyadSyntax
import DyadText

/// The countries a document names, sentence by sentence: the context from
/// which an actor with a sector but no country of its own takes one.
///
/// Wire copy names people by title and a name no dictionary lists ("President
/// Dos Santos", "Judge Alejandro Rivera") and groups by kind alone ("rebels",
/// "gunmen"). A reader places them from the rest of the report; so does dyad:
///
/// - a **state actor** (government, military, police, courts, legislature,
///   intelligence) takes the country the *rest of the document* names most
///   ("President Dos Santos said …" in a report about Angola → `AGOGOV`), or the
///   country of a domestic actor in its own sentence ("Police arrested Kenyan
///   protesters" → `KENCOP`). A bare country in its sentence is not used: in
///   "the president will visit Portugal" Portugal is the counterpart;
/// - a **non-state actor** (rebels, gunmen, protesters, civilians, parties)
///   takes the one country its sentence names ("Rebels attacked Iranian troops"
///   → `IRNREB`), else the document's.
///
/// The event record says which in the actor's `basis` (`sentence` or
/// `document`), so users can keep or leave out inferred countries.
struct DocumentCountries: Sendable {
    /// Per sentence: each country named, with whether a domestic actor of it
    /// was named ("Kenyan protesters", "the Nigerian army").
    private(set) var perSentence: [[NamedCountry]]

    struct NamedCountry: Sendable, Hashable {
        var country: String
        /// True when the country came with an agent or a person: a domestic actor.
        var domestic: Bool
    }

    /// Per country: how many sentences name it, and where it is named first and, in
    /// another sentence, second — as (sentence, position in its list) — so that
    /// ``dominant(excluding:)`` costs the number of countries, not of sentences: a
    /// document of a hundred thousand sentences asks it for each of them.
    private var totals: [String: Tally] = [:]

    private struct Tally {
        var sentences = 0
        var first: (sentence: Int, position: Int)
        var second: (sentence: Int, position: Int)?
    }

    /// Counts the countries of every sentence's dictionary matches.
    init(matches: [[NameMatch]], lexicon: Lexicon, date: CalendarDate?) {
        perSentence = matches.map { DocumentCountries.countries(in: $0, lexicon: lexicon, date: date) }
        for (k, named) in perSentence.enumerated() {
            for (position, n) in named.enumerated() {
                if totals[n.country] == nil {
                    totals[n.country] = Tally(first: (k, position))
                } else if totals[n.country]!.second == nil {
                    totals[n.country]!.second = (k, position)
                }
                totals[n.country]!.sentences += 1
            }
        }
    }

    /// The country of each name, adjective and capital, and of each person or
    /// organization of a state, in one sentence's matches.
    static func countries(in matches: [NameMatch], lexicon: Lexicon, date: CalendarDate?) -> [NamedCountry] {
        var named: [NamedCountry] = []
        for (k, m) in matches.enumerated() {
            guard let a = m.actor else { continue }
            let entry = lexicon.actors[a]
            // A news outlet's country ("according to The Guardian") says nothing of where things happen.
            if entry.isOutlet { continue }
            let country: String
            var domestic: Bool
            if entry.kind == .country {
                guard let role = entry.roles.first else { continue }
                country = role.country
                // "Kenyan protesters": an adjective or name directly followed by an agent word.
                let next = k + 1 < matches.count ? matches[k + 1] : nil
                domestic = next.map { $0.form == .agent && $0.range.lowerBound == m.range.upperBound } ?? false
            } else {
                guard let role = entry.role(on: date), !role.isUncoded else { continue }
                country = role.country
                domestic = true
            }
            guard isState(country) else { continue }
            if let i = named.firstIndex(where: { $0.country == country }) {
                if domestic { named[i].domestic = true }
            } else {
                named.append(NamedCountry(country: country, domestic: domestic))
            }
        }
        return named
    }

    /// A state's code, not that of an international or non-governmental body.
    static func isState(_ country: String) -> Bool {
        country.utf8.count == 3 && !["IGO", "NGO", "MNC", "IMG", "---"].contains(country)
    }

    /// The country the document names in most sentences other than `sentence`
    /// (ties go to the one named first); nil when it names none, or when two
    /// countries tie for the most and neither comes first in the document.
    func dominant(excluding sentence: Int) -> String? {
        // Each country is named at most once per sentence (see `countries(in:lexicon:date:)`).
        let excluded = sentence >= 0 && sentence < perSentence.count ? perSentence[sentence] : []
        var best: (country: String, count: Int, first: (sentence: Int, position: Int))?
        for (country, tally) in totals {
            let count = tally.sentences - (excluded.contains { $0.country == country } ? 1 : 0)
            guard count > 0, let first = tally.first.sentence == sentence ? tally.second : tally.first else { continue }
            if let b = best, b.count > count || (b.count == count && b.first < first) { continue }
            best = (country, count, first)
        }
        return best?.country
    }

    /// The sectors of state actors: their country is the document's, not their counterpart's.
    static let stateSectors: Set<String> = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"]

    /// The country an agent with none of its own takes, and how it was found;
    /// nil when the context does not tell.
    func infer(sector: String, sentence: Int) -> (country: String, basis: String)? {
        let here = sentence < perSentence.count ? perSentence[sentence] : []
        let head = String(sector.prefix(3))
        if DocumentCountries.stateSectors.contains(head) {
            let domestic = here.filter(\.domestic)
            if domestic.count == 1 { return (domestic[0].country, "sentence") }
            return dominant(excluding: sentence).map { ($0, "document") }
        }
        if here.count == 1 { return (here[0].country, "sentence") }
        return dominant(excluding: sentence).map { ($0, "document") }
    }
}

/// Gives each agent of a sentence that has no country the one its context
/// makes plain (see ``DocumentCountries``), recording how. A place right after
/// the agent ("the government in Kabul", "protesters in Hong Kong") comes first.
enum CountryInference {
    static func place(_ found: inout [MentionFinder.Found], in s: AnalyzedSentence, sentence: Int, countries: DocumentCountries) {
        for k in found.indices {
            let m = found[k].mention
            guard !m.sector.isEmpty, m.name == nil, s.tags[m.range.lowerBound] != .PRP, s.tags[m.range.lowerBound] != .PRPS else { continue }
            // "the government in Kabul" is Kabul's even where "the government" would refer back.
            if m.country.isEmpty || m.resolvedFrom != nil, let country = location(after: m.range.upperBound, found, s) {
                found[k].mention.country = country
                found[k].mention.code = country + m.sector
                found[k].mention.resolvedFrom = nil
                found[k].mention.countryBasis = "sentence"
                continue
            }
            // "The two leaders signed": officials named by reference to ones before are
            // those, not the document's country; they are left unplaced.
            // "The authorities", "the police" are the state's institutions, not people named before.
            if found[k].isPlural, DocumentCountries.stateSectors.contains(String(m.sector.prefix(3))),
               m.range.lowerBound > 0, anaphoric.contains(s.tokens[m.range.lowerBound - 1].lower),
               s.tokens[m.range.lowerBound - 1].lower != "the" || MentionFinder.personNouns.contains(s.lemmas[m.range.upperBound - 1]) { continue }
            guard m.country.isEmpty, m.resolvedFrom == nil,
                  let (country, basis) = countries.infer(sector: m.sector, sentence: sentence) else { continue }
            found[k].mention.country = country
            found[k].mention.code = country + m.code
            found[k].mention.countryBasis = basis
        }
    }

    /// Words before a plural that point back: "the two leaders", "both ministers".
    static let anaphoric: WordSet = ["the", "these", "those", "both", "two", "three", "their"]

    /// The state named by "in [the] PLACE" starting at token `i`: a country
    /// or its capital, not a person or organization.
    static func location(after i: Int, _ found: [MentionFinder.Found], _ s: AnalyzedSentence) -> String? {
        location(after: i, found.map(\.mention), s)
    }

    /// The state named by "in [the] PLACE" (or another of `prepositions`)
    /// starting at token `i`: a country or its capital, not a person or organization.
    static func location(after i: Int, _ mentions: [ActorMention], _ s: AnalyzedSentence,
                         prepositions: WordSet = ["in"]) -> String? {
        guard i < s.tokens.count, prepositions.contains(s.tokens[i].lower) else { return nil }
        let start = i + 1 < s.tokens.count && s.tokens[i + 1].lower == "the" ? i + 2 : i + 1
        guard let place = mentions.first(where: { $0.range.lowerBound == start }),
              place.name == nil, place.sector.isEmpty || place.sector == "GOV",
              DocumentCountries.isState(place.country) else { return nil }
        return place.country
    }
}
