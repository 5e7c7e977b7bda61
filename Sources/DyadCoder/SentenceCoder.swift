import DyadLexicon
import DyadSyntax
import DyadText

/// Codes one analysed sentence, given what the document taught so far.
///
/// Stages, each a small step on plain values: dictionary names → actor
/// mentions → clause roles → verb and noun patterns → events, with dates and
/// attribution attached.
struct SentenceCoder {
    let coder: EventCoder
    let facts: DocumentFacts

    /// Codes the sentence; `memory` learns its actors and dates for the
    /// sentences after it unless it is the document's last (`isLast`).
    /// `position` is the sentence's place among the document's analysed sentences;
    /// `wordIDs` and `matches` are its tokens' word ids and dictionary names.
    func code(_ analysed: AnalyzedSentence, position: Int, wordIDs: [Int32], matches: [NameMatch],
              memory: inout DocumentMemory, isLast: Bool = false) -> SentenceTrace {
        let lexicon = coder.lexicon
        let docDate = facts.document.date
        // A word inside a dictionary name ("Michel Delving") is no verb.
        var s = analysed
        s.verbGroups.removeAll { g in matches.contains { $0.form == .name && $0.range.count > 1 && $0.range.contains(g.head) } }
        let undirected = coder.options.petrarchUndirectedEvents
        var found = MentionFinder(lexicon: lexicon, adjectiveAgents: undirected)
            .mentions(in: s, matches: matches, date: docDate, memory: &memory)
        if coder.options.petrarchNewActorLength > 0 {
            found += MentionFinder.newActors(in: s, matches: matches, maxWords: coder.options.petrarchNewActorLength)
            found.sort { $0.mention.range.lowerBound < $1.mention.range.lowerBound }
        }
        if let countries = facts.countries { CountryInference.place(&found, in: s, sentence: position, countries: countries) }
        // A city or region alone has placed its agents; it is no actor itself.
        found.removeAll { $0.mention.isPlace }
        var bound = found.map(\.mention)
        let roles = ClauseRoleFinder.roles(s, mentions: bound, countryLessSubjects: coder.options.petrarchConventions)
        SentenceCoder.bindReportedPronouns(&found, &bound, roles: roles, s)
        let mentions = bound
        let scopes = AttributionFinder.scopes(s, roles: roles, mentions: mentions, lexicon: lexicon, wordIDs: wordIDs)
        let dates = DateExpressionFinder.find(s, documentDate: docDate, lastNamed: memory.lastNamedDate)
        let dating = EventDating(expressions: dates, roles: roles, sentence: s, documentDate: docDate)

        var events: [Event] = []
        var clauses: [ClauseSummary] = []
        var usedWords = Set<Int>()
        let cueSpeakers = Set(scopes.flatMap(\.covered))
        let tracing = coder.options.trace
        // Possessives ("its support") are never targets.
        let possessives = Set(mentions.indices.filter { s.tags[mentions[$0].range.lowerBound] == .PRPS })
        var codedGroups = Set<Int>()
        // Clauses only asked for, demanded or promised: what they govern is not done either.
        var notDone = Set<Int>()
        // "If Iran enriches uranium, Israel could strike": neither happened.
        let (hasCondition, conditional) = SentenceCoder.conditionalClause(s)
        // Word ids of the sentence's forms and lemmas, for matching patterns (built on first use).
        lazy var ids = SentenceWordIDs(forms: wordIDs, lemmas: lexicon.wordIDs(lemmas: s.lemmas, of: s.tokens, formIDs: wordIDs))
        lazy var sentenceWords = ids.forms + ids.lemmas
        // The dependency tree, parsed only for a clause that needs it.
        lazy var tree = coder.options.petrarchConventions ? nil : coder.dependencies?.parse(s.sentence)
        for (ri, r) in roles.enumerated() {
            let g = s.verbGroups[r.group]
            var outcome = ""
            defer {
                if tracing { clauses.append(summary(r, g, s, mentions, outcome)) }
            }
            if lexicon.speech.verbs.contains(g.lemma), !undirected { outcome = "reports speech"; continue }
            if usedWords.contains(g.head) { outcome = "part of the governing verb's pattern"; continue }
            if conditional.contains(g.head) || (hasCondition && g.modal.map(SentenceCoder.hypotheticalModals.contains) == true) {
                outcome = "hypothetical"; continue
            }
            // "urged Iran to release", "pledged to provide": the infinitive is
            // asked for or promised, not done.
            // "demanded that Russia withdraw": what is demanded has not happened.
            if r.isComplementClause, let gov = r.governor,
               SentenceCoder.appealVerbs.contains(s.verbGroups[roles[gov].group].lemma) {
                outcome = "demanded or urged, not done"; notDone.insert(ri); continue
            }
            if SentenceCoder.isQuestioned(r, g, s) { outcome = "only asked whether"; notDone.insert(ri); continue }
            // PETRARCH codes no gerund that a preposition subordinates ("after leaving Eriador").
            if coder.options.petrarchConventions, g.form == .gerund, ClauseRoleFinder.prepositionBefore(g, s) != nil {
                outcome = "a gerund after a preposition"; continue
            }
            var isIntended = false
            if g.form == .infinitive, let gov = r.governor {
                // "called on Gondor to be allowed to leave Lorien": leaving is asked for too.
                if notDone.contains(gov) { outcome = "governed by a clause that is not done"; notDone.insert(ri); continue }
                if codedGroups.contains(gov) { outcome = "asked for or promised by the governing verb"; notDone.insert(ri); continue }
                let govLemma = s.verbGroups[roles[gov].group].lemma
                let before = g.range.lowerBound > 0 ? s.tokens[g.range.lowerBound - 1].lower : ""
                if SentenceCoder.intentVerbs.contains(govLemma) || (govLemma == "be" && SentenceCoder.readyWords.contains(before)) {
                    isIntended = true
                } else if SentenceCoder.appealVerbs.contains(govLemma) {
                    outcome = "asked for by '\(govLemma)'"; notDone.insert(ri); continue
                }
            }
            var verb = lexicon.vocabulary.id(of: g.lemma)
            // A dictionary may list an inflected form as a verb of its own (PETRARCH's `LEFT [032]`);
            // dyad's own dictionaries list lemmas, so there the form counts only when its lemma has no patterns.
            if s.tokens[g.head].lower != g.lemma, lexicon.hasVerbPatterns(forLemma: wordIDs[g.head]),
               coder.options.petrarchConventions || !lexicon.hasVerbPatterns(forLemma: verb) {
                verb = wordIDs[g.head]
            }
            let patterns = lexicon.hasVerbPatterns(forLemma: verb) ? lexicon.verbPatternIndices(forLemma: verb, words: sentenceWords) : []
            guard !patterns.isEmpty else { if tracing { outcome = "no pattern for '\(g.lemma)'" }; continue }
            // Subjects of other clauses and the sources of "according to" are never targets.
            let otherSubjects = Set(roles.filter { $0.group != r.group && !$0.subjectsInherited }.flatMap(\.subjects))
                .union(cueSpeakers).union(possessives)
            let reach = PatternMatcher.reach(of: ri, roles, s)
            let thatClause = uncodedThatClause(after: ri, roles, s, ids: ids, words: sentenceWords, mentions: mentions)
            guard var match = thatClause.flatMap({ matchReachingThatClause(patterns, ids, r, $0, g, s, mentions, excluded: otherSubjects) })
                    ?? PatternMatcher.bestMatch(patterns, lexicon: lexicon, ids: ids, roles: r, reach: reach, group: g, s: s,
                                                mentions: mentions, excluded: otherSubjects) else {
                if tracing { outcome = "no pattern of '\(g.lemma)' matched the clause" }; continue
            }
            // "announced that the government will withdraw the bill": a decision announced is the act.
            let announced = r.isComplementClause && r.governor.map {
                SentenceCoder.decidingVerbs.contains(s.verbGroups[roles[$0].group].lemma) } == true
            if !isIntended, !coder.options.petrarchConventions, g.form == .finite, let m = g.modal, !announced,
               SentenceCoder.promisingModals.contains(m),
               ["05", "06", "07", "08"].contains(String(match.pattern.code.prefix(2))) {
                isIntended = true
            }
            if isIntended {
                guard let intent = SentenceCoder.intent(of: match.pattern.code) else {
                    if tracing { outcome = "\(match.pattern.rule) matched, but it is only intended" }; continue
                }
                match.pattern.code = intent
            }
            // "Greece demanded that Turkey withdraw": appeals, demands and
            // threats aim at the subject of their "that"-clause.
            if match.target == nil, ["02", "10", "13"].contains(String(match.pattern.code.prefix(2))) {
                let that = r.complement.upperBound
                if that < s.tokens.count, s.tokens[that].lower == "that",
                   let k = mentions.indices.first(where: { (that + 1...that + 3).contains(mentions[$0].range.lowerBound) }),
                   !r.subjects.contains(k) {
                    match.target = k
                }
            }
            // "refused to recognize Kosovo": the target is the object of the
            // infinitive the verb governs.
            if match.target == nil,
               let inner = roles.first(where: { $0.governor == ri && s.verbGroups[$0.group].form == .infinitive }) {
                match.target = PatternMatcher.defaultTarget(inner, s.verbGroups[inner.group], s, mentions, otherSubjects)
            }
            // "cordoned off the roads leading into Mordor": a participle describing
            // the object carries the target.
            if match.target == nil, ri + 1 < roles.count {
                let next = roles[ri + 1], ng = s.verbGroups[next.group]
                if ng.form == .gerund || ng.form == .participle, ng.range.lowerBound == r.complement.upperBound,
                   ng.range.lowerBound > r.complement.lowerBound, s.tags[ng.range.lowerBound - 1].isNoun {
                    match.target = PatternMatcher.defaultTarget(next, ng, s, mentions, otherSubjects)
                }
            }
            // A target found only by default that is the subject itself
            // ("declined to comment on American troops", said by the Pentagon)
            // is a topic, not a target; a placed one ("sold weapons to North
            // Korea", said of North Korea) is kept and flagged.
            if let t = match.target, !match.targetPlaced,
               r.subjects.contains(where: { mentions[$0].code == mentions[t].code }) {
                match.target = nil
            }
            var sources = r.subjects
            var targets = match.target.map { ClauseRoleFinder.coordinated($0, mentions, s) } ?? []
            if match.source == nil, match.targetPlaced, let t = match.target, r.subjects.contains(t),
               r.isComplementClause, let gov = r.governor, !roles[gov].subjects.isEmpty {
                // "Gondor noted that Mordor regretted" (`NOTED + *`): the clause's own
                // subject is the target, so the subject of the clause it completes acts.
                sources = roles[gov].subjects
            } else if let placed = match.source {
                // `$` after the verb names the source ("+ * MONEY $": "Eriador received money from Osgiliath").
                sources = ClauseRoleFinder.coordinated(placed, mentions, s)
            } else if g.isPassive {
                // "was attacked by X": X acts on the subject. PETRARCH also reads
                // "was freed from X" so, and keeps the subject as the source of a
                // passive without an agent ("X was criticized over its dispute with Y").
                let petrarch = coder.options.petrarchConventions
                let agentWords: Set<String> = petrarch ? ["by", "from"] : ["by"]
                let agent = mentions.indices.first { k in
                    r.complement.contains(mentions[k].range.lowerBound)
                        && PatternMatcher.governingPreposition(before: mentions[k].range.lowerBound, s).map(agentWords.contains) == true
                }
                if agent != nil || !petrarch {
                    targets = r.subjects
                    sources = agent.map { ClauseRoleFinder.coordinated($0, mentions, s) } ?? []
                }
            }
            var fromTree = false
            // Parsing costs more than the rest of a sentence's coding: only when an
            // actor stands before the verb that the tree might make its subject.
            if sources.isEmpty, TreeRoles.actorStands(before: g.head, mentions, excluding: Set(targets).union(possessives)),
               let tree {
                // No actor before the verb: the tree may still tell who acts.
                let read = g.isPassive ? TreeRoles.passiveAgents(of: g.head, tree: tree, mentions: mentions)
                    : TreeRoles.subjects(of: g.head, tree: tree, mentions: mentions)
                sources = read.filter { !mentions[$0].country.isEmpty && !targets.contains($0) && !possessives.contains($0) }
                fromTree = !sources.isEmpty
            }
            var clauseMentions = mentions
            var implied = false
            // "People were arrested": the police arrest, the courts sentence.
            if sources.isEmpty, g.isPassive, !coder.options.petrarchConventions,
               let agent = ImpliedAgents.agent(of: g.lemma, verb: g.range, targets: targets, mentions: mentions, s,
                                               countries: facts.countries, sentence: position) {
                clauseMentions.append(agent)
                sources = [clauseMentions.count - 1]
                implied = true
            }
            guard !sources.isEmpty else { if tracing { outcome = "\(match.pattern.rule) matched, but no source actor" }; continue }
            // A target no dictionary lists: "granted Angela Stanton a pardon" (a name
            // acted on), "criticized the move" (the act's author, a recent subject).
            if targets.isEmpty, !g.isPassive, !coder.options.petrarchConventions {
                let source = mentions[sources[0]]
                let reaction = ReferredTargets.reactionRoots.contains(match.pattern.code.prefix(2))
                if let unlisted = NamedTargets.target(in: r.complement, s: s, mentions: mentions, source: source)
                    ?? (reaction ? ReferredTargets.target(in: r.complement, s: s, memory: memory, sentence: s.sentence.index,
                                                         sourceCode: source.code) : nil) {
                    clauseMentions.append(unlisted)
                    targets = [clauseMentions.count - 1]
                }
            }
            // "refused to recognize", "failed to stop": the governed action did not happen.
            let negatedByGovernor = g.form == .infinitive && r.governor.map {
                SentenceCoder.negatingVerbs.contains(s.verbGroups[roles[$0].group].lemma) } == true
            let negated = g.isNegated || negatedByGovernor
            if negated && !coder.options.includeNegated { if tracing { outcome = "\(match.pattern.rule) matched, but the verb is negated" }; continue }
            if undirected, targets.isEmpty,
               let why = SentenceCoder.undirectedEventRefusal(r, ri, codedGroups: codedGroups, dates: dates, s) {
                if tracing { outcome = "\(match.pattern.rule) matched, but no target and \(why)" }; continue
            }
            usedWords.formUnion(match.wordPositions)
            codedGroups.insert(ri)
            // "Serbia and Kosovo signed an agreement": cooperation between the
            // members of a compound subject, each the other's target.
            // A pattern with a place for its target ("strike +") that found none
            // names no target; only an intransitive one ("exchange fire") is mutual.
            let wantsTarget = match.pattern.elements.contains(.target)
            if targets.isEmpty, sources.count >= 2, !wantsTarget,
               ["03", "04", "05", "06", "08", "19"].contains(String(match.pattern.code.prefix(2))) {
                var flags: [String] = ["reciprocal"]
                if let m = g.modal { flags.append("modal:\(m)") }
                for src in sources {
                    makeEvents(into: &events, sources: [src], targets: sources.filter { $0 != src }, pattern: match.pattern,
                               verbRange: g.range, verbHead: g.head, lemma: g.lemma, negated: negated, flags: flags,
                               date: dating.date(forGroup: r.group), s: s, mentions: clauseMentions, scopes: scopes)
                }
                if tracing { outcome = "\(match.pattern.rule) → reciprocal events" }
                continue
            }
            var flags: [String] = []
            if implied { flags.append("implied_source") }
            if negated { flags.append("negated") }
            if let m = g.modal { flags.append("modal:\(m)") }
            if g.tense == .future { flags.append("future") }
            if let gov = r.governor, r.isComplementClause, SentenceCoder.denyingVerbs.contains(s.verbGroups[roles[gov].group].lemma) {
                flags.append("denied")
            }
            if SentenceCoder.isAlleged(r, g, roles: roles, s) { flags.append("alleged") }
            let made = makeEvents(into: &events, sources: sources, targets: targets, pattern: match.pattern, verbRange: g.range,
                                  verbHead: g.head, lemma: g.lemma, negated: negated, flags: flags,
                                  date: dating.date(forGroup: r.group), s: s, mentions: clauseMentions, scopes: scopes,
                                  fromTree: fromTree)
            if tracing { outcome = "\(match.pattern.rule) → \(made) event(s)" + (fromTree ? " (subject from the dependency tree)" : "") }
            // Paired codes ("A visited B": A 042 B, B 043 A) code the reverse event too.
            if let reverse = match.pattern.reverseCode, !targets.isEmpty {
                var back = match.pattern
                back.code = reverse
                makeEvents(into: &events, sources: targets, targets: sources, pattern: back, verbRange: g.range,
                           verbHead: g.head, lemma: g.lemma, negated: negated, flags: flags,
                           date: dating.date(forGroup: r.group), s: s, mentions: clauseMentions, scopes: scopes)
            }
        }
        nounEvents(into: &events, s, lemmaIDs: ids.lemmas, mentions: mentions, used: usedWords, dating: dating, scopes: scopes)
        if !undirected, !coder.options.petrarchConventions {
            unattributedEvents(into: &events, s, position: position, mentions: mentions, dating: dating, scopes: scopes)
        }
        if events.isEmpty, !undirected, !coder.options.petrarchConventions {
            characterizationEvent(into: &events, roles: roles, s: s, mentions: mentions, memory: memory,
                                  conditional: conditional, dating: dating, scopes: scopes)
        }
        if events.isEmpty, !undirected, !coder.options.petrarchConventions {
            statementEvent(into: &events, roles: roles, s: s, mentions: mentions, conditional: conditional, dating: dating,
                           scopes: scopes, tree: { tree })
        }

        SentenceCoder.dropBareStatements(&events)
        // Remember this sentence's actors for pronouns and "the regime" later on.
        if isLast { return SentenceTrace(analysis: s, mentions: mentions, clauses: clauses, events: events, tree: tracing ? tree : nil) }
        let subjectSet = Set(roles.flatMap(\.subjects))
        for k in found.indices {  // by index: only the mention is copied, into the memory
            let m = found[k].mention
            memory.remember(m, text: m.resolvedFrom ?? s.tokens[m.range].map(\.text).joined(separator: " "),
                            isSubject: subjectSet.contains(k), isPlural: found[k].isPlural, sentence: s.sentence.index)
        }
        PersonNames.learn(from: found, in: s, memory: &memory)
        rememberSpeaker(roles: roles, found: found, s, memory: &memory)
        // "that month" later refers to the last month named; "that year" to its year.
        if let last = dates.last(where: { $0.date.month != nil }) ?? dates.last { memory.lastNamedDate = last.date }
        return SentenceTrace(analysis: s, mentions: mentions, clauses: clauses, events: events, tree: tracing ? tree : nil)
    }

    private func summary(_ r: ClauseRoles, _ g: VerbGroup, _ s: AnalyzedSentence, _ mentions: [ActorMention], _ outcome: String) -> ClauseSummary {
        ClauseSummary(verb: s.tokens[g.range].map(\.text).joined(separator: " "), lemma: g.lemma,
                      subjects: r.subjects.map { "\(textOf(mentions[$0].range, s)) [\(mentions[$0].code)]" },
                      complement: r.complement.isEmpty ? "" : s.tokens[r.complement].map(\.text).joined(separator: " "),
                      negated: g.isNegated, passive: g.isPassive, modal: g.modal, tense: g.tense.rawValue, outcome: outcome)
    }
}
