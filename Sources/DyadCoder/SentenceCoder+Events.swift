import DyadLexicon
import DyadSyntax
import DyadText

/// Building the event records of a matched pattern: actors with their spans,
/// the id, the attribution, flags and confidence.
extension SentenceCoder {
    /// Appends the events of a matched pattern to `events` (in place: events
    /// are not copied from array to array); returns how many it made.
    @discardableResult
    func makeEvents(into events: inout [Event], sources: [Int], targets: [Int], pattern: VerbPattern, verbRange: Range<Int>,
                    verbHead: Int, lemma: String, negated: Bool, flags: [String], date: (CalendarDate?, DateBasis),
                    s: AnalyzedSentence, mentions: [ActorMention], scopes: [SpeechScope],
                    confidenceRule: EventConfidence.Rule? = nil, fromTree: Bool = false) -> Int {
        guard let cameo = coder.ontology[pattern.code] else { return 0 }
        let rule = confidenceRule ?? (pattern.isNoun ? .noun : .pattern(words: pattern.specificity))
        let isBackground = !coder.options.petrarchConventions && date.1 == .text
            && SentenceCoder.isHistory(date.0, reportedOn: facts.document.date)
        let attribution = attribute(verbHead, scopes: scopes, mentions: mentions, s: s)
        let targetList: [Int?] = targets.isEmpty ? [nil] : targets.map { $0 }
        let before = events.count
        lazy var ruleText = pattern.rule  // the same for every event of the pattern: made once, when needed
        // PETRARCH codes an agent with no country too ("Clerics and lawmakers believe": `---REL`, `---LEG`).
        let petrarch = coder.options.petrarchConventions
        for src in sources where !mentions[src].country.isEmpty || petrarch {
            for tgt in targetList {
                if let tgt, tgt == src { continue }
                for sj in 0...mentions[src].jointCodes.count {
                    let sm = SentenceCoder.actor(mentions[src], joint: sj)
                    for tj in 0...(tgt.map { mentions[$0].jointCodes.count } ?? 0) {
                        let tm = tgt.map { SentenceCoder.actor(mentions[$0], joint: tj) }
                        let source = eventActor(sm, s)
                        var target = tm.map { eventActor($0, s) }
                        if let t = tm, t.country.isEmpty, !petrarch {
                            // A country-less agent ("journalists") is of the source's country,
                            // unless the source is not a state.
                            let country = sm.country
                            if ["IGO", "NGO"].contains(country) || country.count != 3 {
                                target = nil
                            } else {
                                target?.country = country
                                target?.code = country + t.sector
                                target?.resolvedFrom = "country of the source"
                                target?.basis = "source"
                            }
                        }
                        var eventFlags = flags
                        if isBackground { eventFlags.append("background") }
                        if let target, target.code == source.code { eventFlags.append("self_directed") }
                        if s.sentence.isTitle { eventFlags.append("title") }
                        // The id hashes document, sentence, verb position, "code@start" of source and
                        // target, code and dictionary version, each followed by 0x1F; digits are
                        // hashed as they are spelled, without making strings of them.
                        var h = StableHash()
                        h.combine(facts.document.id)
                        h.combine(decimal: s.sentence.index); h.combine(byte: 0x1F)
                        h.combine(decimal: s.tokens[verbHead].start); h.combine(byte: 0x1F)
                        h.combine(source.code.utf8); h.combine(byte: 0x40)
                        h.combine(decimal: source.span.first ?? 0); h.combine(byte: 0x1F)
                        h.combine((target?.code ?? "-").utf8); h.combine(byte: 0x40)
                        h.combine(decimal: target?.span.first ?? 0); h.combine(byte: 0x1F)
                        h.combine(cameo.code)
                        h.combine(coder.lexicon.version)
                        let verbTokens = s.tokens[verbRange]
                        events.append(Event(
                            id: h.hex, docID: facts.document.id, sentenceIndex: s.sentence.index, sentence: s.sentence.text,
                            date: date.0, dateBasis: date.1, source: source, target: target, cameo: cameo.code,
                            plover: cameo.plover, ploverMode: cameo.ploverMode, goldstein: cameo.goldstein,
                            quadClass: cameo.quadClass,
                            verb: EventVerb(text: verbTokens.map(\.text).joined(separator: " "), lemma: lemma,
                                            span: span(verbTokens.first!.start, verbTokens.last!.end, s)),
                            attribution: attribution, negated: negated, flags: eventFlags, rule: ruleText,
                            outlet: facts.document.outlet, url: facts.document.url,
                            confidence: EventConfidence.of(rule: rule, source: source, target: target, fromTree: fromTree)))
                    }
                }
            }
        }
        return events.count - before
    }

    /// The actors a mention stands for: itself (`joint` 0), and each further
    /// actor of a name for several together ("the Shire": FRO, BIL and SAM;
    /// `joint` 1 up to the number of ``ActorMention/jointCodes``).
    static func actor(_ m: ActorMention, joint: Int) -> ActorMention {
        guard joint > 0 else { return m }
        var actor = m
        let code = m.jointCodes[joint - 1]
        actor.code = code
        actor.country = String(code.prefix(3))
        actor.sector = String(code.dropFirst(3))
        actor.jointCodes = []
        return actor
    }

    func eventActor(_ m: ActorMention, _ s: AnalyzedSentence) -> EventActor {
        let toks = s.tokens[m.range]
        return EventActor(text: textOf(m.range, s), code: m.code, country: m.country, sector: m.sector, name: m.name,
                          span: span(toks.first!.start, toks.last!.end, s), resolvedFrom: m.resolvedFrom,
                          basis: m.countryBasis)
    }

    /// The exact text of a token range, as written.
    func textOf(_ range: Range<Int>, _ s: AnalyzedSentence) -> String {
        let first = s.tokens[range.lowerBound], last = s.tokens[range.upperBound - 1]
        let base = s.sentence.start
        let u = s.sentence.text.utf8
        let a = u.index(u.startIndex, offsetBy: first.start - base, limitedBy: u.endIndex)
        let b = u.index(u.startIndex, offsetBy: last.end - base, limitedBy: u.endIndex)
        if let a, let b, a <= b, let str = String(s.sentence.text.utf8[a..<b]) { return str }
        return s.tokens[range].map(\.text).joined(separator: " ")
    }

    func span(_ start: Int, _ end: Int, _ s: AnalyzedSentence) -> [Int] {
        let map = inTitleOnly(s) ? (facts.titleOffsets ?? facts.bodyOffsets) : facts.bodyOffsets
        return [map.scalarOffset(ofByte: start), map.scalarOffset(ofByte: end)]
    }

    /// A title sentence whose offsets point into the title, not the body.
    func inTitleOnly(_ s: AnalyzedSentence) -> Bool {
        guard s.sentence.isTitle else { return false }
        let u = facts.document.text.utf8
        guard s.sentence.end <= u.count else { return true }
        let a = u.index(u.startIndex, offsetBy: s.sentence.start), b = u.index(u.startIndex, offsetBy: s.sentence.end)
        return String(facts.document.text.utf8[a..<b]) != s.sentence.text
    }

    /// The innermost reported-speech scope holding the verb gives the speaker;
    /// an outlet anywhere in the chain (or the document's) gives the outlet.
    func attribute(_ head: Int, scopes: [SpeechScope], mentions: [ActorMention], s: AnalyzedSentence) -> Attribution? {
        let holding = scopes.filter { $0.scope.contains(head) }.sorted { $0.scope.lowerBound > $1.scope.lowerBound }
        var speaker: String?
        var speakerCode: String?
        var outlet: String?
        var stateMedia = false
        var cue: String?
        for scope in holding {
            let outletSpeaker = scope.speakers.first { mentions[$0].isOutlet }
            if let o = outletSpeaker, outlet == nil {
                outlet = mentions[o].name ?? textOf(mentions[o].range, s)
                stateMedia = mentions[o].isStateMedia
            } else if speaker == nil, scope.speakers.isEmpty || outletSpeaker == nil {
                speaker = scope.speakerText
                speakerCode = scope.speakers.first.map { mentions[$0].code }
                cue = scope.cue
            }
            if outlet == nil, let told = scope.toldOutlet {
                outlet = mentions[told].name ?? textOf(mentions[told].range, s)
                stateMedia = mentions[told].isStateMedia
            }
            if cue == nil { cue = scope.cue }
        }
        if outlet == nil, let docOutlet = facts.document.outlet {
            outlet = docOutlet
            stateMedia = facts.outletIsStateMedia
        }
        if speaker == nil && outlet == nil { return nil }
        return Attribution(speaker: speaker, speakerCode: speakerCode, outlet: outlet, stateMedia: stateMedia, cue: cue)
    }
}
