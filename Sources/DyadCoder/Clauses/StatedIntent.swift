import DyadLexicon
import DyadSyntax
import DyadText

/// What a speaker says they will do is an intention, not a comment.
///
/// "Trump said he would prefer to agree a solution", "'We will seek to reach
/// across the aisle,' Pelosi said": the content codes no event of its own (no
/// dictionary pattern matched it), yet it is no plain statement either. CAMEO
/// codes a stated intention as `030` (express intent to cooperate) and a stated
/// refusal — "said he will not approve a budget" — as `120` (reject).
///
/// The content must be the speaker's own future: a clause with "will",
/// "would", "'ll" or "shall" whose subject is "I" or "we", or a pronoun or
/// actor that stands for the speaker. "Pence said the country will face a
/// crisis" is about someone else, and stays a statement.
enum StatedIntent {
    static let futureModals: WordSet = ["will", "would", "'ll", "shall", "wo"]
    static let firstPerson: WordSet = ["i", "we"]

    /// The code the statement of verb group `speech` takes (`030` or `120`),
    /// with the clause that says so; nil when no other clause of the sentence
    /// is the speaker's own future.
    static func code(speech: Int, speakerCodes: Set<String>, roles: [ClauseRoles], s: AnalyzedSentence,
                     mentions: [ActorMention]) -> (code: String, group: Int)? {
        for r in roles {
            let g = s.verbGroups[r.group]
            guard r.group != speech, let modal = g.modal, futureModals.contains(modal) else { continue }
            let own = r.subjects.contains { speakerCodes.contains(mentions[$0].code) }
                || firstPersonSubject(before: g.range.lowerBound, s)
            guard own else { continue }
            return (g.isNegated ? "120" : "030", r.group)
        }
        return nil
    }

    /// True when "I" or "we" stands right before the verb group, past adverbs.
    private static func firstPersonSubject(before start: Int, _ s: AnalyzedSentence) -> Bool {
        var k = start - 1
        while k >= 0, s.tags[k].isAdverb { k -= 1 }
        return k >= 0 && firstPerson.contains(s.tokens[k].lower)
    }
}
