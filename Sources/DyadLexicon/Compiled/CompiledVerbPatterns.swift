/// One element of a verb pattern compiled to word ids: what pattern
/// matching walks instead of ``PatternElement``, so that trying a pattern
/// compares integers and copies no strings.
///
/// A word id equals a token's id exactly when the token's lowercase form (or
/// lemma) is that word: every word a pattern names is in the
/// ``Lexicon/vocabulary``.
public enum PatternStep: Sendable, Equatable {
    /// A word (lemma or form) that must follow the verb in the clause.
    case word(Int32)
    /// The place the target actor stands.
    case target
    /// Any one of several word sequences; the payload names them for
    /// ``PatternSteps/choiceLength(_:in:at:end:)``.
    case choice(Int32)
    /// A word that must stand before the verb in the sentence.
    case preceding(Int32)
    /// The clause's subject names two or more actors.
    case compoundSubject
    /// A marker placing an actor or tying words together: `$` and `^` after
    /// the verb are filled as the steps are walked; `+` before the verb and
    /// `_` are read with the ``preceding(_:)`` words.
    case marker(PatternMarker)
}

/// The steps of every verb pattern of a ``Lexicon``, as word ids: what
/// pattern matching reads. Take it once (``Lexicon/patternSteps``) and read
/// many patterns from it; reading copies and retains nothing.
///
/// ```swift
/// let program = lexicon.patternSteps
/// for i in program.range(ofPattern: p) {
///     if case .word(let w) = program[i] { … }
/// }
/// ```
public struct PatternSteps: Sendable {
    let patterns: CompiledVerbPatterns

    /// Positions of pattern `index`'s steps (an index into ``Lexicon/verbs``).
    @inline(__always) public func range(ofPattern index: Int) -> Range<Int> {
        Int(patterns.starts[index])..<Int(patterns.starts[index + 1])
    }

    /// The step at `position`.
    @inline(__always) public subscript(position: Int) -> PatternStep { patterns.steps[position] }

    /// Where a ``PatternStep/choice(_:)`` step matches: the length of the
    /// first of its word sequences (in the order written) that stands word
    /// for word in `words` (word ids of forms) at `k` and ends by `end`, or nil.
    public func choiceLength(_ choice: Int32, in words: [Int32], at k: Int, end: Int) -> Int? {
        patterns.choices[Int(choice)].length(in: words, at: k, end: end)
    }

    /// False when pattern `index` needs a word that `sentence` certainly
    /// lacks: a literal word after or before the verb, or every first word of
    /// a short choice. Much cheaper than walking the pattern over a clause,
    /// and most candidate patterns fail here.
    public func mayMatch(_ index: Int, _ sentence: WordFilter) -> Bool {
        patterns.mayMatch(index, sentence)
    }
}

/// Every verb pattern of a ``Lexicon`` compiled for matching: the steps of
/// each pattern in one flat array, and per verb lemma the patterns in the
/// order they are tried, indexed by a word each needs.
struct CompiledVerbPatterns: Sendable {
    /// Steps of pattern `i` are `steps[starts[i]..<starts[i + 1]]`.
    private(set) var steps: [PatternStep] = []
    private(set) var starts: [Int32] = [0]
    /// Per pattern, the ``WordFilter/group(_:)`` bits of the words it needs
    /// after and before the verb: a sentence lacking one of them is ruled out
    /// by one test of its filter's summary.
    private(set) var needs: [UInt64] = []
    /// Word sequences of each `choice` step.
    private(set) var choices: [WordChoice] = []
    /// Per verb lemma id: its patterns, most specific first.
    private(set) var byLemma: [Int32: VerbIndex] = [:]

    init() {}

    /// Compiles `verbs`, interning every word they name; noun patterns get
    /// steps but no lemma index (they are matched through a trie).
    init(_ verbs: [VerbPattern], vocabulary: inout Vocabulary) {
        steps.reserveCapacity(verbs.count * 3)
        starts.reserveCapacity(verbs.count + 1)
        var lists: [Int32: [Int32]] = [:]
        var known = KnownChoices()
        var specificity: [Int] = []
        specificity.reserveCapacity(verbs.count)
        needs.reserveCapacity(verbs.count)
        for (i, p) in verbs.enumerated() {
            var need: UInt64 = 0
            for e in p.elements {
                switch e {
                case .word(let w):
                    let id = vocabulary.intern(w)
                    need |= WordFilter.group(id)
                    steps.append(.word(id))
                case .target: steps.append(.target)
                case .choice(let alternatives):
                    steps.append(.choice(choice(alternatives, &vocabulary, &known)))
                case .preceding(let w):
                    let id = vocabulary.intern(w)
                    need |= WordFilter.group(id)
                    steps.append(.preceding(id))
                case .compoundSubject: steps.append(.compoundSubject)
                case .marker(let m): steps.append(.marker(m))
                }
            }
            starts.append(Int32(steps.count))
            needs.append(need)
            specificity.append(p.specificity)  // once, not per comparison: PETRARCH sets hold 100,000+ patterns
            if !p.isNoun, let head = p.head.first {
                lists[vocabulary.intern(head), default: []].append(Int32(i))
            }
        }
        var scratch = VerbIndex.Scratch(words: vocabulary.count)
        for (lemma, list) in lists {
            let sorted = list.sorted { a, b in
                let sa = specificity[Int(a)], sb = specificity[Int(b)]
                return sa != sb ? sa > sb : a < b
            }
            byLemma[lemma] = VerbIndex(sorted, patterns: self, scratch: &scratch)
        }
    }

    /// Choices compiled so far: a one-word choice by its word, others by
    /// the array they are read into (patterns expanded from one synset, or
    /// read from the cache, share it).
    private struct KnownChoices {
        var byWord: [Int32: Int32] = [:]
        var byArray: [UnsafeRawPointer: Int32] = [:]
    }

    /// The index of a choice step's compiled sequences, compiling them once.
    private mutating func choice(_ alternatives: [[String]], _ vocabulary: inout Vocabulary,
                                 _ known: inout KnownChoices) -> Int32 {
        let next = Int32(choices.count)
        if alternatives.count == 1, alternatives[0].count == 1 {
            let w = vocabulary.intern(alternatives[0][0])
            if let id = known.byWord[w] { return id }
            known.byWord[w] = next
            choices.append(WordChoice([[w]]))
            return next
        }
        let array = alternatives.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        if let array, let id = known.byArray[array] { return id }
        if let array { known.byArray[array] = next }
        choices.append(WordChoice(alternatives.map { $0.map { vocabulary.intern($0) } }))
        return next
    }

    /// See ``PatternSteps/mayMatch(_:_:)``.
    func mayMatch(_ p: Int, _ sentence: WordFilter) -> Bool {
        guard needs[p] & ~sentence.summary == 0 else { return false }
        for i in Int(starts[p])..<Int(starts[p + 1]) {
            switch steps[i] {
            case .word(let w), .preceding(let w):
                if !sentence.mayHold(w) { return false }
            case .choice(let c):
                let firsts = choices[Int(c)].firsts
                if firsts.count <= 8, !firsts.contains(where: sentence.mayHold) { return false }
            case .target, .compoundSubject, .marker:
                continue
            }
        }
        return true
    }

    /// The steps of pattern `i`.
    func steps(ofPattern i: Int) -> ArraySlice<PatternStep> {
        steps[Int(starts[i])..<Int(starts[i + 1])]
    }

    /// The patterns of a lemma that can match a sentence holding the words
    /// `words` (ids of its forms and lemmas, repeats allowed), in trying order.
    func candidates(forLemma lemma: Int32, words: [Int32]) -> [Int32] {
        guard let index = byLemma[lemma] else { return [] }
        guard index.ordered.count > VerbIndex.tryAllUpTo else { return index.ordered }
        // Positions in `ordered` as bits: the keyless ones, then each word's list;
        // reading the bits in order gives the positions sorted and without repeats.
        var bits = index.keylessBits
        var count = index.keylessCount
        for w in words where w != Vocabulary.unknown {
            guard let list = index.byKey[UInt64(UInt32(bitPattern: w))] else { continue }
            for i in index.lists[Int(list)] {
                let (word, bit) = (Int(i) >> 6, UInt64(1) << (UInt64(i) & 63))
                if bits[word] & bit == 0 { bits[word] |= bit; count += 1 }
            }
        }
        var result: [Int32] = []
        result.reserveCapacity(count)
        for (k, var word) in bits.enumerated() {
            while word != 0 {
                result.append(index.ordered[k << 6 + word.trailingZeroBitCount])
                word &= word - 1
            }
        }
        return result
    }
}

/// The patterns of one verb lemma, in matching order, indexed by one literal
/// word each needs: of all the words a pattern requires, the one fewest
/// patterns of the verb share ("border" rather than "to"), so a sentence
/// pulls few candidates. A `choice` element needs any of its first words.
/// Lemmas with few patterns are tried whole and get no index.
struct VerbIndex: Sendable {
    /// Pattern indices, most specific first.
    var ordered: [Int32]
    /// Word id → the number of its list in `lists`: positions in `ordered`
    /// of the patterns keyed by that word, ascending.
    var byKey = IntTable()
    var lists: [[Int32]] = []
    /// Positions in `ordered` of patterns that need no word, as bits
    /// (position p is bit p % 64 of word p / 64), and how many there are.
    var keylessBits: [UInt64] = []
    var keylessCount = 0

    /// Up to this many patterns a lemma's patterns are all tried, unindexed.
    static let tryAllUpTo = 16

    /// Per-word counts reused from lemma to lemma, so indexing allocates little.
    struct Scratch {
        var frequency: [Int32]
        var touched: [Int32] = []
        init(words: Int) { frequency = Array(repeating: 0, count: words) }
    }

    init(_ ordered: [Int32], patterns: CompiledVerbPatterns, scratch: inout Scratch) {
        self.ordered = ordered
        guard ordered.count > VerbIndex.tryAllUpTo else { return }
        for p in ordered {
            for step in patterns.steps(ofPattern: Int(p)) {
                switch step {
                case .word(let w):
                    if scratch.frequency[Int(w)] == 0 { scratch.touched.append(w) }
                    scratch.frequency[Int(w)] += 1
                case .choice(let c):
                    for w in patterns.choices[Int(c)].firsts {
                        if scratch.frequency[Int(w)] == 0 { scratch.touched.append(w) }
                        scratch.frequency[Int(w)] += 1
                    }
                case .target, .preceding, .compoundSubject, .marker: break
                }
            }
        }
        keylessBits = Array(repeating: 0, count: (ordered.count + 63) / 64)
        func key(_ w: Int32, _ position: Int) {
            let k = UInt64(UInt32(bitPattern: w))
            if let list = byKey[k] {
                if lists[Int(list)].last != Int32(position) { lists[Int(list)].append(Int32(position)) }
            } else {
                byKey[k] = Int32(lists.count)
                lists.append([Int32(position)])
            }
        }
        func keyless(_ position: Int) {
            keylessBits[position >> 6] |= UInt64(1) << (UInt64(position) & 63)
            keylessCount += 1
        }
        for (i, p) in ordered.enumerated() {
            // The first required word (or choice) shared by the fewest patterns.
            var best: PatternStep?
            var bestCount = Int.max
            for step in patterns.steps(ofPattern: Int(p)) {
                let count: Int
                switch step {
                case .word(let w): count = Int(scratch.frequency[Int(w)])
                case .choice(let c):
                    count = patterns.choices[Int(c)].firsts.reduce(0) { $0 + Int(scratch.frequency[Int($1)]) }
                case .target, .preceding, .compoundSubject, .marker: continue
                }
                if count < bestCount { best = step; bestCount = count }
            }
            switch best {
            case .word(let w): key(w, i)
            case .choice(let c):
                let firsts = patterns.choices[Int(c)].firsts
                if firsts.isEmpty { keyless(i) }
                for w in firsts { key(w, i) }
            default: keyless(i)
            }
        }
        for w in scratch.touched { scratch.frequency[Int(w)] = 0 }
        scratch.touched.removeAll(keepingCapacity: true)
    }
}
