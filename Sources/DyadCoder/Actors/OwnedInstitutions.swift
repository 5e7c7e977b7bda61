import DyadLexicon
import DyadText

/// "Chile's Defense Department", "Kenya's Foreign Office": a state body
/// whose dictionary name is made of common words belongs to the country named
/// before it, even when the dictionary lists that name for another state (the
/// Pentagon's "Defense Department", Britain's "Foreign Office").
extension MentionFinder {
    /// The country of a country name, adjective or possessive standing before
    /// `entityMatch` in its phrase, when the entity is a state body (not a
    /// person, not an international body) listed for a different state.
    static func ownerCountry(of entityMatch: NameMatch, entry: ActorEntry, role: ActorRole, _ actorMatches: [NameMatch],
                             lexicon: Lexicon, date: CalendarDate?) -> String? {
        guard entry.kind != .person, DocumentCountries.isState(role.country),
              DocumentCountries.stateSectors.contains(String(role.sector.prefix(3))),
              let owner = actorMatches.last(where: { m in
                  m.range.upperBound <= entityMatch.range.lowerBound && m.actor.map { lexicon.actors[$0].kind == .country } == true
              }),
              let ownerRole = lexicon.actors[owner.actor!].role(on: date),
              DocumentCountries.isState(ownerRole.country), ownerRole.country != role.country else { return nil }
        return ownerRole.country
    }
}
