import DyadSyntax
import DyadText

/// Why an imported name form was left out of a converted dictionary.
///
/// The rules are applied in this order; the first that fits names the reason.
public enum ImportDropRule: String, Sendable, CaseIterable, Comparable {
    /// The form cannot be written in dyad's format: it contains `|`, `:`, `#`,
    /// `[` or `]` (a slip of the source), or has no letters at all.
    case unwritable
    /// dyad's own dictionaries already list the form (as an actor name,
    /// adjective or capital, or as an agent word): dyad's entry wins.
    case dyadHas = "dyad-has"
    /// A one-word form of at most two letters ("UN", "IS", "AL"): too short to
    /// stand alone.
    case shortWord = "short-word"
    /// A one-word form that is an everyday English word: its lowercase form
    /// is in the tagger's lexicon with a tag other than a proper noun's
    /// ("bush" NN, "may" MD, "brown" JJ).
    case commonWord = "common-word"
    /// A person's one-word form that begins a longer name form of the import:
    /// a given name ("Albert" of "Albert II", "Stephenson" of "Stephenson King").
    case givenName = "given-name"
    /// Two imported entries give the form to different codes; it is kept on
    /// neither.
    case ambiguous
    /// An earlier imported entry with the same codes already lists the form.
    case duplicate

    public static func < (a: ImportDropRule, b: ImportDropRule) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// One line explaining the rule, for reports and file headers.
    public var explanation: String {
        switch self {
        case .unwritable: return "contains '|', ':', '#', '[' or ']', or has no letters"
        case .dyadHas: return "dyad's own dictionaries already list it; dyad's entry wins"
        case .shortWord: return "one word of at most two letters"
        case .commonWord: return "one word that is an everyday English word (in the tagger's lexicon, not as a proper noun)"
        case .givenName: return "a person's one-word form that begins a longer name form of the import (a given name)"
        case .ambiguous: return "imported entries give it to different codes"
        case .duplicate: return "an earlier imported entry with the same codes lists it"
        }
    }
}

/// The rules deciding which imported name forms are kept: dyad's own names
/// win, and forms risky as bare words are dropped.
public struct ImportNameRules: Sendable {
    /// Name keys (see ``key(_:)``) that dyad's own dictionaries list.
    public var ownNames: Set<String>
    /// dyad's own country names (keys) and their codes: the import writes
    /// a state's code as dyad does (Phoenix's `KOSOVO [KSV]` is dyad's `XKX`).
    public let ownCountries: [String: String]
    /// The codes of dyad's own `country` entries.
    public let ownCountryCodes: Set<String>
    /// True for a lowercase word that is an everyday English word.
    public var isCommonWord: @Sendable (String) -> Bool

    private static let tokenizer = Tokenizer()

    public init(ownNames: Set<String>, ownCountries: [String: String] = [:], isCommonWord: @escaping @Sendable (String) -> Bool) {
        self.ownNames = ownNames
        self.ownCountries = ownCountries
        self.ownCountryCodes = Set(ownCountries.values)
        self.isCommonWord = isCommonWord
    }

    /// Rules with the names of `own` (a set of dyad's own dictionaries) and
    /// the bundled tagger's lexicon as the list of everyday words.
    public init(own: DictionarySet) throws {
        var names = Set<String>()
        var countries: [String: String] = [:]
        for actor in own.actors {
            for n in actor.names + actor.adjectives + actor.capitals { names.insert(Self.key(n)) }
            if actor.kind == .country, let code = actor.roles.first?.code {
                for n in actor.names { countries[Self.key(n)] = code }
            }
        }
        for agent in own.agents {
            for w in agent.words {
                names.insert(Self.key(w))
                if agent.matchesPlurals {
                    var parts = w.split(separator: " ").map(String.init)
                    if let last = parts.popLast() { names.insert(Self.key((parts + [EnglishPlural.of(last)]).joined(separator: " "))) }
                }
            }
        }
        let tagger = try BrillTagger.bundled()
        self.init(ownNames: names, ownCountries: countries) { word in
            guard let tag = tagger.lexiconTag(for: word) else { return false }
            return tag != .NNP && tag != .NNPS
        }
    }

    /// The form a name is compared by: its tokens, lowercase, as dyad's
    /// matcher sees them ("U.S." and "u.s." are one key; "North Korea's" is not written).
    public static func key(_ name: String) -> String {
        tokenizer.tokens(in: name, from: 0, to: name.utf8.count).map(\.lower).joined(separator: " ")
    }

    /// Why a name form must be dropped before any comparison with other
    /// imported entries, or nil to keep it.
    public func dropRule(for name: String) -> ImportDropRule? {
        if name.contains(where: { "|:#[]".contains($0) }) || !name.contains(where: \.isLetter) {
            return .unwritable
        }
        let key = Self.key(name)
        if key.isEmpty { return .unwritable }
        if ownNames.contains(key) { return .dyadHas }
        if !key.contains(" ") {
            if key.filter(\.isLetter).count <= 2 { return .shortWord }
            if isCommonWord(key) { return .commonWord }
        }
        return nil
    }
}
