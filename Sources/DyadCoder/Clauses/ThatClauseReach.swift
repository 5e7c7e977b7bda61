import DyadLexicon
import DyadSyntax

/// PETRARCH reads a verb's pattern words anywhere in its phrase, including a
/// "that"-clause it governs: "Gollum allowed that Mordor isn't a really
/// pleasant place" matches `ALLOW * REALLY_PLEASANT`, with Mordor, the
/// subject of the "that"-clause, as the target. dyad does so only under
/// ``CodingOptions/petrarchConventions``, and only when the "that"-clause's
/// own verb codes nothing ("is", "can cope"), so no event is counted twice.
extension SentenceCoder {
    /// The "that"-clause governed by clause `ri`, when its verb codes nothing:
    /// it has no patterns of its own, or none that matches its clause
    /// ("whether he really has much of a future with the Morgul Orcs").
    func uncodedThatClause(after ri: Int, _ roles: [ClauseRoles], _ s: AnalyzedSentence, ids: SentenceWordIDs,
                           words: [Int32], mentions: [ActorMention]) -> ClauseRoles? {
        guard coder.options.petrarchConventions, ri + 1 < roles.count else { return nil }
        let next = roles[ri + 1]
        guard next.governor == ri, next.isComplementClause else { return nil }
        let g = s.verbGroups[next.group]
        let lexicon = coder.lexicon
        for verb in [lexicon.vocabulary.id(of: g.lemma), ids.forms[g.head]] where lexicon.hasVerbPatterns(forLemma: verb) {
            let patterns = lexicon.verbPatternIndices(forLemma: verb, words: words)
            if PatternMatcher.bestMatch(patterns, lexicon: lexicon, ids: ids, roles: next, group: g, s: s,
                                        mentions: mentions, excluded: []) != nil { return nil }
        }
        return next
    }

    /// The most specific pattern whose words stand in the clause or in its
    /// uncoded "that"-clause; the target defaults to that clause's subject.
    func matchReachingThatClause(_ patterns: [Int32], _ ids: SentenceWordIDs, _ r: ClauseRoles, _ that: ClauseRoles, _ g: VerbGroup,
                                 _ s: AnalyzedSentence, _ mentions: [ActorMention], excluded: Set<Int>) -> PatternMatch? {
        var reach = r
        reach.complement = r.complement.lowerBound..<max(r.complement.upperBound, that.complement.upperBound)
        // "Sam questioned whether he has a future with the Orcs": a subject that
        // is the clause's own actor again is no target.
        let own = Set(r.subjects.map { mentions[$0].code })
        let others = that.subjects.filter { !own.contains(mentions[$0].code) }
        let open = excluded.subtracting(others)
        let lexicon = coder.lexicon
        guard var match = PatternMatcher.bestMatch(patterns, lexicon: lexicon, ids: ids, roles: reach, group: g, s: s,
                                                   mentions: mentions, excluded: open)
                ?? PatternMatcher.bestMatch(patterns, lexicon: lexicon, ids: ids, roles: r, group: g, s: s,
                                            mentions: mentions, excluded: excluded) else { return nil }
        if match.target == nil, let subject = others.first { match.target = subject }
        return match
    }
}
