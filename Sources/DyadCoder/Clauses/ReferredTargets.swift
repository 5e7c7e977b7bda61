import DyadSyntax
import DyadText

/// Targets named by what they did: "criticized the move", "rejected the
/// plan", "condemned the attack". The act is no actor, but it is someone's,
/// and a reader takes it to be the actor the report was just about: the
/// subject of a recent clause. CAMEO codes the reaction against that actor,
/// and so does dyad — for reactions only (praise, demands, disapproval,
/// rejection, threats, protest), with the actor's text in `resolved_from`.
enum ReferredTargets {
    /// Nouns for an act or decision of someone's.
    static let actNouns: WordSet = ["move", "decision", "plan", "bill", "ruling", "proposal", "withdrawal", "law",
                                    "announcement", "measure", "policy", "order", "remarks", "comments", "action",
                                    "step", "initiative", "attack", "attacks", "bombing", "strike", "strikes", "killing",
                                    "invasion", "offensive", "operation", "decree", "ban", "sanctions", "election",
                                    "referendum", "crackdown", "deployment", "annexation", "occupation"]
    /// Determiners that point back to something already told.
    static let pointers: WordSet = ["the", "this", "that", "these", "those", "its", "his", "her", "their"]
    /// CAMEO roots of reactions to what someone did.
    static let reactionRoots: Set<Substring> = ["05", "10", "11", "12", "13", "14"]

    /// The actor an act named in `complement` refers back to, as a mention on
    /// the act's noun; nil when the clause names no such act or no recent
    /// subject other than the source's own actor fits.
    static func target(in complement: Range<Int>, s: AnalyzedSentence, memory: DocumentMemory,
                       sentence: Int, sourceCode: String) -> ActorMention? {
        guard let noun = complement.first(where: { i in
            actNouns.contains(s.tokens[i].lower) && i > complement.lowerBound && pointers.contains(s.tokens[i - 1].lower)
        }) else { return nil }
        guard let r = memory.history.last(where: { r in
            r.isSubject && sentence - r.sentence <= 2 && !r.mention.country.isEmpty && r.mention.code != sourceCode
        }) else { return nil }
        var m = r.mention
        m.range = noun..<(noun + 1)
        m.resolvedFrom = r.text
        return m
    }
}

