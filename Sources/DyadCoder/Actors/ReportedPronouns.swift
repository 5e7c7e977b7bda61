import DyadSyntax

extension SentenceCoder {
    /// "X announced that it had …", "X said he would …": a pronoun subject of
    /// a complement clause refers to the subject of the clause that reports it.
    /// The pronoun's mention is rebound in `found` and in `mentions`, its copy.
    static func bindReportedPronouns(_ found: inout [MentionFinder.Found], _ mentions: inout [ActorMention],
                                     roles: [ClauseRoles], _ s: AnalyzedSentence) {
        for r in roles where r.isComplementClause {
            guard let gov = r.governor, let speaker = roles[gov].subjects.first else { continue }
            for k in r.subjects {
                let m = found[k].mention
                guard m.range.count == 1, let p = MentionFinder.pronouns[s.tokens[m.range.lowerBound].lower] else { continue }
                let antecedent = found[speaker].mention
                if let person = p.person, person != antecedent.isPerson { continue }
                var bound = antecedent
                bound.range = m.range
                bound.resolvedFrom = antecedent.resolvedFrom ?? s.tokens[antecedent.range].map(\.text).joined(separator: " ")
                found[k].mention = bound
                mentions[k] = bound
            }
        }
    }
}
