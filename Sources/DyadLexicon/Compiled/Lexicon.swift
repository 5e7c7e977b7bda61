import Foundation
import DyadText

/// Dictionaries compiled for coding: tries over word ids for actor names and
/// agents and event nouns, and verb patterns indexed by lemma.
///
/// Compile once, share across threads (it is an immutable value), and code as
/// many documents as you like with it.
///
/// ```swift
/// let lexicon = try Lexicon.bundled()
/// let ids = lexicon.wordIDs(tokens)
/// for m in lexicon.matchNames(tokens, ids: ids) { print(m.range, m.form) }
/// ```
public struct Lexicon: Sendable {
    public let actors: [ActorEntry]
    public let agents: [AgentEntry]
    public let verbs: [VerbPattern]
    public let speech: SpeechLexicon
    /// Hash of the dictionary files; recorded with every event.
    public let version: String
    /// Problems met while loading (lines skipped).
    public let issues: [DictionaryIssue]

    public private(set) var vocabulary = Vocabulary()
    private var names = PhraseTrie()
    /// Payload i of `names` is `namePayloads[i]`.
    private var namePayloads: [(form: NameForm, index: Int, acronym: Bool)] = []
    private var nouns = PhraseTrie()
    private var verbsByLemma: [String: [Int]] = [:]
    /// Per verb lemma: its patterns in the order they are tried, indexed by their first literal word.
    private var verbIndex: [String: VerbIndex] = [:]
    private var cueTrie = PhraseTrie()

    /// Compiles a parsed dictionary set.
    public init(_ set: DictionarySet) {
        actors = set.actors
        agents = set.agents
        verbs = set.verbs
        speech = set.speech
        version = set.version
        issues = set.issues
        let tokenizer = Tokenizer()

        func phrase(_ text: String) -> (ids: [Int32], acronym: Bool) {
            let toks = tokenizer.tokens(in: text, from: 0, to: text.utf8.count)
            let acronym = toks.count == 1 && Lexicon.isAcronym(toks[0].text)
            return (toks.map { vocabulary.intern($0.lower) }, acronym)
        }
        func addName(_ text: String, form: NameForm, index: Int) {
            let (ids, acronym) = phrase(text)
            guard !ids.isEmpty else { return }
            namePayloads.append((form, index, acronym))
            names.insert(ids, payload: Int32(namePayloads.count - 1))
        }
        for (i, actor) in actors.enumerated() {
            for n in actor.names { addName(n, form: .name, index: i) }
            for a in actor.adjectives { addName(a, form: .adjective, index: i) }
            for c in actor.capitals { addName(c, form: .capital, index: i) }
        }
        for (i, agent) in agents.enumerated() {
            for w in agent.words {
                addName(w, form: .agent, index: i)
                if agent.matchesPlurals {
                    var parts = w.split(separator: " ").map(String.init)
                    if let last = parts.popLast() { addName((parts + [EnglishPlural.of(last)]).joined(separator: " "), form: .agent, index: i) }
                }
            }
        }
        for (i, p) in verbs.enumerated() {
            if p.isNoun {
                nouns.insert(p.head.map { vocabulary.intern($0) }, payload: Int32(i))
            } else {
                verbsByLemma[p.head[0], default: []].append(i)
            }
            for case .word(let w) in p.elements { _ = vocabulary.intern(w) }
        }
        let specificity = verbs.map(\.specificity)  // once, not per comparison: PETRARCH sets hold 100,000+ patterns
        for (lemma, list) in verbsByLemma {
            let sorted = list.sorted { a, b in
                let sa = specificity[a], sb = specificity[b]
                return sa != sb ? sa > sb : a < b
            }
            verbsByLemma[lemma] = sorted
            verbIndex[lemma] = VerbIndex(sorted.map { verbs[$0] })
        }
        for (i, cue) in speech.cues.enumerated() {
            cueTrie.insert(cue.map { vocabulary.intern($0) }, payload: Int32(i))
        }
    }

    /// The dictionaries shipped with dyad.
    public static func bundled() throws -> Lexicon {
        Lexicon(try DictionarySet.load(folders: [DictionarySet.bundledFolder()]))
    }

    /// Word ids of the tokens' lowercase forms (``Vocabulary/unknown`` for words no dictionary uses).
    public func wordIDs(_ tokens: [Token]) -> [Int32] {
        tokens.map { vocabulary.id(of: $0.lower) }
    }

    /// Word ids for arbitrary lowercase words (lemmas).
    public func wordIDs(_ words: [String]) -> [Int32] {
        words.map { vocabulary.id(of: $0) }
    }

    /// Actor names, adjectives, capitals and agent words in a sentence:
    /// longest match first, left to right, never overlapping. Where one phrase
    /// is both an actor name and an agent word, the actor wins. All-capital
    /// acronyms ("US", "UN", "IS") match only when written in capitals, so
    /// "us" and "is" stay words.
    public func matchNames(_ tokens: [Token], ids: [Int32]) -> [NameMatch] {
        var result: [NameMatch] = []
        var i = 0
        while i < ids.count {
            var matched = false
            if ids[i] != Vocabulary.unknown {
                for (length, payloads) in names.matches(in: ids, from: i) {
                    let usable = payloads.filter { p in
                        let info = namePayloads[Int(p)]
                        return !info.acronym || Lexicon.isAcronym(tokens[i].text)
                    }
                    guard let best = usable.min(by: { namePayloads[Int($0)].form.priority < namePayloads[Int($1)].form.priority }) else { continue }
                    let info = namePayloads[Int(best)]
                    let range = i..<(i + length)
                    if info.form == .agent {
                        result.append(NameMatch(range: range, form: .agent, agent: info.index))
                    } else {
                        result.append(NameMatch(range: range, form: info.form, actor: info.index))
                    }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return result
    }

    /// Verb patterns for a verb lemma, most specific first.
    public func verbPatterns(forLemma lemma: String) -> [VerbPattern] {
        verbIndex[lemma]?.ordered ?? []
    }

    /// The verb patterns of a lemma that can match a sentence: those whose
    /// first literal word is among `words` (the sentence's words and lemmas),
    /// and those with no literal word — in the order ``verbPatterns(forLemma:)``
    /// gives. PETRARCH verbs have hundreds of patterns; this skips most of them
    /// without trying. `words` is asked for only when it helps.
    public func verbPatterns(forLemma lemma: String, words: () -> Set<String>) -> [VerbPattern] {
        guard let index = verbIndex[lemma] else { return [] }
        guard index.ordered.count > 16 else { return index.ordered }
        var picked = index.keyless
        for w in words() { if let list = index.byKey[w] { picked += list } }
        picked.sort()
        var result: [VerbPattern] = []
        result.reserveCapacity(picked.count)
        var last = -1
        for i in picked where i != last { result.append(index.ordered[i]); last = i }
        return result
    }

    /// Event nouns starting at `start` in a sequence of lemma ids: (length, patterns), longest first.
    public func nounPatterns(lemmaIDs: [Int32], from start: Int) -> [(length: Int, patterns: [VerbPattern])] {
        nouns.matches(in: lemmaIDs, from: start).map { m in (m.length, m.payloads.map { verbs[Int($0)] }) }
    }

    /// True when some attribution cue starts with this word id (a cheap pre-check).
    public func startsCue(_ id: Int32) -> Bool {
        id != Vocabulary.unknown && cueTrie.startsPhrase(id)
    }

    /// Length of an attribution cue ("according to") starting at `start`, or nil.
    public func cueLength(ids: [Int32], from start: Int) -> Int? {
        cueTrie.matches(in: ids, from: start).first?.length
    }

    /// True when the word is an acronym written in capitals: "US", "U.N.", "IS".
    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for b in text.utf8 {
            if b >= 97 && b <= 122 { return false }
            if b >= 65 && b <= 90 { letters += 1 }
        }
        return letters >= 2
    }
}

extension NameForm {
    /// Lower wins when one phrase means several things.
    var priority: Int {
        switch self {
        case .name: return 0
        case .capital: return 1
        case .adjective: return 2
        case .agent: return 3
        }
    }
}

/// The patterns of one verb lemma, in matching order, indexed by one literal
/// word each needs: of all the words a pattern requires, the one fewest
/// patterns of the verb share ("border" rather than "to"), so a sentence
/// pulls few candidates. A `choice` element needs any of its first words.
struct VerbIndex: Sendable {
    var ordered: [VerbPattern]
    var byKey: [String: [Int]] = [:]
    var keyless: [Int] = []

    init(_ ordered: [VerbPattern]) {
        self.ordered = ordered
        func keySets(_ p: VerbPattern) -> [[String]] {
            p.elements.compactMap { e in
                switch e {
                case .word(let w): return [w]
                case .choice(let alternatives): return Array(Set(alternatives.compactMap(\.first)))
                case .target, .preceding, .compoundSubject, .marker: return nil
                }
            }
        }
        var frequency: [String: Int] = [:]
        let sets = ordered.map(keySets)
        for list in sets { for keys in list { for k in keys { frequency[k, default: 0] += 1 } } }
        for (i, list) in sets.enumerated() {
            guard let best = list.min(by: { a, b in
                a.reduce(0) { $0 + frequency[$1, default: 0] } < b.reduce(0) { $0 + frequency[$1, default: 0] }
            }), !best.isEmpty else {
                keyless.append(i)
                continue
            }
            for k in best { byKey[k, default: []].append(i) }
        }
    }
}
