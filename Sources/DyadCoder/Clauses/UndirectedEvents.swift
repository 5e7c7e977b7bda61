import DyadSyntax

/// PETRARCH's `require_dyad = false` (``CodingOptions/petrarchUndirectedEvents``)
/// codes events that found no target, written with the target `---`. Not
/// every such clause is coded, though:
///
/// - a verb followed by nothing but a date has no object, and PETRARCH codes
///   nothing there: "a senior official said today" (but "said on Saturday");
/// - a clause subordinated to one that already coded an event is read as part
///   of that event: in "Arnor is about to restore ties with Gondor almost five
///   years after Calenardhon crowds burned down its embassy", only the
///   restoring is coded.
extension SentenceCoder {
    /// Why a clause with no target codes no undirected event, or nil when it does.
    static func undirectedEventRefusal(_ r: ClauseRoles, _ ri: Int, codedGroups: Set<Int>, dates: [DateExpression],
                                       _ s: AnalyzedSentence) -> String? {
        let objectWords = r.complement.filter { i in
            !(s.tags[i] == .period || s.tags[i] == .comma) && !dates.contains { $0.range.contains(i) }
        }
        if objectWords.isEmpty { return "nothing but a date follows the verb" }
        if r.clauseStart > 0, codedGroups.contains(where: { $0 < ri }),
           ClauseRoleFinder.subordinators.contains(s.tokens[r.clauseStart - 1].lower) {
            return "subordinated to a clause that coded an event"
        }
        return nil
    }
}
