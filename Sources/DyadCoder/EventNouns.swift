import DyadLexicon
import DyadSyntax
import DyadText

/// Events carried by nouns rather than verbs: "U.S. airstrikes in Damascus".
extension SentenceCoder {
    /// Event nouns: "U.S. airstrikes in Damascus" — the source before the noun, the target after it.
    /// `lemmaIDs` are the word ids of the sentence's lemmas. The events are appended to `events`.
    func nounEvents(into events: inout [Event], _ s: AnalyzedSentence, lemmaIDs: [Int32], mentions: [ActorMention],
                    used: Set<Int>, dating: EventDating, scopes: [SpeechScope]) {
        let lexicon = coder.lexicon
        var i = 0
        while i < s.tokens.count {
            guard s.tags[i].isNoun, !used.contains(i), let (length, patterns) = lexicon.nounPatterns(lemmaIDs: lemmaIDs, from: i).first,
                  let pattern = patterns.first else { i += 1; continue }
            let nounRange = i..<(i + length)
            defer { i += length }
            // Source: an actor ending right before the noun ("U.S. airstrikes", "Russia's bombing"), or "by X" after it.
            var source = mentions.indices.last { k in
                guard mentions[k].range.upperBound <= nounRange.lowerBound else { return false }
                let gap = mentions[k].range.upperBound..<nounRange.lowerBound
                return gap.count <= 2
                    && gap.allSatisfy { s.tags[$0].isAdjective || s.tags[$0] == .POS || s.tokens[$0].lower == "'s" }
            }
            let after = mentions.indices.filter { k in
                mentions[k].range.lowerBound >= nounRange.upperBound && mentions[k].range.lowerBound <= nounRange.upperBound + 5
            }
            if source == nil {
                source = after.first { PatternMatcher.preposition(before: mentions[$0].range.lowerBound, s) == "by" }
            }
            guard let src = source else { continue }
            // An event noun needs both sides: "U.S. airstrikes in Damascus"; a bare
            // "the Israeli raid" is too often a past event only alluded to.
            guard let target = after.first(where: { k in
                k != src && ["on", "in", "against", "at", "into", "targeting", "over", "near"]
                    .contains(PatternMatcher.preposition(before: mentions[k].range.lowerBound, s) ?? "")
            }) else { continue }
            let date = dating.date(near: i)
            makeEvents(into: &events, sources: ClauseRoleFinder.coordinated(src, mentions, s),
                       targets: ClauseRoleFinder.coordinated(target, mentions, s),
                       pattern: pattern, verbRange: nounRange, verbHead: i, lemma: pattern.head.joined(separator: " "),
                       negated: false, flags: ["noun"], date: date, s: s, mentions: mentions, scopes: scopes)
        }
    }
}
