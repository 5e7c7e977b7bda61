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
struct ActorSlots {
    enum Kind { case target, source, skip }

    private var pending: [Kind] = []
    private var from = 0
    private(set) var target: Int?
    private(set) var source: Int?
    /// True when the pattern has a `$`.
    private(set) var wantsSource = false

    /// A place for an actor at token `position`; places in a row share it.
    mutating func open(_ kind: Kind, at position: Int) {
        if pending.isEmpty { from = position }
        pending.append(kind)
        if kind == .source { wantsSource = true }
    }

    /// Fills the open places from the actors starting before token `end`.
    mutating func close(before end: Int, _ mentions: [ActorMention], _ excluded: Set<Int>) {
        defer { pending = [] }
        guard !pending.isEmpty else { return }
        var here = mentions.indices.filter {
            !excluded.contains($0) && mentions[$0].range.lowerBound >= from && mentions[$0].range.lowerBound < end
        }.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
        if pending.count == 1 {
            assign(pending[0], here.first { !mentions[$0].country.isEmpty } ?? here.first)
            return
        }
        for kind in pending where !here.isEmpty {
            assign(kind, here.removeFirst())
        }
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

    /// The positions of the words, in order before the verb, or nil when they are not all there.
    static func match(_ elements: [PatternElement], _ r: ClauseRoles, _ g: VerbGroup, _ s: AnalyzedSentence,
                      _ mentions: [ActorMention]) -> Match? {
        let items = elements.filter {
            switch $0 {
            case .preceding, .marker(.joined), .marker(.targetBeforeVerb): return true
            default: return false
            }
        }
        var result = Match()
        guard !items.isEmpty else { return result }
        var k = 0
        var targetFrom: Int?
        var forced: Int?
        for (i, item) in items.enumerated() {
            switch item {
            case .marker(.targetBeforeVerb):
                targetFrom = k
            case .preceding(let w):
                let joined = i + 1 < items.count && items[i + 1] == .marker(.joined)
                var found: Int?
                if let f = forced {
                    found = f < g.head && isWord(w, f, s) ? f : nil
                } else if joined, i + 2 < items.count, case .preceding(let next) = items[i + 2] {
                    found = (k..<max(k, g.head - 1)).first { isWord(w, $0, s) && isWord(next, $0 + 1, s) }
                } else if joined {
                    found = g.head - 1 >= k && isWord(w, g.head - 1, s) ? g.head - 1 : nil
                } else {
                    found = (k..<max(k, g.head)).first { isWord(w, $0, s) }
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

    static func isWord(_ w: String, _ k: Int, _ s: AnalyzedSentence) -> Bool {
        k >= 0 && k < s.tokens.count && (s.lemmas[k] == w || s.tokens[k].lower == w)
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
