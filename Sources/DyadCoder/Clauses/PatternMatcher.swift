import DyadLexicon
import DyadSyntax

/// A verb pattern that matched a clause, with where its target stands.
struct PatternMatch {
    var pattern: VerbPattern
    /// Mention index of the target, if the pattern or the clause gives one.
    var target: Int?
    /// Token indices of the pattern's literal words.
    var wordPositions: [Int]
    /// True when the target stood where the pattern's `+` put it, rather than
    /// being the clause's object by default.
    var targetPlaced = false
}

/// Word ids of a sentence's lowercase forms and lemmas, for matching
/// patterns on integers (see ``Lexicon/steps(ofPattern:)``).
struct SentenceWordIDs {
    var forms: [Int32]
    var lemmas: [Int32]

    /// True when the token at `k` is the word `id`, as written or as lemma.
    func isWord(_ k: Int, _ id: Int32) -> Bool { lemmas[k] == id || forms[k] == id }
}

/// Matches the verb patterns of a verb against its clause: literal words in
/// order within the complement, `+` picking the actor at that place; the
/// most specific matching pattern wins.
enum PatternMatcher {
    /// The first of `patterns` (indices into the lexicon's verbs, in trying order) that matches.
    static func bestMatch(_ patterns: [Int32], lexicon: Lexicon, ids: SentenceWordIDs, roles r: ClauseRoles,
                          group g: VerbGroup, s: AnalyzedSentence, mentions: [ActorMention],
                          excluded: Set<Int>) -> PatternMatch? {
        let program = lexicon.patternSteps  // once: reading it then retains nothing
        for p in patterns {
            if let m = match(Int(p), program, lexicon, ids, r, g, s, mentions, excluded) { return m }
        }
        return nil
    }

    static func match(_ p: Int, _ program: PatternSteps, _ lexicon: Lexicon, _ ids: SentenceWordIDs, _ r: ClauseRoles,
                      _ g: VerbGroup, _ s: AnalyzedSentence, _ mentions: [ActorMention], _ excluded: Set<Int>) -> PatternMatch? {
        let steps = program.range(ofPattern: p)
        var position = r.complement.lowerBound
        var positions: [Int] = []
        var targetFrom: Int?
        var targetBefore: Int?
        var pendingTarget = false
        var hasPreceding = false
        for i in steps {
            switch program[i] {
            case .target:
                targetFrom = position
                pendingTarget = true
            case .word(let w):
                var k = position
                while k < r.complement.upperBound, !ids.isWord(k, w) { k += 1 }
                guard k < r.complement.upperBound else { return nil }
                if pendingTarget { targetBefore = k; pendingTarget = false }
                positions.append(k)
                position = k + 1
            case .choice(let c):
                guard let (k, length) = firstChoice(c, program, from: position, before: r.complement.upperBound,
                                                    ids) else { return nil }
                if pendingTarget { targetBefore = k; pendingTarget = false }
                positions += Array(k..<(k + length))
                position = k + length
            case .preceding:
                hasPreceding = true
            case .compoundSubject:
                guard r.subjects.count >= 2 else { return nil }
            }
        }
        // Words before the verb: in order, anywhere before it in the sentence
        // (PETRARCH reads `INDICATED WOULD * NOW` across "indicated it would act now").
        if hasPreceding {
            var k = 0
            for i in steps {
                guard case .preceding(let w) = program[i] else { continue }
                while k < g.head, !ids.isWord(k, w) { k += 1 }
                guard k < g.head else { return nil }
                positions.append(k)
                k += 1
            }
        }
        var target: Int?
        if let from = targetFrom {
            let upper = targetBefore ?? r.complement.upperBound
            let here = mentions.indices.filter { !excluded.contains($0) && mentions[$0].range.lowerBound >= from && mentions[$0].range.lowerBound < upper }
            // An actor with a country of its own beats a country-less agent.
            target = here.first { !mentions[$0].country.isEmpty } ?? here.first
        }
        let placed = target != nil
        if target == nil { target = defaultTarget(r, g, s, mentions, excluded) }
        return PatternMatch(pattern: lexicon.verbs[p], target: target, wordPositions: positions, targetPlaced: placed)
    }

    /// The first place at or after `from` where one of the word sequences
    /// stands, word for word as written (PETRARCH matches forms, not lemmas): (position, length).
    static func firstChoice(_ choice: Int32, _ program: PatternSteps, from: Int, before end: Int,
                            _ ids: SentenceWordIDs) -> (Int, Int)? {
        var k = from
        while k < end {
            if let length = program.choiceLength(choice, in: ids.forms, at: k, end: end) { return (k, length) }
            k += 1
        }
        return nil
    }

    /// The direct object, else the first actor after a preposition (not the
    /// agent "by" of a passive). Actors that are subjects of other clauses
    /// ("…, the ministry said") are never targets.
    static func defaultTarget(_ r: ClauseRoles, _ g: VerbGroup, _ s: AnalyzedSentence, _ mentions: [ActorMention],
                              _ excluded: Set<Int>) -> Int? {
        let all = mentions.indices.filter { !excluded.contains($0) && r.complement.contains(mentions[$0].range.lowerBound) }
        // Actors with a country of their own first; a country-less agent
        // ("journalists") only when the clause names no other actor.
        let anchored = all.filter { !mentions[$0].country.isEmpty }
        let inClause = anchored.isEmpty ? all : anchored
        if let direct = inClause.first(where: { isDirect(mentions[$0].range, s) }) {
            return direct
        }
        return inClause.first { k in
            !(g.isPassive && preposition(before: mentions[k].range.lowerBound, s) == "by")
        }
    }

    /// True when the phrase is no prepositional object, nor the "of"-part of
    /// one ("along the pass of Cirith Ungol"); "the leaders of Gondor" as an
    /// object is direct.
    static func isDirect(_ range: Range<Int>, _ s: AnalyzedSentence) -> Bool {
        if ClauseRoleFinder.insidePrepositionalPhrase(range, s) { return false }
        var k = range.lowerBound - 1
        while k >= 0, s.tags[k] == .DT || s.tags[k].isAdjective || s.tags[k] == .PRPS || s.tags[k] == .CD { k -= 1 }
        guard k >= 1, s.tokens[k].lower == "of", s.tags[k - 1].isNoun else { return true }
        return !ClauseRoleFinder.insidePrepositionalPhrase(ClauseRoleFinder.nounPhrase(endingAt: k - 1, s), s)
    }

    /// The preposition governing a phrase starting at `start`, skipping determiners and adjectives.
    static func preposition(before start: Int, _ s: AnalyzedSentence) -> String? {
        var k = start - 1
        while k >= 0, s.tags[k] == .DT || s.tags[k].isAdjective || s.tags[k] == .PRPS || s.tags[k] == .CD { k -= 1 }
        guard k >= 0, s.tags[k] == .IN || s.tags[k] == .TO else { return nil }
        return s.tokens[k].lower
    }
}
