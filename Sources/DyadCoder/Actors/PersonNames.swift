import DyadSyntax
import DyadText

/// Later references to a person by surname alone: a report names "House
/// Speaker Nancy Pelosi" or "Judge Paul Kellar" once, then writes "Pelosi
/// said" and "Kellar ordered". A reader knows who that is; so does dyad, for
/// the rest of the document.
///
/// After each sentence, every person mention teaches the document's memory
/// the last word of its name (and the whole name):
///
/// - a dictionary person, by the name its entry gives ("Nancy Pelosi" →
///   "Pelosi"), when that word stands in the mention;
/// - a person named by title and a name no dictionary lists ("Judge Paul
///   Kellar", "Greek Foreign Minister Tomas Varela"), by the capitalized words
///   right after the title, with the title's actor (`NZLJUD`, `GRCGOV`).
///
/// A surname two different people of the document share ("Raúl Castro",
/// "Fidel Castro") is dropped: it no longer says who. Month and weekday names
/// are never learned ("Theresa May" must not make "May 5" an actor).
enum PersonNames {
    /// Teaches `memory` the surnames of the sentence's person mentions.
    static func learn(from found: [MentionFinder.Found], in s: AnalyzedSentence, memory: inout DocumentMemory) {
        let tokens = s.tokens
        for f in found where f.mention.isPerson && !f.isPlural && !f.mention.country.isEmpty && f.mention.resolvedFrom == nil {
            let m = f.mention
            let inMention = Set(tokens[m.range].map(\.lower))
            if let name = m.name {
                // A dictionary person: the last word of its entry's name, when written here.
                let words = name.split(separator: " ").map { $0.lowercased() }
                guard words.count >= 2, let last = words.last, inMention.contains(last) else { continue }
                teach(surname: last, fullName: words, m, memory: &memory)
                continue
            }
            // A title with a name after it: "Judge Paul Kellar".
            var k = m.range.upperBound
            var words: [String] = []
            while k < tokens.count, words.count < 4, tokens[k].isCapitalized, s.tags[k] == .NNP,
                  !found.contains(where: { $0.mention.range.contains(k) }) {
                words.append(tokens[k].lower)
                k += 1
            }
            guard let last = words.last else { continue }
            var named = m
            named.name = tokens[m.range.upperBound..<k].map(\.text).joined(separator: " ")
            teach(surname: last, fullName: words, named, memory: &memory)
        }
    }

    private static func teach(surname: String, fullName: [String], _ m: ActorMention, memory: inout DocumentMemory) {
        guard surname.count > 1, !DateExpressionFinder.calendarNames.contains(surname) else { return }
        var person = m
        person.isPerson = true
        memory.learn(surname: surname, for: person)
        if fullName.count > 1 { memory.learn(alias: fullName, for: person) }
    }
}

extension MentionFinder {
    /// True when at least `words` capitalized proper nouns start at token `i`: a name.
    static func nameFollows(_ i: Int, _ s: AnalyzedSentence, words: Int) -> Bool {
        var k = i
        while k < s.tokens.count, s.tokens[k].isCapitalized, s.tags[k] == .NNP { k += 1 }
        return k - i >= words
    }
}

/// Names the document teaches as it goes: appositions and learned names.
extension MentionFinder {
    /// A run of capitalized words the document taught us earlier ("Jang").
    func learnedName(at i: Int, _ s: AnalyzedSentence, covered: [Bool], memory: DocumentMemory) -> Found? {
        guard memory.longestAlias > 0, s.tokens[i].isCapitalized else { return nil }
        // A learned name starts its run of names: "Ana Varela" is not "Varela".
        if i > 0, !covered[i - 1], s.tokens[i - 1].isCapitalized, s.tags[i - 1] == .NNP { return nil }
        var words: [String] = []
        var best: Found?
        var k = i
        while k < s.tokens.count, k - i < memory.longestAlias, !covered[k], s.tokens[k].isCapitalized {
            words.append(s.tokens[k].lower)
            k += 1
            if var m = memory.aliases[words.joined(separator: " ")] {
                m.range = i..<k
                best = Found(mention: m, isPlural: false)
            }
        }
        return best
    }

    /// "North Korean Ambassador to Damascus, Jang Myong Ho, …": the name in
    /// the apposition is remembered as that actor for the rest of the document.
    func learnAppositions(_ found: [Found], _ s: AnalyzedSentence, memory: inout DocumentMemory) {
        let tokens = s.tokens
        for f in found where f.mention.isPerson && f.mention.name == nil {
            // Skip a short prepositional phrase: "to Damascus".
            var i = f.mention.range.upperBound
            if i < tokens.count, s.tags[i] == .IN || s.tags[i] == .TO {
                var k = i + 1
                while k < tokens.count, k - i <= 4, tokens[k].lower != "," { k += 1 }
                i = k
            }
            guard i < tokens.count, tokens[i].lower == "," else { continue }
            var k = i + 1
            var words: [String] = []
            while k < tokens.count, tokens[k].isCapitalized, s.tags[k] == .NNP || s.tags[k] == .NNPS || s.tags[k] == .FW {
                words.append(tokens[k].lower)
                k += 1
            }
            guard (1...4).contains(words.count), k == tokens.count || [",", ".", ";", ")"].contains(tokens[k].lower) else { continue }
            guard !found.contains(where: { $0.mention.range.contains(i + 1) }) else { continue }
            var m = f.mention
            m.name = tokens[(i + 1)..<k].map(\.text).joined(separator: " ")
            memory.learn(alias: words, for: m)
            if words.count > 1 {
                memory.learn(alias: [words[0]], for: m)
                memory.learn(alias: Array(words.dropFirst()), for: m)
            }
        }
    }
}
