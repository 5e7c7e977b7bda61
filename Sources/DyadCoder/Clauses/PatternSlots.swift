import DyadLexicon
import DyadSyntax

/// The places a pattern gives actors after its verb — `+` (target), `$`
/// (source), `^` (an actor passed over) — filled from the actors between
/// the place and the pattern's next literal word.
///
/// `* IFTAR AT ^ ^ +` on "celebrated Iftar at Osgiliath with Gondor's
/// parliament in Eriador": Osgiliath and the parliament are passed over,
/// Eriador is the target. A single place takes an actor with a country of
/// its own before a country-less agent.
///
/// Every pattern tried goes through here, so the open places are kept in
/// the bits of one integer rather than an array: trying a pattern allocates
/// nothing unless it opens several places in a row.
struct ActorSlots {
    enum Kind: UInt64 { case target, source, skip }

    /// Kinds of the open places, two bits each, the first in the lowest bits.
    private var pendingKinds: UInt64 = 0
    private var pendingCount = 0
    /// Where the open places start: the token after the last word matched.
    private var from = 0
    private(set) var target: Int?
    private(set) var source: Int?
    /// True when the pattern has a `$`.
    private(set) var wantsSource = false

    /// A place for an actor at token `position`; places in a row share it.
    mutating func open(_ kind: Kind, at position: Int) {
        if pendingCount == 0 { from = position }
        if pendingCount < 32 {
            pendingKinds |= kind.rawValue << UInt64(2 * pendingCount)
            pendingCount += 1
        }
        if kind == .source { wantsSource = true }
    }

    /// Fills the open places from the actors starting before token `end`:
    /// a single place takes the first with a country (else the first); places
    /// in a row take the actors one by one, in sentence order.
    mutating func close(before end: Int, _ mentions: [ActorMention], _ excluded: Set<Int>) {
        guard pendingCount > 0 else { return }
        defer { pendingKinds = 0; pendingCount = 0 }
        func here(_ k: Int) -> Bool {
            let start = mentions[k].range.lowerBound
            return start >= from && start < end && !excluded.contains(k)
        }
        if pendingCount == 1 {
            var first: Int?, anchored: Int?
            for k in mentions.indices where here(k) {
                let start = mentions[k].range.lowerBound
                if first.map({ start < mentions[$0].range.lowerBound }) ?? true { first = k }
                if !mentions[k].country.isEmpty, anchored.map({ start < mentions[$0].range.lowerBound }) ?? true { anchored = k }
            }
            assign(kind(0), anchored ?? first)
            return
        }
        var found = mentions.indices.filter(here).sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
        for i in 0..<pendingCount where !found.isEmpty {
            assign(kind(i), found.removeFirst())
        }
    }

    private func kind(_ i: Int) -> Kind {
        Kind(rawValue: (pendingKinds >> UInt64(2 * i)) & 3) ?? .skip
    }

    private mutating func assign(_ kind: Kind, _ k: Int?) {
        switch kind {
        case .target: if target == nil { target = k }
        case .source: if source == nil { source = k }
        case .skip: break
        }
    }
}

/// Words a pattern wants before its verb (`- SAID * …`), with PETRARCH's
/// `_` tie (`RECENTLY_*`: "recently" right before the verb) and `+` before
/// the verb (`+ HOSTING * MAY_DAY $`: the target is the actor before
/// "hosting", the subject of the clause when it stands there).
enum PrecedingWords {
    struct Match {
        var positions: [Int] = []
        var target: Int?
    }

    /// The positions of the words, in order before the verb, or nil when
    /// they are not all there. `steps` are the pattern's compiled steps;
    /// only its ``PatternStep/preceding(_:)`` words and the `joined` and
    /// `targetBeforeVerb` markers count here (``next(after:_:_:)``), read in
    /// place: many patterns have words before the verb, so nothing is copied.
    static func match(_ steps: Range<Int>, _ program: PatternSteps, _ ids: SentenceWordIDs, _ r: ClauseRoles,
                      _ g: VerbGroup, _ s: AnalyzedSentence, _ mentions: [ActorMention]) -> Match? {
        var result = Match()
        var k = 0
        var targetFrom: Int?
        var forced: Int?
        var item = next(after: steps.lowerBound - 1, steps, program)
        while let i = item {
            let following = next(after: i, steps, program)
            item = following
            switch program[i] {
            case .marker(.targetBeforeVerb):
                targetFrom = k
            case .preceding(let w):
                let joined = following.map { program[$0] == .marker(.joined) } ?? false
                var found: Int?
                if let f = forced {
                    // The word before was tied to this one: it must stand right here.
                    found = f < g.head && isWord(w, f, ids) ? f : nil
                } else if joined, let j = following.flatMap({ next(after: $0, steps, program) }),
                          case .preceding(let tied) = program[j] {
                    // Tied to the next word: the two side by side.
                    found = (k..<max(k, g.head - 1)).first { isWord(w, $0, ids) && isWord(tied, $0 + 1, ids) }
                } else if joined {
                    // Tied to the verb: right before it.
                    found = g.head - 1 >= k && isWord(w, g.head - 1, ids) ? g.head - 1 : nil
                } else {
                    found = (k..<max(k, g.head)).first { isWord(w, $0, ids) }
                }
                guard let at = found else { return nil }
                forced = joined ? at + 1 : nil
                if let from = targetFrom {
                    result.target = actor(before: at, from: from, r, s, mentions)
                    targetFrom = nil
                }
                result.positions.append(at)
                k = at + 1
            default:
                continue
            }
        }
        if let from = targetFrom {
            result.target = actor(before: min(g.range.lowerBound, g.head), from: from, r, s, mentions)
        }
        return result
    }

    /// The position of the first step after `i` that stands before the verb:
    /// a ``PatternStep/preceding(_:)`` word, or a `joined` or
    /// `targetBeforeVerb` marker; nil when there is none.
    static func next(after i: Int, _ steps: Range<Int>, _ program: PatternSteps) -> Int? {
        var j = i + 1
        while j < steps.upperBound {
            switch program[j] {
            case .preceding, .marker(.joined), .marker(.targetBeforeVerb): return j
            default: j += 1
            }
        }
        return nil
    }

    /// True when token `k` exists and is the word `w` (an id), as written or as lemma.
    static func isWord(_ w: Int32, _ k: Int, _ ids: SentenceWordIDs) -> Bool {
        k >= 0 && k < ids.forms.count && ids.isWord(k, w)
    }

    /// The clause's subject when it stands between `from` and `end`, else the last actor there.
    static func actor(before end: Int, from: Int, _ r: ClauseRoles, _ s: AnalyzedSentence,
                      _ mentions: [ActorMention]) -> Int? {
        let here = mentions.indices.filter {
            mentions[$0].range.lowerBound >= from && mentions[$0].range.upperBound <= end
                && s.tags[mentions[$0].range.lowerBound] != .PRPS
        }
        return here.last { r.subjects.contains($0) } ?? here.max { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
    }
}
