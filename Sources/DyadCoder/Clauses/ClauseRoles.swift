import DyadSyntax
import DyadText

/// The actors around one verb group: who acts (subjects) and what follows the
/// verb up to the end of its clause (the complement, where targets stand).
struct ClauseRoles {
    /// Index of the verb group in the sentence.
    var group: Int
    /// Mention indices of the subject (several for "Jordan and Britain").
    var subjects: [Int]
    /// True when the subjects were taken from the governing verb ("urged
    /// Iran to stop", "attacked and killed") or from the phrase a relative
    /// pronoun refers to ("the Orcs, which is"), rather than found before the verb.
    var subjectsInherited = false
    /// Token range after the verb up to the clause's end.
    var complement: Range<Int>
    /// The verb group this one depends on: the verb of the clause it is the
    /// "that"-complement of, or whose subject it shares.
    var governor: Int?
    /// True when this group sits in the "that"- or quoted complement of its governor.
    var isComplementClause: Bool
    /// First token of the clause (subject start, or the verb when there is none).
    var clauseStart: Int
}

/// Finds subjects and complements for every verb group of a sentence, from
/// tags and actor mentions alone (no tree): the nearest actor left of the verb
/// that is not inside a prepositional phrase is its subject; coordinated and
/// non-finite verbs share the subject of the verb they depend on.
enum ClauseRoleFinder {
    /// Words that open a subordinate clause when a subject and verb follow them.
    static let subordinators: WordSet = ["as", "after", "before", "since", "until", "once", "because", "while", "when", "if"]
    static let boundaryWords: WordSet = ["that", "whether", "which", "who", "whom", "whose", "where", "when", "while",
                                             "because", "although", "though", "whereas", "if", "unless"]
    /// Verbs whose object is the subject of a following infinitive: "urged Iran to stop".
    static let objectControl: WordSet = ["urge", "ask", "call", "order", "tell", "force", "allow", "help",
                                             "encourage", "persuade", "press", "pressure", "invite", "accuse", "warn"]
    /// Documents that act for whoever issues them: in "signed a decree banning
    /// protests" the signer bans, where in "soldiers fighting rebels" the
    /// soldiers fight.
    static let instrumentNouns: WordSet = ["decree", "law", "bill", "order", "resolution", "ruling", "directive",
                                               "legislation", "regulation", "statement", "declaration", "edict",
                                               "ordinance", "amendment", "motion", "measure", "letter", "communique",
                                               "message", "tweet", "report"]

    /// True when an issued document stands right before token `i`, or before
    /// a short prepositional phrase there: "a decree banning", "a message on
    /// Twitter blaming".
    static func issuedDocument(before i: Int, _ s: AnalyzedSentence) -> Bool {
        guard i > 0 else { return false }
        if instrumentNouns.contains(s.lemmas[i - 1]) { return true }
        var k = i - 1
        while k > 0, i - k <= 4, s.tags[k] != .IN { k -= 1 }
        return k > 0 && i - k <= 4 && s.tags[k] == .IN && instrumentNouns.contains(s.lemmas[k - 1])
    }

    /// The roles of every verb group. With `countryLessSubjects` an agent with no
    /// country ("Clerics and lawmakers believe") can be a subject, as PETRARCH
    /// codes it (``CodingOptions/petrarchConventions``).
    static func roles(_ s: AnalyzedSentence, mentions: [ActorMention], countryLessSubjects: Bool = false) -> [ClauseRoles] {
        let tokens = s.tokens
        let groups = s.verbGroups
        var mentionAt = [Int](repeating: -1, count: tokens.count)
        for (k, m) in mentions.enumerated() { for i in m.range { mentionAt[i] = k } }
        var result: [ClauseRoles] = []
        for (gi, g) in groups.enumerated() {
            // Complement: up to the next verb group or clause boundary.
            var end = tokens.count
            let nextStart = gi + 1 < groups.count ? groups[gi + 1].range.lowerBound : tokens.count
            var i = g.range.upperBound
            while i < nextStart {
                if isBoundary(i, s) { break }
                i += 1
            }
            end = i
            // Subject: scan left.
            var subjects: [Int] = []
            var subjectPhraseFound = false
            var subjectPhraseStart: Int?
            var subjectRightBefore = false
            var inherited = false
            var governor: Int?
            var isComplement = false
            var j = g.range.lowerBound - 1
            let previous = gi > 0 ? groups[gi - 1] : nil
            var hitBoundary = false
            var relative = false
            // Non-finite verbs ("to bring", "by selling") take their subject
            // from the verb they depend on, never from a phrase before them —
            // except a participle right after a noun phrase, which describes it:
            // "American soldiers fighting the Islamic State".
            var reducedRelative = false
            if (g.form == .gerund || g.form == .participle), g.range.lowerBound > 0 {
                let before = g.range.lowerBound - 1
                // …but a document its author issues acts for the author: "signed a
                // decree banning protests", "issued a statement condemning the attack".
                if s.tags[before].isNoun, !ClauseRoleFinder.issuedDocument(before: g.range.lowerBound, s) {
                    reducedRelative = true
                    subjectPhraseFound = true
                    if mentionAt[before] >= 0, !mentions[mentionAt[before]].country.isEmpty { subjects = [mentionAt[before]] }
                }
            }
            // "condemned an attack … on Thursday and promised aid": a finite verb right
            // after a conjunction shares the subject of the verb before it.
            let conjoined = previous != nil && g.form == .finite && conjunctionBefore(g, s)
            if (g.form != .finite && previous != nil) || reducedRelative || conjoined { j = -1 }
            if j >= 0, let open = asideOpening(before: j, s) { j = open - 1 }
            // The subject is the first noun phrase left of the verb that is not
            // inside a prepositional phrase; when that phrase names no actor,
            // the clause has no actor subject ("The message wished …").
            while j >= 0 {
                if let p = previous, p.range.contains(j) { break }
                if isBoundary(j, s) {
                    hitBoundary = true
                    let w = tokens[j].lower
                    relative = w == "who" || w == "which"
                    break
                }
                // "the European Union (EU) agree": a parenthesis is passed over.
                if tokens[j].text == ")", let open = (0..<j).last(where: { tokens[$0].text == "(" }) { j = open - 1; continue }
                let t = s.tags[j]
                guard t.isNoun || t == .PRP || mentionAt[j] >= 0 else { j -= 1; continue }
                if t == .PRP && tokens[j].lower.hasSuffix("self") { j -= 1; continue }
                let phrase = nounPhrase(endingAt: j, s)
                // "as Syria accuses": before a phrase that directly precedes the verb,
                // "as", "after", "since" … introduce a clause, not a prepositional phrase.
                let directlyBefore = (phrase.upperBound..<g.range.lowerBound).allSatisfy { s.tags[$0].isAdverb || s.tags[$0] == .comma }
                let subordinated = directlyBefore && phrase.lowerBound > 0
                    && subordinators.contains(tokens[phrase.lowerBound - 1].lower)
                if !subordinated && insidePrepositionalPhrase(phrase, s) {
                    j = phrase.lowerBound - 2
                    continue
                }
                subjectPhraseFound = true
                subjectRightBefore = directlyBefore
                if directlyBefore, phrase.lowerBound > 0, s.tags[phrase.lowerBound - 1] == .comma { subjectPhraseStart = phrase.lowerBound }
                let inside = Set(phrase.compactMap { mentionAt[$0] >= 0 ? mentionAt[$0] : nil }).sorted()
                // An agent with no country ("militants") is no actor subject —
                // except of a passive, where it is the target ("supporters were
                // arrested by Belarusian police"), or with `countryLessSubjects`.
                if let k = phrase.contains(where: { tokens[$0].lower == "of" }) ? inside.first : inside.last,
                   !mentions[k].country.isEmpty || g.isPassive || countryLessSubjects {
                    subjects = coordinated(k, mentions, s)
                    subjects += conjoinedPhraseSubjects(before: phrase, mentionAt: mentionAt, mentions, s)
                        .filter { !subjects.contains($0) }
                } else if inside.isEmpty {
                    // "Eriador's death and injury toll has risen": the actor of the phrase joined to it.
                    subjects = conjoinedPhraseSubjects(before: phrase, mentionAt: mentionAt, mentions, s)
                }
                break
            }
            if relative, subjects.isEmpty {
                // "monitors who revealed": the subject stands before "who".
                var k = j - 1
                while k >= 0, tokens[k].lower == "," { k -= 1 }
                // It stays a target of the clause before: "overcome the animosity of the Orcs, which is …".
                if k >= 0, mentionAt[k] >= 0 { subjects = coordinated(mentionAt[k], mentions, s); inherited = true }
            }
            if let p = previous {
                let pi = gi - 1
                let between = (p.range.upperBound..<g.range.lowerBound)
                let thatClause = between.contains { isComplementizer($0, s) }
                    || (result[pi].complement.upperBound < g.range.lowerBound && isQuoteOpen(between, s))
                // "Arnor believes Dagolath can cope": a subject right after the
                // verb before, and a finite verb right after it, make a complement
                // clause without "that".
                let bareClause = g.form == .finite && subjectRightBefore && !subjects.isEmpty
                    && subjects.map({ mentions[$0].range.lowerBound }).min() == p.range.upperBound
                if thatClause || bareClause || (hitBoundary && !relative && j >= 0 && tokens[j].lower == "that") {
                    governor = pi
                    isComplement = true
                    // "said that providing support … is": the speaker is the one providing.
                    if subjects.isEmpty && g.form != .finite { subjects = result[pi].subjects; inherited = true }
                } else if subjects.isEmpty && !subjectPhraseFound {
                    // Coordinated or non-finite verbs share their governor's subject:
                    // "to attack and kill", "by selling weapons".
                    governor = pi
                    if g.form == .infinitive || g.form == .gerund, objectControl.contains(p.lemma) || prepositionBefore(g, s) == "of",
                       let obj = firstObject(result[pi], mentions, s) {
                        subjects = coordinated(obj, mentions, s)
                        inherited = true
                    } else if g.form != .finite || conjoined || between.allSatisfy({ [",", "and", "or", "but", "then"].contains(tokens[$0].lower) || s.tags[$0].isAdverb }) {
                        subjects = result[pi].subjects
                        inherited = true
                    }
                }
            }
            // "burned down its embassy, a senior official said": a subject phrase
            // opened by a comma right before its verb, actor or not, ends the
            // complement of the clause before.
            if let phraseStart = subjectPhraseStart, gi > 0, result[gi - 1].complement.contains(phraseStart) {
                result[gi - 1].complement = result[gi - 1].complement.lowerBound..<phraseStart
            }
            let start = subjects.map { mentions[$0].range.lowerBound }.min() ?? g.range.lowerBound
            result.append(ClauseRoles(group: gi, subjects: subjects, subjectsInherited: inherited,
                                      complement: g.range.upperBound..<end,
                                      governor: governor, isComplementClause: isComplement, clauseStart: start))
        }
        return result
    }

    /// "Ithilen's sheep and goats of Gondor": the actor of a noun phrase
    /// joined by "and" or "or" before the subject phrase acts too.
    static func conjoinedPhraseSubjects(before phrase: Range<Int>, mentionAt: [Int], _ mentions: [ActorMention],
                                        _ s: AnalyzedSentence) -> [Int] {
        let c = phrase.lowerBound - 1
        guard c >= 1, s.tags[c] == .CC, s.tags[c - 1].isNoun, mentionAt[c - 1] < 0 else { return [] }
        let before = nounPhrase(endingAt: c - 1, s)
        guard !insidePrepositionalPhrase(before, s) else { return [] }
        let inside = before.compactMap { mentionAt[$0] >= 0 ? mentionAt[$0] : nil }
        guard let k = inside.first, !mentions[k].country.isEmpty else { return [] }
        return [k]
    }

    /// The opening comma of an aside that ends at `end` (past adverbs) and
    /// opens with a preposition: "Arnor's foreign minister, in remarks
    /// published on Monday, urged" — the subject stands before it.
    static func asideOpening(before end: Int, _ s: AnalyzedSentence) -> Int? {
        var k = end
        while k >= 0, s.tags[k].isAdverb { k -= 1 }
        guard k >= 0, s.tags[k] == .comma else { return nil }
        var c = k - 1
        while c >= 0, k - c <= longestAside, s.tags[c] != .comma {
            if isBoundary(c, s) || s.tags[c] == .VBD || s.tags[c] == .VBZ || s.tags[c] == .VBP || s.tags[c] == .MD { return nil }
            c -= 1
        }
        guard c > 0, k - c <= longestAside, c + 2 < k, s.tags[c + 1] == .IN, s.tokens[c + 1].lower != "of" else { return nil }
        return c
    }

    /// The longest aside passed over between a subject and its verb, in tokens.
    static let longestAside = 12

    static func isBoundary(_ i: Int, _ s: AnalyzedSentence) -> Bool {
        let w = s.tokens[i].lower
        if w == ";" || w == ":" { return true }
        if boundaryWords.contains(w) {
            if w == "that" { return isComplementizer(i, s) }
            return true
        }
        return false
    }

    /// True when "that" opens a clause rather than pointing at a noun: not a
    /// determiner, or a "determiner" before a name or pronoun ("allow that Mordor is").
    /// "whether" always opens one ("question whether he has").
    static func isComplementizer(_ i: Int, _ s: AnalyzedSentence) -> Bool {
        if s.tokens[i].lower == "whether" { return true }
        guard s.tokens[i].lower == "that" else { return false }
        guard s.tags[i] == .DT else { return true }
        guard i + 1 < s.tokens.count else { return false }
        let next = s.tags[i + 1]
        return next == .NNP || next == .NNPS || next == .PRP
    }

    static func isQuoteOpen(_ range: Range<Int>, _ s: AnalyzedSentence) -> Bool {
        range.contains { s.tokens[$0].text == "“" || s.tokens[$0].text == "\"" }
    }

    /// The noun phrase whose last token is `end`: back over nouns, adjectives,
    /// determiners, possessives, numbers and "of" ("the end of Jang's term").
    static func nounPhrase(endingAt end: Int, _ s: AnalyzedSentence) -> Range<Int> {
        var k = end
        while k > 0 {
            let t = s.tags[k - 1], w = s.tokens[k - 1].lower
            if t.isNoun || t.isAdjective || t == .DT || t == .POS || t == .CD || t == .PRPS || w == "of" || w == "'s" || t == .FW {
                k -= 1
            } else {
                break
            }
        }
        // A phrase does not start with "of".
        while k < end, s.tokens[k].lower == "of" { k += 1 }
        return k..<(end + 1)
    }

    /// True when the words before the phrase make it the object of a preposition ("in Damascus").
    static func insidePrepositionalPhrase(_ range: Range<Int>, _ s: AnalyzedSentence) -> Bool {
        var k = range.lowerBound - 1
        while k >= 0, s.tags[k] == .DT || s.tags[k].isAdjective || s.tags[k] == .PRPS || s.tags[k] == .POS || s.tags[k] == .CD
                || s.tags[k].isAdverb {
            k -= 1
        }
        guard k >= 0 else { return false }
        // "More than 1,000 people", "at least 20 soldiers": a quantity, not a preposition.
        if isQuantifier(k, s) { return false }
        return (s.tags[k] == .IN || s.tags[k] == .TO) && s.tokens[k].lower != "of" && !boundaryWords.contains(s.tokens[k].lower)
    }

    /// True when token `k` is the preposition-like word of a quantity before a
    /// number: "more than", "fewer than", "at least", "at most", "up to", "over", "about".
    static func isQuantifier(_ k: Int, _ s: AnalyzedSentence) -> Bool {
        func isNumber(_ i: Int) -> Bool { i < s.tokens.count && (s.tags[i] == .CD || s.tokens[i].kind == .number) }
        let w = s.tokens[k].lower
        if w == "at", k + 1 < s.tokens.count, ["least", "most"].contains(s.tokens[k + 1].lower) { return isNumber(k + 2) }
        guard isNumber(k + 1) else { return false }
        let before = k > 0 ? s.tokens[k - 1].lower : ""
        switch w {
        case "than": return ["more", "fewer", "less"].contains(before)
        case "to": return before == "up"
        case "over", "about", "around", "nearly", "almost": return true
        default: return false
        }
    }

    /// True when a coordinating conjunction, perhaps followed by adverbs, stands right before the verb group.
    static func conjunctionBefore(_ g: VerbGroup, _ s: AnalyzedSentence) -> Bool {
        var k = g.range.lowerBound - 1
        while k >= 0, s.tags[k].isAdverb { k -= 1 }
        return k >= 0 && ["and", "but", "or", "then"].contains(s.tokens[k].lower)
    }

    static func prepositionBefore(_ g: VerbGroup, _ s: AnalyzedSentence) -> String? {
        let k = g.range.lowerBound - 1
        guard k >= 0, s.tags[k] == .IN else { return nil }
        return s.tokens[k].lower
    }

    /// The first mention in a complement that is not inside a prepositional phrase.
    static func firstObject(_ r: ClauseRoles, _ mentions: [ActorMention], _ s: AnalyzedSentence) -> Int? {
        mentions.indices.first { k in
            r.complement.contains(mentions[k].range.lowerBound) && !insidePrepositionalPhrase(mentions[k].range, s)
        }
    }
}
