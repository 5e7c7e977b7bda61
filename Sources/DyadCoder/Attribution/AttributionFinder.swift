import DyadLexicon
import DyadSyntax
import DyadText

/// Who a clause is reported by, found in one sentence.
struct SpeechScope {
    /// Tokens whose verbs are reported by this speaker.
    var scope: Range<Int>
    /// Speaker mentions (indices) and the speaker's words.
    var speakers: [Int]
    var speakerText: String?
    /// An outlet the speaker told ("told the Washington Post").
    var toldOutlet: Int?
    var cue: String
    /// Every mention inside the attribution phrase ("the Syrian Arab News Agency (SANA)"):
    /// none of them can be an event's target.
    var covered: [Int] = []
}

/// Finds reported speech in a sentence — "X said that …", "“…,” X reported",
/// "according to X", "X told the Washington Post" — as scopes of tokens with
/// their speakers, so each event can carry who reported it.
enum AttributionFinder {
    static func scopes(_ s: AnalyzedSentence, roles: [ClauseRoles], mentions: [ActorMention], lexicon: Lexicon,
                       wordIDs ids: [Int32]) -> [SpeechScope] {
        let tokens = s.tokens
        var scopes: [SpeechScope] = []
        // Quoted stretches: “ … ”.
        var quotes: [Range<Int>] = []
        var open: Int?
        for (i, t) in tokens.enumerated() {
            // Both quotes start with byte E2 (and nothing else equals them): most tokens
            // skip the Unicode comparison.
            guard t.text.utf8.first == 0xE2 else { continue }
            if t.text == "“" { open = i } else if t.text == "”", let o = open { quotes.append(o..<(i + 1)); open = nil }
        }
        if let o = open { quotes.append(o..<tokens.count) }
        for r in roles {
            let g = s.verbGroups[r.group]
            guard lexicon.speech.verbs.contains(g.lemma) else { continue }
            var scope = g.range.upperBound..<tokens.count
            // Inside a quote, the scope ends with the quote.
            if let q = quotes.first(where: { $0.contains(g.head) }) { scope = g.range.upperBound..<q.upperBound }
            var ranges = [scope]
            // “…,” SANA reported: the quote before the verb is what was reported.
            if let q = quotes.last(where: { $0.upperBound <= g.range.lowerBound }) {
                ranges.append(q)
            } else if !s.verbGroups.contains(where: { $0.range.lowerBound >= g.range.upperBound && scope.contains($0.head) }) {
                // "X pledged aid, the ministry said.": the clause before the comma.
                var k = r.clauseStart - 1
                while k >= 0, s.tags[k] == .DT { k -= 1 }
                if k > 0, tokens[k].lower == "," { ranges.append(0..<k) }
            }
            var speakers = r.subjects
            var speakerText: String? = speakers.isEmpty ? nil : text(of: speakers, mentions, s)
            if speakers.isEmpty && g.form == .finite {
                // "…, said SANA" or an unlisted speaker: the words before the verb.
                if let after = mentions.indices.first(where: { mentions[$0].range.lowerBound == g.range.upperBound }) {
                    speakers = [after]
                    speakerText = text(of: speakers, mentions, s)
                } else {
                    speakerText = phraseBefore(g.range.lowerBound, s)
                }
            }
            let told = mentions.indices.first { r.complement.contains(mentions[$0].range.lowerBound) && mentions[$0].isOutlet }
            for range in ranges {
                scopes.append(SpeechScope(scope: range, speakers: speakers, speakerText: speakerText, toldOutlet: told, cue: tokens[g.head].text))
            }
        }
        // "according to X": the whole sentence.
        for i in tokens.indices where lexicon.startsCue(ids[i]) {
            guard let len = lexicon.cueLength(ids: ids, from: i) else { continue }
            let cue = tokens[i..<(i + len)].map(\.text).joined(separator: " ")
            let after = mentions.indices.filter { k in
                mentions[k].range.lowerBound >= i + len && mentions[k].range.lowerBound <= i + len + 4
            }
            let speakers = after.isEmpty ? [] : ClauseRoleFinder.coordinated(after[0], mentions, s)
            let text = speakers.isEmpty ? phraseAfter(i + len, s) : AttributionFinder.text(of: speakers, mentions, s)
            var end = i + len
            while end < tokens.count, ![",", ";", "."].contains(tokens[end].lower), s.verbGroup(containing: end) == nil { end += 1 }
            let covered = mentions.indices.filter { (i + len..<end).contains(mentions[$0].range.lowerBound) }
            scopes.append(SpeechScope(scope: 0..<tokens.count, speakers: speakers, speakerText: text, toldOutlet: nil, cue: cue,
                                      covered: covered))
        }
        return scopes
    }

    static func text(of mentionIndices: [Int], _ mentions: [ActorMention], _ s: AnalyzedSentence) -> String {
        mentionIndices.map { k in
            s.tokens[mentions[k].range].map(\.text).joined(separator: " ")
        }.joined(separator: " and ")
    }

    /// Up to six words before `end`, back to punctuation: an unlisted speaker ("independent monitors").
    static func phraseBefore(_ end: Int, _ s: AnalyzedSentence) -> String? {
        var k = end - 1
        var words: [String] = []
        while k >= 0, words.count < 6, !s.tags[k].isPunctuation, !s.tags[k].isVerb, s.tags[k] != .IN, s.tags[k] != .TO {
            if s.tags[k].isAdverb { k -= 1; continue }
            words.insert(s.tokens[k].text, at: 0)
            k -= 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    static func phraseAfter(_ start: Int, _ s: AnalyzedSentence) -> String? {
        var k = start
        var words: [String] = []
        while k < s.tokens.count, words.count < 8, !s.tags[k].isPunctuation {
            words.append(s.tokens[k].text)
            k += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
