import DyadSyntax
import DyadText

/// "I" and "we" inside a quotation are its speaker.
///
/// `"We will seek a solution," Varela said` — the clause inside the quotes
/// has a subject, "we", and that is Varela. A quotation often runs over
/// several sentences, with the speaker named only in the first ("… transition
/// process,' Lam said. 'We will be working together …'"): then "we" is the
/// last speaker the document named, as long as the quotation is still open or
/// the speaker was named in the sentence before.
///
/// A first-person pronoun outside quotation marks (an op-ed's "I") stays
/// unresolved.
extension MentionFinder {
    static let firstPerson: [String: Bool] = ["i": false, "me": false, "my": false, "we": true, "us": true, "our": true]

    /// Per token, whether it stands inside quotation marks, given whether a
    /// quotation was open when the sentence began.
    static func insideQuotes(_ s: AnalyzedSentence, openAtStart: Bool) -> (inside: [Bool], openAtEnd: Bool) {
        var open = openAtStart
        var inside = [Bool](repeating: false, count: s.tokens.count)
        for (i, t) in s.tokens.enumerated() {
            switch t.text {
            case "“", "``": open = true
            case "”", "''": open = false
            case "\"": open.toggle()
            default: inside[i] = open
            }
        }
        return (inside, open)
    }

    /// Adds a mention for each first-person pronoun inside quotes: the actor who
    /// speaks in this sentence (next to a speech verb outside the quotes), else
    /// the document's last speaker when the quotation carries over.
    func quotedSpeakers(_ found: inout [Found], _ s: AnalyzedSentence, memory: DocumentMemory) {
        let tokens = s.tokens
        guard tokens.contains(where: { MentionFinder.firstPerson[$0.lower] != nil && $0.kind == .word }) else { return }
        let (inside, _) = MentionFinder.insideQuotes(s, openAtStart: memory.quoteOpen)
        let pronouns = tokens.indices.filter { i in
            inside[i] && s.tags[i] != .NNP && MentionFinder.firstPerson[tokens[i].lower] != nil
                && !found.contains { $0.mention.range.contains(i) }
        }
        guard !pronouns.isEmpty else { return }
        var speaker: (ActorMention, String)?
        for g in s.verbGroups where !inside[g.head] && lexicon.speech.verbs.contains(g.lemma) {
            // "…," wrote Trump; Trump said: "…"
            let near = found.filter { f in
                let m = f.mention
                guard !m.country.isEmpty, !m.isOutlet, !inside[m.range.lowerBound] else { return false }
                return (m.range.upperBound <= g.range.lowerBound && g.range.lowerBound - m.range.upperBound <= 2)
                    || (m.range.lowerBound >= g.range.upperBound && m.range.lowerBound - g.range.upperBound <= 1)
            }
            if let f = near.first {
                speaker = (f.mention, f.mention.resolvedFrom ?? tokens[f.mention.range].map(\.text).joined(separator: " "))
                break
            }
        }
        if speaker == nil, let last = memory.lastSpeaker,
           memory.quoteOpen || s.sentence.index - last.sentence <= 1 {
            speaker = (last.mention, last.text)
        }
        guard let (m0, text) = speaker else { return }
        for i in pronouns {
            var m = m0
            m.range = i..<(i + 1)
            m.resolvedFrom = text
            found.append(Found(mention: m, isPlural: MentionFinder.firstPerson[tokens[i].lower]!))
        }
        found.sort { $0.mention.range.lowerBound < $1.mention.range.lowerBound }
    }
}

extension SentenceCoder {
    /// Remembers the sentence's speaker (the actor subject of a speech verb)
    /// and whether a quotation is still open at its end.
    func rememberSpeaker(roles: [ClauseRoles], found: [MentionFinder.Found], _ s: AnalyzedSentence,
                         memory: inout DocumentMemory) {
        memory.quoteOpen = MentionFinder.insideQuotes(s, openAtStart: memory.quoteOpen).openAtEnd
        for r in roles where coder.lexicon.speech.verbs.contains(s.verbGroups[r.group].lemma) {
            guard let k = r.subjects.first, !found[k].mention.country.isEmpty, !found[k].mention.isOutlet else { continue }
            let m = found[k].mention
            memory.lastSpeaker = (m, m.resolvedFrom ?? s.tokens[m.range].map(\.text).joined(separator: " "), s.sentence.index)
            return
        }
    }
}
