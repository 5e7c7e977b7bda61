import DyadSyntax
import DyadText

/// Who arrests and who sentences when the report does not say.
///
/// "More than 1,000 people have been arrested", "two journalists were
/// sentenced to ten years": a passive with no "by" phrase, but a reader knows
/// the agent — the police arrest and detain, the courts sentence and convict,
/// in the country of those acted on. CAMEO coders code such events with that
/// agent; so does dyad, for a short list of verbs whose agent the state
/// monopolises, with the country of the target (or the document's, as
/// ``DocumentCountries`` infers it) and the flag `implied_source`.
enum ImpliedAgents {
    /// Verb lemmas whose unnamed agent is the police.
    static let police: WordSet = ["arrest", "detain", "apprehend", "jail", "imprison"]
    /// Verb lemmas whose unnamed agent is a court.
    static let courts: WordSet = ["sentence", "convict", "acquit", "indict"]

    /// The implied agent of a passive `lemma` acting on `targets`, placed on
    /// the verb's tokens; nil when the verb has none or no country is known.
    static func agent(of lemma: String, verb: Range<Int>, targets: [Int], mentions: [ActorMention], _ s: AnalyzedSentence,
                      countries: DocumentCountries?, sentence: Int) -> ActorMention? {
        let sector = police.contains(lemma) ? "COP" : courts.contains(lemma) ? "JUD" : nil
        guard let sector, !describesSomeone(verb, s) else { return nil }
        var country: String
        var basis: String
        if let t = targets.first, DocumentCountries.isState(mentions[t].country) {
            (country, basis) = (mentions[t].country, "sentence")
        } else if let inferred = countries?.infer(sector: sector, sentence: sentence) {
            (country, basis) = inferred
        } else {
            return nil
        }
        var agent = ActorMention(range: verb, code: country + sector, country: country, sector: sector,
                                 resolvedFrom: sector == "COP" ? "the police (implied)" : "a court (implied)")
        agent.countryBasis = basis
        return agent
    }

    /// "Babaryka, who was arrested in May": a relative clause describes a
    /// person (often their past), it does not report the arrest.
    static func describesSomeone(_ verb: Range<Int>, _ s: AnalyzedSentence) -> Bool {
        var k = verb.lowerBound - 1
        while k >= 0, s.tags[k].isAdverb { k -= 1 }
        return k >= 0 && ["who", "which", "that", "whom"].contains(s.tokens[k].lower)
    }
}
