import DyadLexicon
import DyadSyntax
import DyadText

/// Public statements: what a political actor says is itself an event when
/// what it says is none.
///
/// "Pelosi said the president's plan was a mistake" holds no coded action,
/// but the statement is one: CAMEO's root 01, the most frequent event in
/// human-coded wire data. When the content *is* an event ("Iran said it would
/// retaliate", "the ministry said it had expelled the ambassador"), that event
/// is coded and the saying is not, as the CAMEO codebook asks. Which speech
/// verbs make statements, and with which code, is dictionary data: the
/// `statement CODE:` entries of `*.speech.txt`.
extension SentenceCoder {
    /// Appends at most one statement event: the first speech clause whose
    /// subject is an actor with a country and is no news outlet. Its target is
    /// the first other actor named in what was said, if any.
    func statementEvent(into events: inout [Event], roles: [ClauseRoles], s: AnalyzedSentence, mentions: [ActorMention],
                        conditional: Range<Int>, dating: EventDating, scopes: [SpeechScope],
                        tree: () -> DependencyParse?) {
        let statements = coder.lexicon.speech.statements
        guard !statements.isEmpty else { return }
        for r in roles {
            let g = s.verbGroups[r.group]
            guard let statement = statements[g.lemma], !g.isNegated, !conditional.contains(g.head),
                  !SentenceCoder.isQuestioned(r, g, s) else { continue }
            var subjects = r.subjects
            // "Nancy Pelosi, the Speaker of the House, said": the tree finds the speaker
            // the commas hid, when an actor stands before the verb at all.
            if subjects.isEmpty, TreeRoles.actorStands(before: g.head, mentions), let tree = tree() {
                subjects = TreeRoles.subjects(of: g.head, tree: tree, mentions: mentions)
            }
            let sources = subjects.filter { !mentions[$0].country.isEmpty && !mentions[$0].isOutlet
                && !SentenceCoder.commentators.contains(String(mentions[$0].sector.prefix(3))) }
            guard !sources.isEmpty else { continue }
            let sourceCodes = Set(sources.map { mentions[$0].code })
            // Not the speaker's own country ("Pence said the United States is in a crisis")
            // nor the speaker as "we" and "our" inside the quotation.
            let ownCountries = Set(sources.map { mentions[$0].country })
            let target = mentions.indices.first { k in
                r.complement.contains(mentions[k].range.lowerBound) && !sources.contains(k)
                    && !mentions[k].country.isEmpty && !mentions[k].isOutlet && !sourceCodes.contains(mentions[k].code)
                    && !ownCountries.contains(mentions[k].code)
                    && MentionFinder.firstPerson[s.tokens[mentions[k].range.lowerBound].lower] == nil
            }
            let pattern: VerbPattern
            var flags: [String] = []
            let rule: EventConfidence.Rule
            if let intent = StatedIntent.code(speech: r.group, speakerCodes: sourceCodes, roles: roles, s: s, mentions: mentions) {
                let promised = s.verbGroups[intent.group]
                pattern = VerbPattern(code: intent.code, head: [g.lemma], elements: [], isNoun: false,
                                      text: "\(g.lemma) … \(promised.modal ?? "") \(promised.lemma) (the speaker's own intention)",
                                      origin: statement.origin)
                rule = .statement
            } else if let tone = self.tone(of: s, outside: Set(sources.flatMap { mentions[$0].range }).union(g.range)) {
                pattern = VerbPattern(code: tone.verb.code, head: [g.lemma], elements: [], isNoun: false,
                                      text: "\(g.lemma) … \(tone.word) (the tone of a statement)", origin: tone.verb.origin)
                if let m = g.modal { flags.append("modal:\(m)") }
                rule = .tone
            } else {
                pattern = VerbPattern(code: statement.code, head: [g.lemma], elements: [], isNoun: false,
                                      text: "\(g.lemma) (a statement whose content codes no event)", origin: statement.origin)
                if let m = g.modal { flags.append("modal:\(m)") }
                rule = .statement
            }
            makeEvents(into: &events, sources: sources, targets: target.map { [$0] } ?? [], pattern: pattern,
                       verbRange: g.range, verbHead: g.head, lemma: g.lemma, negated: false, flags: flags,
                       date: dating.date(forGroup: r.group), s: s, mentions: mentions, scopes: scopes,
                       confidenceRule: rule)
            return
        }
    }

    /// Sectors whose members comment rather than act: a professor, a company,
    /// a doctor, a journalist or a passer-by saying something is no political
    /// statement (evaluation/gold/GUIDELINE.md: "political actors").
    static let commentators: Set<String> = ["EDU", "BUS", "HLH", "CVL", "MED"]

    /// The most telling `tone` word of what was said, outside the speaker's own
    /// words: criticism before pessimism before optimism.
    func tone(of s: AnalyzedSentence, outside speaker: Set<Int>) -> (word: String, verb: StatementCode)? {
        let tones = coder.lexicon.speech.tones
        guard !tones.isEmpty else { return nil }
        var best: (word: String, verb: StatementCode)?
        func rank(_ code: String) -> Int { code.hasPrefix("01") ? (code == "012" ? 1 : 2) : 0 }
        for i in s.tokens.indices where !speaker.contains(i) {
            let word = s.tokens[i].lower
            guard let found = tones[word] ?? tones[s.lemmas[i]] else { continue }
            if best == nil || rank(found.code) < rank(best!.verb.code) { best = (word, found) }
        }
        return best
    }
}

extension SentenceCoder {
    /// "Kenya issued a statement condemning the attack": the statement is
    /// coded by what it says (`111`), so the bare `010` of "issued a statement"
    /// goes. A `010` event is dropped when the sentence has another event of the
    /// same source, as CAMEO codes the most specific event a sentence supports.
    static func dropBareStatements(_ events: inout [Event]) {
        guard events.count > 1 else { return }
        let specific = Set(events.filter { $0.cameo != "010" }.map(\.source.code))
        events.removeAll { $0.cameo == "010" && specific.contains($0.source.code) }
    }
}
