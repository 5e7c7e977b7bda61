import DyadText

/// What the coder remembers while it reads one document from top to bottom:
/// the actors mentioned so far (for "it", "he", "the regime"), names it
/// learned from appositions ("North Korean Ambassador …, Jang Myong Ho,"),
/// and the last month the text named (for "that month").
///
/// One value per document; the coder threads it through the sentences, so
/// coding stays a pure function of the document.
public struct DocumentMemory: Sendable {
    struct Remembered: Sendable {
        var mention: ActorMention
        var text: String
        var isSubject: Bool
        var isPlural: Bool
        var sentence: Int
    }

    var history: [Remembered] = []
    /// Learned names: lowercase words joined by spaces → the actor they stand for.
    var aliases: [String: ActorMention] = [:]
    /// Longest learned alias, in words.
    var longestAlias = 0
    /// The last month (or year) a date expression named.
    var lastNamedDate: CalendarDate?

    /// True when a quotation opened in an earlier sentence is still open.
    var quoteOpen = false
    /// The actor who last spoke (the subject of a speech verb), for "we" in a
    /// quotation that carries over (``MentionFinder/quotedSpeakers(_:_:memory:)``).
    var lastSpeaker: (mention: ActorMention, text: String, sentence: Int)?

    public init() {}

    mutating func remember(_ mention: ActorMention, text: String, isSubject: Bool, isPlural: Bool, sentence: Int) {
        history.append(Remembered(mention: mention, text: text, isSubject: isSubject, isPlural: isPlural, sentence: sentence))
        if history.count > 64 { history.removeFirst(history.count - 64) }
    }

    mutating func learn(alias words: [String], for mention: ActorMention) {
        guard !words.isEmpty else { return }
        aliases[words.joined(separator: " ")] = mention
        longestAlias = max(longestAlias, words.count)
    }

    /// Surnames two people of the document share: they name no one (``PersonNames``).
    var ambiguousSurnames: Set<String> = []

    /// Learns `surname` as a name of `person`, unless another person of the
    /// document already has it: then it names neither.
    mutating func learn(surname: String, for person: ActorMention) {
        guard !ambiguousSurnames.contains(surname) else { return }
        if let known = aliases[surname], known.name != person.name || known.code != person.code {
            aliases[surname] = nil
            ambiguousSurnames.insert(surname)
            return
        }
        learn(alias: [surname], for: person)
    }

    /// The most recent actor a pronoun or definite description can refer to.
    /// Subjects of recent clauses are preferred over other mentions (a reader
    /// takes "he" to be the last sentence's subject), and only the last few
    /// sentences are searched.
    func antecedent(sentence: Int, wantPerson: Bool?, wantPlural: Bool?, country: String? = nil) -> Remembered? {
        func fits(_ r: Remembered) -> Bool {
            if sentence - r.sentence > 3 { return false }
            if let wantPerson, r.mention.isPerson != wantPerson { return false }
            if let wantPlural, r.isPlural != wantPlural, wantPlural == false { return false }
            if let country, r.mention.country != country { return false }
            return !r.mention.country.isEmpty
        }
        if let r = history.last(where: { $0.isSubject && fits($0) }) , history.last(where: fits).map({ $0.sentence - r.sentence <= 1 }) ?? true {
            return r
        }
        return history.last(where: fits)
    }
}
