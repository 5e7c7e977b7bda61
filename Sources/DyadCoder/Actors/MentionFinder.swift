import DyadLexicon
import DyadSyntax
import DyadText

/// Turns dictionary matches into actor mentions: composes countries with
/// agents ("North Korean" + "ambassador" → `PRKGOV`), people with their dated
/// roles, and resolves pronouns, definite agents ("the regime") and names
/// learned earlier in the document.
struct MentionFinder {
    let lexicon: Lexicon
    /// An agent adjective names an actor too ("official news agency": ``CodingOptions/petrarchUndirectedEvents``).
    var adjectiveAgents = false

    /// Agent words that name one person, so "he" can refer to them.
    static let personNouns: WordSet = [
        "ambassador", "minister", "president", "leader", "dictator", "king", "queen", "envoy", "diplomat",
        "official", "spokesman", "spokeswoman", "spokesperson", "general", "commander", "premier", "chancellor",
        "secretary", "officer", "soldier", "judge", "prosecutor", "senator", "lawmaker", "journalist",
        "reporter", "activist", "emir", "sultan", "prince", "monarch", "governor", "mayor", "chief", "head",
    ]
    static let pronouns: [String: (person: Bool?, plural: Bool)] = [
        "he": (true, false), "him": (true, false), "his": (true, false),
        "she": (true, false), "her": (true, false),
        "it": (false, false), "its": (false, false),
        "they": (nil, true), "them": (nil, true), "their": (nil, true),
    ]
    /// Places that stand for their country: "the Ukrainian city of Kherson".
    static let placeNouns: WordSet = ["city", "town", "village", "region", "province", "capital", "territory",
                                          "port", "coast", "island", "enclave", "district", "border", "soil", "airspace"]
    /// Installations that stand for their owner when they head the phrase:
    /// "Syrian chemical weapons facilities", "Israeli army positions".
    static let installationNouns: WordSet = ["facility", "installation", "base", "position", "outpost", "site", "embassy", "consulate"]
    /// Prepositions joining an agent to the place it belongs to: "ambassadors of Arnor".
    static let agentPrepositions: WordSet = ["of", "in", "from"]
    static let definiteWords: WordSet = ["the", "its", "this", "that", "his", "her", "their", "our"]

    /// One mention plus what the coder needs to know about its place.
    struct Found {
        var mention: ActorMention
        var isPlural: Bool
        /// True for "ambassadors of Arnor": an agent before the place it belongs to.
        var agentOfPlace = false
        /// Roles of the agents before the head one ("Danish Islamist media": `MUS`), shared by an agent joined to it.
        var modifiers = ""
    }

    func mentions(in s: AnalyzedSentence, matches: [NameMatch], date: CalendarDate?, memory: inout DocumentMemory) -> [Found] {
        let tokens = s.tokens
        var found: [Found] = []
        // 1. Cluster adjacent matches that form one noun phrase.
        var clusters: [[NameMatch]] = []
        for m in matches {
            if var last = clusters.last, let prev = last.last, joins(prev, m, s, opening: last.count == 1) {
                last.append(m)
                clusters[clusters.count - 1] = last
            } else {
                clusters.append([m])
            }
        }
        for cluster in clusters {
            if let f = compose(cluster, s, date: date, memory: memory, sentenceSoFar: found) { found.append(f) }
        }
        // 2. Pronouns and learned names, in the gaps between dictionary matches.
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in matches { for i in m.range { covered[i] = true } }
        var i = 0
        while i < tokens.count {
            if covered[i] { i += 1; continue }
            if let alias = learnedName(at: i, s, covered: covered, memory: memory) {
                found.append(alias)
                for k in alias.mention.range { covered[k] = true }
                i = alias.mention.range.upperBound
                continue
            }
            if s.tags[i] == .PRP || s.tags[i] == .PRPS, let p = MentionFinder.pronouns[tokens[i].lower] {
                if let (m0, text) = antecedentInSentence(before: i, found, s, wantPerson: p.person) {
                    var m = m0
                    m.range = i..<(i + 1)
                    m.resolvedFrom = text
                    found.append(Found(mention: m, isPlural: p.plural))
                } else if let r = memory.antecedent(sentence: s.sentence.index, wantPerson: p.person, wantPlural: p.plural) {
                    var m = r.mention
                    m.range = i..<(i + 1)
                    m.resolvedFrom = r.text
                    found.append(Found(mention: m, isPlural: p.plural))
                }
            }
            i += 1
        }
        found.sort { $0.mention.range.lowerBound < $1.mention.range.lowerBound }
        quotedSpeakers(&found, s, memory: memory)
        MentionFinder.joinPossessedAgents(&found, s)
        shareAgents(&found, s)
        shareCountryAdjective(&found, s)
        distributeAgents(&found, s)
        learnAppositions(found, s, memory: &memory)
        return found
    }

    /// "Russian and Chinese warships": the first adjective shares the agent of
    /// the phrase it is coordinated with (RUSMIL and CHNMIL).
    private func shareAgents(_ found: inout [Found], _ s: AnalyzedSentence) {
        guard found.count >= 2 else { return }
        for k in stride(from: found.count - 2, through: 0, by: -1) {
            let a = found[k].mention, b = found[k + 1].mention
            guard a.sector.isEmpty, !b.sector.isEmpty, b.name == nil, a.range.count == 1,
                  s.tags[a.range.lowerBound].isAdjective || s.tags[a.range.lowerBound] == .NNP,
                  b.range.lowerBound == a.range.upperBound + 1,
                  ["and", "or", ","].contains(s.tokens[a.range.upperBound].lower) else { continue }
            found[k].mention.code = a.country + b.sector
            found[k].mention.sector = b.sector
            found[k].isPlural = found[k + 1].isPlural
        }
    }

    /// "Danish media and government": a bare agent joined to an agent phrase
    /// opened by a country adjective shares its country (DNKMED and DNKGOV).
    private func shareCountryAdjective(_ found: inout [Found], _ s: AnalyzedSentence) {
        for k in found.indices.dropLast() {
            let a = found[k].mention, b = found[k + 1].mention
            let first = s.tags[a.range.lowerBound]
            guard !a.country.isEmpty, !a.sector.isEmpty, a.name == nil, a.range.count >= 2,
                  first.isAdjective || first == .NNP || first == .NNPS,
                  b.country.isEmpty, !b.sector.isEmpty, b.range.count == 1,
                  b.range.lowerBound == a.range.upperBound + 1,
                  ["and", "or"].contains(s.tokens[a.range.upperBound].lower) else { continue }
            let code = MentionFinder.stacking([found[k].modifiers, b.sector], onto: a.country)
            found[k + 1].mention.country = a.country
            found[k + 1].mention.code = code
            found[k + 1].mention.sector = String(code.dropFirst(3))
        }
    }

    /// "The ambassadors of Arnor, Osgiliath and Gondor": the agent belongs to
    /// every place of the list (ARNGOV, OSGGOV, GONGOV).
    /// "Lawmakers and officials in Fornost and Gondor": a bare agent listed
    /// before it belongs to every place too (FORLEG and GONLEG).
    private func distributeAgents(_ found: inout [Found], _ s: AnalyzedSentence) {
        let mentions = found.map(\.mention)
        for k in found.indices where found[k].agentOfPlace {
            let sector = found[k].mention.sector
            let list = ClauseRoleFinder.coordinated(k, mentions, s)
            var countries = [found[k].mention.country]
            for j in list where j > k && found[j].mention.sector.isEmpty
                && !found[j].mention.country.isEmpty && found[j].mention.name == nil {
                found[j].mention.code = found[j].mention.country + sector
                found[j].mention.sector = sector
                found[j].isPlural = found[k].isPlural
                countries.append(found[j].mention.country)
            }
            for j in list where j < k && found[j].mention.country.isEmpty && !found[j].mention.sector.isEmpty {
                let own = found[j].mention.sector
                found[j].mention.country = countries[0]
                found[j].mention.code = countries[0] + own
                found[j].mention.jointCodes = countries.dropFirst().map { $0 + own }
            }
        }
    }

    /// An antecedent earlier in the same sentence: the nearest subject-like
    /// mention that fits ("Syria in its just cause" → Syria; "Kim sent a
    /// message to Assad, where he …" → Kim), else the nearest that fits.
    private func antecedentInSentence(before i: Int, _ found: [Found], _ s: AnalyzedSentence,
                                      wantPerson: Bool?) -> (ActorMention, String)? {
        let candidates = found.filter { $0.mention.range.upperBound <= i && !$0.mention.country.isEmpty
            && (wantPerson == nil || $0.mention.isPerson == wantPerson!) }
        guard !candidates.isEmpty else { return nil }
        func text(_ f: Found) -> String { f.mention.resolvedFrom ?? s.tokens[f.mention.range].map(\.text).joined(separator: " ") }
        // A possessive right after its antecedent ("Syria in its cause") binds to the nearest.
        if let nearest = candidates.last, i - nearest.mention.range.upperBound <= 3 { return (nearest.mention, text(nearest)) }
        if let subject = candidates.last(where: { isSubjectLike($0.mention.range, s)
            && !ClauseRoleFinder.insidePrepositionalPhrase($0.mention.range, s) }) {
            return (subject.mention, text(subject))
        }
        return nil
    }

    /// True when a verb follows the phrase (past adverbs and commas): it is probably a subject.
    func isSubjectLike(_ range: Range<Int>, _ s: AnalyzedSentence) -> Bool {
        var k = range.upperBound
        while k < s.tokens.count, s.tags[k].isAdverb || s.tags[k] == .comma || s.tags[k] == .NNP { k += 1 }
        return k < s.tokens.count && (s.tags[k] == .VBD || s.tags[k] == .VBZ || s.tags[k] == .VBP || s.tags[k] == .MD)
    }

    /// True when `b` continues the noun phrase of `a`: directly adjacent, or
    /// separated only by a possessive, an adjective, or "of" after an agent
    /// (or "in", "from" after an agent that opens the phrase: `opening`).
    private func joins(_ a: NameMatch, _ b: NameMatch, _ s: AnalyzedSentence, opening: Bool) -> Bool {
        let gap = a.range.upperBound..<b.range.lowerBound
        if gap.isEmpty {
            // "Syria Iran" are two actors; an agent or adjective before a name is one phrase.
            return !(a.form == .name && b.form == .name) || (a.actor != nil && a.actor == b.actor)
        }
        if gap.count > 3 { return false }
        for i in gap {
            let t = s.tags[i], w = s.tokens[i].lower
            if t == .POS || w == "'s" || w == "'" { continue }
            if t.isAdjective || t == .NNP || (t == .DT && i > gap.lowerBound) { continue }
            if w == "of" && a.form == .agent { continue }
            // "soldiers from Gondor", "activists in Arnor": an agent with no
            // country of its own is of the place after it.
            // Not after a verb: "withdrew troops from Azerbaijan" says where from, not whose.
            if MentionFinder.agentPrepositions.contains(w) && a.form == .agent && opening && i == gap.lowerBound
                && !followsVerb(a.range.lowerBound, s) { continue }
            return false
        }
        return true
    }

    /// True when the phrase starting at `start` is a verb's object: a verb
    /// stands right before it, past determiners, numbers and adjectives.
    private func followsVerb(_ start: Int, _ s: AnalyzedSentence) -> Bool {
        var k = start - 1
        while k >= 0, s.tags[k] == .DT || s.tags[k] == .CD || s.tags[k].isAdjective || s.tags[k] == .PRPS { k -= 1 }
        return k >= 0 && s.tags[k].isVerb
    }

    private func compose(_ cluster: [NameMatch], _ s: AnalyzedSentence, date: CalendarDate?, memory: DocumentMemory,
                         sentenceSoFar: [Found]) -> Found? {
        let tokens = s.tokens
        let range = cluster.first!.range.lowerBound..<cluster.last!.range.upperBound
        // "MSF Arnor diplomat": a prefix agent (`[NGO~]`) goes before the rest's code (NGOARNGOV).
        let agentEntries = lexicon.agents  // the closure captures the list, not a copy of the whole lexicon
        let isPrefix = { (m: NameMatch) in m.form == .agent && agentEntries[m.agent!].isPrefix }
        if cluster.contains(where: isPrefix), cluster.contains(where: { $0.form != .agent }) {
            guard var f = compose(cluster.filter { !isPrefix($0) }, s, date: date, memory: memory, sentenceSoFar: sentenceSoFar)
            else { return nil }
            f.mention.range = range
            f.mention.code = cluster.filter(isPrefix).map { lexicon.agents[$0.agent!].sector }.joined() + f.mention.code
            return f
        }
        let agents = cluster.filter { $0.form == .agent }
        let actorMatches = cluster.filter { $0.form != .agent }
        // The head of "the regime of X" is the regime; otherwise the last word.
        let ofJoin = cluster.count > 1 && cluster[0].form == .agent
            && (cluster[0].range.upperBound..<cluster[1].range.lowerBound).contains { MentionFinder.agentPrepositions.contains(tokens[$0].lower) }
        let headMatch = ofJoin ? cluster[0] : cluster.last!
        let headWord = s.lemmas[headMatch.range.upperBound - 1]
        let isPlural = s.tags[headMatch.range.upperBound - 1] == .NNS || s.tags[headMatch.range.upperBound - 1] == .NNPS
        let sectors = agentSectors(agents, in: cluster, s)
        let agentSector = sectors.last

        // A person or organization fixes the code.
        if let entityMatch = actorMatches.last(where: { lexicon.actors[$0.actor!].kind != .country && $0.form == .name }) {
            let entry = lexicon.actors[entityMatch.actor!]
            guard let role = entry.role(on: date), !role.isUncoded else { return nil }
            var code = role.code, country = role.country, sector = role.sector
            var name: String? = entry.name
            // "Chile's Defense Department": a state body named by common words is the possessor's.
            if let owner = MentionFinder.ownerCountry(of: entityMatch, entry: entry, role: role, actorMatches, lexicon: lexicon, date: date) {
                country = owner
                code = owner + sector
                name = nil
            }
            // "the Kim regime", "the Assad army": the person's country, the agent's sector.
            if entry.kind == .person, let a = agents.last, a.range.lowerBound > entityMatch.range.lowerBound, let agentSector {
                code = country + agentSector
                sector = agentSector
            } else if entry.kind != .person, !sectors.isEmpty {
                code = MentionFinder.stacking(sectors, onto: code)
                sector = String(code.dropFirst(3))
            }
            let person = entry.kind == .person ? (headMatch == entityMatch || MentionFinder.personNouns.contains(headWord))
                : false
            var mention = ActorMention(range: range, code: code, country: country, sector: sector, name: name,
                                       isPerson: person && !isPlural, isStateMedia: entry.isStateMedia,
                                       isOutlet: entry.isOutlet, origin: entry.origin)
            if code == role.code { mention.jointCodes = entry.jointCodes }
            return Found(mention: mention, isPlural: isPlural)
        }
        if let countryMatch = actorMatches.last {
            let entry = lexicon.actors[countryMatch.actor!]
            guard let role = entry.role(on: date), !role.isUncoded else { return nil }
            let iso = role.country
            if agentSector != nil {
                let person = MentionFinder.personNouns.contains(headWord) && !isPlural
                let code = MentionFinder.stacking(sectors, onto: iso)
                return Found(mention: ActorMention(range: range, code: code, country: iso, sector: String(code.dropFirst(3)),
                                                   isPerson: person, origin: entry.origin), isPlural: isPlural,
                             agentOfPlace: ofJoin, modifiers: String(MentionFinder.stacking(sectors.dropLast(), onto: iso).dropFirst(3)))
            }
            switch countryMatch.form {
            case .capital:
                return Found(mention: ActorMention(range: range, code: iso + "GOV", country: iso, sector: "GOV",
                                                   origin: entry.origin), isPlural: false)
            case .adjective:
                // "Syrian civil war": an adjective before a common noun only modifies it.
                let last = countryMatch.range.upperBound - 1
                let tag = s.tags[last]
                let next = countryMatch.range.upperBound < tokens.count ? s.tags[countryMatch.range.upperBound] : .period
                // …unless that noun is an event noun: "Russian airstrikes" name their source.
                let nextIsEventNoun = countryMatch.range.upperBound < tokens.count
                    && !lexicon.nounPatterns(lemmaIDs: lexicon.wordIDs(Array(s.lemmas[countryMatch.range.upperBound...].prefix(3))), from: 0).isEmpty
                // …or a place: "the Ukrainian city of Kherson" is Ukraine.
                var headIndex = countryMatch.range.upperBound
                while headIndex + 1 < tokens.count, s.tags[headIndex + 1].isNoun || s.tags[headIndex + 1].isAdjective { headIndex += 1 }
                let nextIsPlace = countryMatch.range.upperBound < tokens.count
                    && (MentionFinder.placeNouns.contains(s.lemmas[countryMatch.range.upperBound])
                        || MentionFinder.installationNouns.contains(s.lemmas[headIndex]))
                if tag == .NNS || tag == .NNPS || tokens[last].lower.hasSuffix("s") || !(next.isNoun || next.isAdjective)
                    || nextIsEventNoun || nextIsPlace {
                    var mention = ActorMention(range: range, code: role.code, country: iso, sector: role.sector, origin: entry.origin)
                    mention.isPlace = entry.isPlace
                    return Found(mention: mention, isPlural: true)
                }
                return nil
            default:
                var mention = ActorMention(range: range, code: role.code, country: iso, sector: role.sector,
                                           origin: entry.origin)
                mention.jointCodes = entry.jointCodes
                return Found(mention: mention, isPlural: false)
            }
        }
        // An agent alone: "the regime", "the dictator" refer back to an actor.
        guard let agent = agents.last, let agentSector else { return nil }
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1].lower : ""
        // Only a singular definite description refers back: "the regime", not
        // "the peoples"; not "the state of emergency"; no agent adjective ("the official news agency").
        let after = range.upperBound < tokens.count ? tokens[range.upperBound].lower : ""
        // "General Thierry Burkhard": a capitalized title before a name is a noun, whatever its tag.
        let titled = tokens[range.lowerBound].isCapitalized && MentionFinder.nameFollows(range.upperBound, s, words: 2)
        let adjective = !s.tags[range.upperBound - 1].isNoun && !titled
        // "Deputy Minister of Defense …": a person's title goes on with "of" and a capitalized word.
        let titleGoesOn = after == "of" && MentionFinder.personNouns.contains(headWord)
            && range.upperBound + 1 < tokens.count && tokens[range.upperBound + 1].isCapitalized
        guard MentionFinder.definiteWords.contains(before), !isPlural, after != "of", !(adjectiveAgents && adjective) else {
            // "detained dozens of journalists": an agent with no country of its
            // own; as a target it takes the country of the event's source.
            // Troops, police and spies without a country are usually the
            // instrument ("deployed troops"), and "military aid" is no actor;
            // as the subject of a clause they act ("Police arrested three men").
            // …and as the agent of a passive ("was shot dead by police").
            let instrument = ["MIL", "COP", "SPY"].contains(agentSector) && !isSubjectLike(range, s)
                && PatternMatcher.preposition(before: range.lowerBound, s) != "by"
            if (after == "of" && !titleGoesOn) || instrument || (adjective && !adjectiveAgents) { return nil }
            return Found(mention: ActorMention(range: range, code: agentSector, country: "", sector: agentSector,
                                               origin: lexicon.agents[agent.agent!].origin), isPlural: isPlural)
        }
        let person = MentionFinder.personNouns.contains(headWord) && !isPlural
        // The most recent actor of the same kind: "the dictator" a person or
        // government, "the army" a military.
        let fits: (ActorMention) -> Bool = { m in
            !m.country.isEmpty && !["IGO", "NGO"].contains(m.country)
                && (m.sector == agentSector || (person && m.isPerson && m.name != nil))
        }
        var antecedent: (ActorMention, String)?
        // "The regime", "the government": the state that was the subject of the
        // last sentence ("Venezuela expelled …. The regime accused …").
        let recentSubjectState = person ? nil : memory.history.last(where: { r in
            r.isSubject && r.sentence >= s.sentence.index - 1 && r.mention.sector.isEmpty
                && !r.mention.country.isEmpty && !["IGO", "NGO"].contains(r.mention.country)
        })
        if sentenceSoFar.isEmpty, let r = recentSubjectState {
            antecedent = (r.mention, r.text)
        } else if let f = sentenceSoFar.last(where: { $0.mention.range.upperBound <= range.lowerBound && fits($0.mention) }) {
            antecedent = (f.mention, f.mention.resolvedFrom ?? s.tokens[f.mention.range].map(\.text).joined(separator: " "))
        } else if let r = memory.history.last(where: { s.sentence.index - $0.sentence <= 3 && fits($0.mention) }) {
            antecedent = (r.mention, r.text)
        } else if let f = sentenceSoFar.last(where: { $0.mention.range.upperBound <= range.lowerBound
                    && !$0.mention.country.isEmpty && !["IGO", "NGO"].contains($0.mention.country) }) {
            // "Nigerian workers struck against the government": that country's government.
            antecedent = (f.mention, s.tokens[f.mention.range].map(\.text).joined(separator: " "))
        } else if let r = memory.antecedent(sentence: s.sentence.index, wantPerson: nil, wantPlural: nil) {
            antecedent = (r.mention, r.text)
        }
        guard let (a, text) = antecedent else { return nil }
        let country = a.country
        let code = a.sector == agentSector || (person && a.isPerson) ? a.code : country + agentSector
        return Found(mention: ActorMention(range: range, code: code, country: country, sector: String(code.dropFirst(3)),
                                           name: a.name, resolvedFrom: text, isPerson: person,
                                           origin: a.origin), isPlural: isPlural)
    }
}
