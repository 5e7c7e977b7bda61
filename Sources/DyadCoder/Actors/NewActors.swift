import DyadLexicon
import DyadSyntax
import DyadText

/// PETRARCH's `new_actor_length` (``CodingOptions/petrarchNewActorLength``):
/// a noun phrase of at most that many words that names no dictionary actor is
/// an actor of its own, coded with its words in quotes: "Gryffindor's head
/// Minerva McGonagall left for the Ministry of Magic" is
/// `"GRYFFINDOR HEAD MINERVA MCGONAGALL" 032 "THE MINISTRY OF MAGIC"`.
///
/// A phrase is a run of determiners, adjectives, nouns and possessive
/// markers holding a noun, joined across "of" before a capitalized word
/// ("the Ministry of Magic"); the possessive marker is not a word of it.
/// Phrases with a dictionary word (actor or agent) or a date in them are not
/// new actors. The new actor has no country.
extension MentionFinder {
    static func newActors(in s: AnalyzedSentence, matches: [NameMatch], maxWords: Int) -> [Found] {
        guard maxWords > 0 else { return [] }
        var taken = [Bool](repeating: false, count: s.tokens.count)
        for m in matches { for i in m.range { taken[i] = true } }
        for d in DateExpressionFinder.find(s, documentDate: nil, lastNamed: nil) { for i in d.range { taken[i] = true } }
        func inPhrase(_ i: Int) -> Bool {
            let t = s.tags[i]
            return t == .DT || t.isAdjective || t.isNoun || t == .POS
        }
        var found: [Found] = []
        var i = 0
        while i < s.tokens.count {
            guard inPhrase(i) else { i += 1; continue }
            var end = i
            while end < s.tokens.count {
                if inPhrase(end) { end += 1; continue }
                // "the Ministry of Magic"
                if s.tokens[end].lower == "of", end > i, end + 1 < s.tokens.count, s.tags[end + 1] == .NNP { end += 1; continue }
                break
            }
            let range = i..<end
            i = end
            let words = range.filter { s.tags[$0] != .POS }
            guard !words.isEmpty, words.count <= maxWords, range.contains(where: { s.tags[$0].isNoun }),
                  !range.contains(where: { taken[$0] }) else { continue }
            let code = "\"" + words.map { s.tokens[$0].text.uppercased() }.joined(separator: " ") + "\""
            let mention = ActorMention(range: range, code: code, country: "", sector: "", name: code,
                                       origin: SourceLocation(file: "new actor (new_actor_length \(maxWords))"))
            found.append(Found(mention: mention, isPlural: s.tags[end - 1] == .NNS || s.tags[end - 1] == .NNPS))
        }
        return found
    }
}
