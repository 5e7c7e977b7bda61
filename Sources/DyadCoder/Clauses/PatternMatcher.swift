import DyadText
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
    /// Mention index of the source when the pattern places it (`$`), else the subject is the source.
    var source: Int?
}

/// Word ids of a sentence's lowercase forms and lemmas, for matching
/// patterns on integers (see ``Lexicon/steps(ofPattern:)``).
struct SentenceWordIDs {
    var forms: [Int32]
    var lemmas: [Int32]
    /// Both as a filter that rules out most patterns before they are walked.
    let filter: WordFilter

    init(forms: [Int32], lemmas: [Int32]) {
        self.forms = forms
        self.lemmas = lemmas
        filter = WordFilter(forms + lemmas)
    }

    /// True when the token at `k` is the word `id`, as written or as lemma.
    func isWord(_ k: Int, _ id: Int32) -> Bool { lemmas[k] == id || forms[k] == id }
}

/// Matches the verb patterns of a verb against its clause: literal words in
/// order within the complement, `+`, `$` and `^` placing the actors there
/// (``ActorSlots``), words before the verb in order before it
/// (``PrecedingWords``); the most specific matching pattern wins.
enum PatternMatcher {
    /// The first of `patterns` (indices into the lexicon's verbs, in trying order) that matches.
    static func bestMatch(_ patterns: [Int32], lexicon: Lexicon, ids: SentenceWordIDs, roles r: ClauseRoles,
                          group g: VerbGroup, s: AnalyzedSentence, mentions: [ActorMention],
                          excluded: Set<Int>) -> PatternMatch? {
        firstMatch(patterns[...], lexicon, ids, r, g, s, mentions, excluded)?.match
    }

    /// The best match in the clause, or in its reach (``reach(of:_:_:)``) when a
    /// more specific pattern matches there with words of its own ("vowed on
    /// Thursday to wage war": `VOW * WAR`, not the bare `VOW`).
    ///
    /// `patterns` come most specific first, so only those before the clause's
    /// own match can beat it: the reach tries no others.
    static func bestMatch(_ patterns: [Int32], lexicon: Lexicon, ids: SentenceWordIDs, roles r: ClauseRoles,
                          reach: ClauseRoles?, group g: VerbGroup, s: AnalyzedSentence, mentions: [ActorMention],
                          excluded: Set<Int>) -> PatternMatch? {
        let plain = firstMatch(patterns[...], lexicon, ids, r, g, s, mentions, excluded)
        guard let reach else { return plain?.match }
        let tried = patterns[..<(plain?.position ?? patterns.endIndex)]
        guard let far = firstMatch(tried, lexicon, ids, reach, g, s, mentions, excluded)?.match,
              !far.wordPositions.isEmpty else { return plain?.match }
        guard let plain = plain?.match else { return far }
        return far.pattern.specificity > plain.pattern.specificity ? far : plain
    }

    /// The first of `patterns` that matches, with its position in them.
    private static func firstMatch(_ patterns: ArraySlice<Int32>, _ lexicon: Lexicon, _ ids: SentenceWordIDs,
                                   _ r: ClauseRoles, _ g: VerbGroup, _ s: AnalyzedSentence, _ mentions: [ActorMention],
                                   _ excluded: Set<Int>) -> (position: Int, match: PatternMatch)? {
        let program = lexicon.patternSteps  // once: reading it then retains nothing
        for i in patterns.indices where program.mayMatch(Int(patterns[i]), ids.filter) {
            if let m = match(Int(patterns[i]), program, lexicon, ids, r, g, s, mentions, excluded) { return (i, m) }
        }
        return nil
    }

    /// The clause with its complement stretched over an infinitive or a
    /// participle it governs right after it ("declined to comment", "believed
    /// linked to") or a participle describing its
    /// last noun ("welcomed assurances sent from Bree"); nil when there is none.
    static func reach(of ri: Int, _ roles: [ClauseRoles], _ s: AnalyzedSentence) -> ClauseRoles? {
        let r = roles[ri]
        guard ri + 1 < roles.count else { return nil }
        let next = roles[ri + 1], ng = s.verbGroups[next.group]
        guard ng.range.lowerBound == r.complement.upperBound else { return nil }
        // "declined to comment"; "believed linked to": a participle right after the verb it depends on.
        let infinitive = next.governor == ri
            && (ng.form == .infinitive || (ng.form == .participle && r.complement.isEmpty))
        let describing = (ng.form == .participle || ng.form == .gerund) && ng.range.lowerBound > r.complement.lowerBound
            && s.tags[ng.range.lowerBound - 1].isNoun
        guard infinitive || describing else { return nil }
        var reach = r
        reach.complement = r.complement.lowerBound..<next.complement.upperBound
        return reach
    }

    /// Pattern `p` (an index into the lexicon's verbs) against the clause,
    /// walking its compiled steps and comparing word ids.
    static func match(_ p: Int, _ program: PatternSteps, _ lexicon: Lexicon, _ ids: SentenceWordIDs, _ r: ClauseRoles,
                      _ g: VerbGroup, _ s: AnalyzedSentence, _ mentions: [ActorMention], _ excluded: Set<Int>) -> PatternMatch? {
        let steps = program.range(ofPattern: p)
        var position = r.complement.lowerBound
        var positions: [Int] = []
        // Places of actors (`+`, `$`, `^`) waiting for the next literal word, which bounds them.
        var slots = ActorSlots()
        var hasPreceding = false
        for i in steps {
            switch program[i] {
            case .target:
                slots.open(.target, at: position)
            case .marker(.source):
                slots.open(.source, at: position)
            case .marker(.skip):
                slots.open(.skip, at: position)
            case .word(let w):
                var k = position
                while k < r.complement.upperBound, !ids.isWord(k, w) { k += 1 }
                guard k < r.complement.upperBound else { return nil }
                slots.close(before: k, mentions, excluded)
                positions.append(k)
                position = k + 1
            case .choice(let c):
                guard let (k, length) = firstChoice(c, program, from: position, before: r.complement.upperBound,
                                                    ids) else { return nil }
                slots.close(before: k, mentions, excluded)
                positions += Array(k..<(k + length))
                position = k + length
            case .preceding, .marker:
                // Words and markers before the verb (`joined`, `targetBeforeVerb`): read below.
                hasPreceding = true
            case .compoundSubject:
                guard r.subjects.count >= 2 else { return nil }
            }
        }
        slots.close(before: r.complement.upperBound, mentions, excluded)
        // Words before the verb: in order, anywhere before it in the sentence
        // (PETRARCH reads `INDICATED WOULD * NOW` across "indicated it would act now").
        var before = PrecedingWords.Match()
        if hasPreceding {
            guard let found = PrecedingWords.match(steps, program, ids, r, g, s, mentions) else { return nil }
            before = found
            positions += found.positions
        }
        // `$` must find its actor; the pattern does not fit a clause without one.
        if slots.wantsSource && slots.source == nil { return nil }
        var target = before.target ?? slots.target
        // "receive +" on "received several refusals": the object is a thing, not an actor.
        if target == nil, steps.count == 1, case .target = program[steps.lowerBound], objectIsAThing(r, s, mentions) { return nil }
        var placed = target != nil
        if target == nil {
            target = defaultTarget(r, g, s, mentions, slots.source.map { excluded.union([$0]) } ?? excluded)
        }
        // An actor placed as the source takes the subject's role; the subject becomes the target.
        if slots.source != nil, target == nil, let subject = r.subjects.first {
            target = subject
            placed = true
        }
        return PatternMatch(pattern: lexicon.verbs[p], target: target, wordPositions: positions, targetPlaced: placed,
                            source: slots.source)
    }

    /// True when the clause's object, right after the verb, is a common noun
    /// that names no actor: "received several refusals", "hosted the games".
    static func objectIsAThing(_ r: ClauseRoles, _ s: AnalyzedSentence, _ mentions: [ActorMention]) -> Bool {
        var k = r.complement.lowerBound
        while k < r.complement.upperBound, s.tags[k] == .DT || s.tags[k].isAdjective || s.tags[k] == .CD || s.tags[k] == .PRPS {
            k += 1
        }
        guard k < r.complement.upperBound, s.tags[k] == .NN || s.tags[k] == .NNS else { return false }
        // The head of the noun phrase: past compounds ("the election result").
        var head = k
        while head + 1 < r.complement.upperBound, s.tags[head + 1] == .NN || s.tags[head + 1] == .NNS { head += 1 }
        return !mentions.contains { $0.range.contains(head) || $0.range.contains(k) }
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
    /// Words for part of a body: "by members of the European Union" is done by the Union.
    static let partitiveNouns: WordSet = ["member", "members", "leaders", "representatives", "officials", "delegates",
                                          "delegation", "part", "some", "many", "most", "several", "each", "all"]

    /// The preposition that governs the phrase at `start`, reading "members of
    /// X" as X: the agent of "was condemned by members of the European Union"
    /// is the Union.
    static func governingPreposition(before start: Int, _ s: AnalyzedSentence) -> String? {
        guard let p = preposition(before: start, s), p == "of" else { return preposition(before: start, s) }
        var k = start - 1
        while k >= 0, s.tokens[k].lower != "of" { k -= 1 }
        guard k >= 1, partitiveNouns.contains(s.tokens[k - 1].lower) else { return p }
        return preposition(before: k - 1, s)
    }

    static func preposition(before start: Int, _ s: AnalyzedSentence) -> String? {
        var k = start - 1
        // Past determiners, adjectives, numbers, and participles used as adjectives after a
        // determiner ("by the opposing party", "against the ruling coalition").
        while k >= 0, s.tags[k] == .DT || s.tags[k].isAdjective || s.tags[k] == .PRPS || s.tags[k] == .CD
                || ((s.tags[k] == .VBG || s.tags[k] == .VBN) && k > 0 && (s.tags[k - 1] == .DT || s.tags[k - 1] == .PRPS)) { k -= 1 }
        guard k >= 0, s.tags[k] == .IN || s.tags[k] == .TO else { return nil }
        return s.tokens[k].lower
    }
}
