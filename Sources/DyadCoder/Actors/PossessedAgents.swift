import DyadSyntax
import DyadText

/// "its troops", "their police": an agent after a possessive pronoun belongs
/// to the pronoun's actor. "Turkey denied its troops shelled the villages" has
/// Turkish troops (`TURMIL`) shell them, not troops of nowhere.
extension MentionFinder {
    /// Joins each country-less agent to the resolved possessive pronoun right
    /// before it, into one mention of the pronoun's country and the agent's sector.
    static func joinPossessedAgents(_ found: inout [Found], _ s: AnalyzedSentence) {
        var k = found.count - 1
        while k > 0 {
            let agent = found[k].mention, owner = found[k - 1].mention
            let start = agent.range.lowerBound
            if agent.country.isEmpty, !agent.sector.isEmpty, agent.name == nil,
               owner.range == (start - 1)..<start, s.tags[start - 1] == .PRPS, DocumentCountries.isState(owner.country) {
                var joined = agent
                joined.range = owner.range.lowerBound..<agent.range.upperBound
                joined.country = owner.country
                joined.code = MentionFinder.stacking([agent.sector], onto: owner.country)
                joined.sector = String(joined.code.dropFirst(3))
                joined.resolvedFrom = owner.resolvedFrom ?? s.tokens[owner.range].map(\.text).joined(separator: " ")
                found[k].mention = joined
                found.remove(at: k - 1)
                k -= 1
            }
            k -= 1
        }
    }
}
