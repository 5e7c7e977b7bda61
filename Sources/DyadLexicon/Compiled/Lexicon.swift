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
    /// Verb patterns as word ids, indexed by verb lemma.
    private var compiled = CompiledVerbPatterns()
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
        for (i, p) in verbs.enumerated() where p.isNoun {
            nouns.insert(p.head.map { vocabulary.intern($0) }, payload: Int32(i))
        }
        compiled = CompiledVerbPatterns(verbs, vocabulary: &vocabulary)
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

    /// Word ids of a sentence's lemmas, given the ids of its tokens' forms
    /// (``wordIDs(_:)`` of the tokens): a lemma spelled like its token's lowercase
    /// form ("talks" → "talk" is looked up, "the" → "the" is not) reuses the
    /// form's id, so most tokens cost a string comparison instead of a lookup.
    public func wordIDs(lemmas: [String], of tokens: [Token], formIDs: [Int32]) -> [Int32] {
        guard lemmas.count == tokens.count, formIDs.count == tokens.count else { return wordIDs(lemmas) }
        var ids = formIDs
        for i in lemmas.indices where lemmas[i] != tokens[i].lower { ids[i] = vocabulary.id(of: lemmas[i]) }
        return ids
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
        guard let id = vocabulary.lookup(lemma), let index = compiled.byLemma[id] else { return [] }
        return index.ordered.map { verbs[Int($0)] }
    }

    /// The verb patterns of a lemma that can match a sentence: those whose
    /// first literal word is among `words` (the sentence's words and lemmas),
    /// and those with no literal word — in the order ``verbPatterns(forLemma:)``
    /// gives. PETRARCH verbs have hundreds of patterns; this skips most of them
    /// without trying. `words` is asked for only when it helps.
    public func verbPatterns(forLemma lemma: String, words: () -> Set<String>) -> [VerbPattern] {
        guard let id = vocabulary.lookup(lemma), let index = compiled.byLemma[id] else { return [] }
        let ids = index.ordered.count > VerbIndex.tryAllUpTo ? wordIDs(Array(words())) : []
        return verbPatternIndices(forLemma: id, words: ids).map { verbs[Int($0)] }
    }

    /// The indices into ``verbs`` of the patterns of a verb lemma (a word id)
    /// that can match a sentence whose forms and lemmas have the ids `words`:
    /// most specific first, skipping patterns that need a word the sentence
    /// lacks. Matching walks the ``patternSteps`` of each; nothing is copied.
    ///
    /// ```swift
    /// let ids = lexicon.wordIDs(tokens) + lexicon.wordIDs(lemmas)
    /// for p in lexicon.verbPatternIndices(forLemma: lexicon.vocabulary.id(of: "accuse"), words: ids) {
    ///     if matches(lexicon.steps(ofPattern: Int(p))) { return lexicon.verbs[Int(p)] }
    /// }
    /// ```
    public func verbPatternIndices(forLemma lemma: Int32, words: [Int32]) -> [Int32] {
        compiled.candidates(forLemma: lemma, words: words)
    }

    /// True when some verb pattern has this lemma (a word id) for its verb.
    public func hasVerbPatterns(forLemma lemma: Int32) -> Bool {
        compiled.byLemma[lemma] != nil
    }

    /// What pattern `index` of ``verbs`` requires after its head, as word ids.
    public func steps(ofPattern index: Int) -> ArraySlice<PatternStep> {
        compiled.steps(ofPattern: index)
    }

    /// The steps of every verb pattern, for matching many patterns in a row.
    public var patternSteps: PatternSteps { PatternSteps(patterns: compiled) }

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
