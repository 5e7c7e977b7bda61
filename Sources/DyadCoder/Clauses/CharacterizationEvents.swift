import DyadLexicon
import DyadSyntax
import DyadText

/// Calling something by a name is a comment on it: "Corbyn called the move a
/// disgrace", "the minister described the ruling as dangerous", "Kenya
/// branded the vote a sham". No verb pattern codes "call", "describe" or
/// "brand" with an object and a predicate, yet the words chosen are the
/// event. When the predicate holds a `tone` word of the speech dictionary,
/// dyad codes that tone (`111` criticism, `012` pessimism, `013` optimism)
/// with the subject as source and the object's actor (or, for "the move",
/// the act's recent author, as ``ReferredTargets`` finds it) as target.
/// Without a tone word, nothing is coded: "described the vote as historic"
/// says too little.
extension SentenceCoder {
    /// Verbs that characterize their object.
    static let characterizingVerbs: WordSet = ["call", "describe", "label", "brand", "term", "dub", "characterize",
                                               "characterise", "deem"]

    /// Appends the first characterization with a tone word whose subject is a
    /// political actor; at most one.
    func characterizationEvent(into events: inout [Event], roles: [ClauseRoles], s: AnalyzedSentence,
                               mentions: [ActorMention], memory: DocumentMemory, conditional: Range<Int>,
                               dating: EventDating, scopes: [SpeechScope]) {
        for r in roles {
            let g = s.verbGroups[r.group]
            guard SentenceCoder.characterizingVerbs.contains(g.lemma), !g.isNegated, !conditional.contains(g.head),
                  !r.complement.isEmpty else { continue }
            let sources = r.subjects.filter { !mentions[$0].country.isEmpty && !mentions[$0].isOutlet }
            guard let first = sources.first else { continue }
            let outside = Set(0..<s.tokens.count).subtracting(r.complement)
            guard let tone = self.tone(of: s, outside: outside) else { continue }
            var all = mentions
            var targets = mentions.indices.filter { k in
                r.complement.contains(mentions[k].range.lowerBound) && !sources.contains(k) && !mentions[k].country.isEmpty
                    && mentions[k].code != mentions[first].code
            }.prefix(1).map { $0 }
            if targets.isEmpty, let referred = ReferredTargets.target(in: r.complement, s: s, memory: memory,
                                                                  sentence: s.sentence.index, sourceCode: mentions[first].code) {
                all.append(referred)
                targets = [all.count - 1]
            }
            let pattern = VerbPattern(code: tone.verb.code, head: [g.lemma], elements: [], isNoun: false,
                                      text: "\(g.lemma) … \(tone.word) (what the actor called it)", origin: tone.verb.origin)
            makeEvents(into: &events, sources: sources, targets: targets, pattern: pattern, verbRange: g.range,
                       verbHead: g.head, lemma: g.lemma, negated: false, flags: [], date: dating.date(forGroup: r.group),
                       s: s, mentions: all, scopes: scopes, confidenceRule: .tone)
            return
        }
    }
}
