import DyadLexicon
import DyadSyntax
import DyadText

/// What a clause says about its action: requested, promised, refused, denied,
/// alleged or only supposed. The word lists and tests the sentence coder uses
/// to decide whether a verb is an event that happened.
extension SentenceCoder {
    /// Verbs whose "of …ing" complement is what someone is accused of.
    static let accusingVerbs: WordSet = ["accuse", "charge", "blame", "suspect", "convict", "indict", "condemn", "criticize"]
    /// Nouns whose "that"-clause is a claim: "allegations that Egyptian police tortured detainees".
    static let claimNouns: WordSet = ["allegation", "accusation", "claim", "charge", "suspicion", "rumor", "rumour"]

    /// True for an action someone is accused of ("accused India of violating")
    /// or that an allegation states: coded, and flagged `alleged`.
    static func isAlleged(_ r: ClauseRoles, _ g: VerbGroup, roles: [ClauseRoles], _ s: AnalyzedSentence) -> Bool {
        if g.form == .gerund, let gov = r.governor, accusingVerbs.contains(s.verbGroups[roles[gov].group].lemma) { return true }
        let start = r.clauseStart
        var k = min(start, g.range.lowerBound) - 1
        while k >= 0, s.tags[k] == .DT { k -= 1 }
        if k >= 1, s.tokens[k].lower == "that", claimNouns.contains(s.lemmas[k - 1]) { return true }
        return false
    }

    static let hypotheticalModals: WordSet = ["could", "might", "would", "may"]

    /// True for a clause only asked about: "It is unclear whether Israel
    /// attacked Syria" says no attack happened.
    static func isQuestioned(_ r: ClauseRoles, _ g: VerbGroup, _ s: AnalyzedSentence) -> Bool {
        let k = min(r.clauseStart, g.range.lowerBound) - 1
        return r.isComplementClause && k >= 0 && s.tokens[k].lower == "whether"
    }

    /// Words opening a condition ("if", "unless").
    static let conditionWords: WordSet = ["if", "unless"]

    /// Whether the sentence states a condition ("If …", "Unless …", "Should the
    /// United States withdraw …"), and the tokens of the condition itself.
    static func conditionalClause(_ s: AnalyzedSentence) -> (Bool, Range<Int>) {
        let tokens = s.tokens, words = SentenceCoder.conditionWords
        // By index: a token is read in place, not copied for the test.
        guard let start = tokens.indices.first(where: { words.contains(tokens[$0].lower) })
                ?? (tokens.first?.lower == "should" ? 0 : nil) else { return (false, 0..<0) }
        let end = (start..<tokens.count).first { tokens[$0].lower == "," } ?? tokens.count
        return (true, start..<end)
    }

    /// Verbs whose infinitive is a promise: "pledged to provide aid" is an
    /// intent to provide aid (CAMEO 03), not aid.
    static let intentVerbs: WordSet = ["pledge", "promise", "vow", "offer", "agree", "commit", "plan", "intend",
                                           "prepare", "seek", "want", "hope", "aim", "undertake", "volunteer"]
    /// "ready to hold talks", "prepared to resume talks".
    static let readyWords: WordSet = ["ready", "prepared", "willing", "determined", "eager"]
    /// Verbs whose infinitive is asked for: "urged Iran to release".
    static let appealVerbs: WordSet = ["urge", "ask", "call", "demand", "request", "press", "appeal", "encourage",
                                           "invite", "tell", "order", "threaten", "warn", "insist"]

    /// The CAMEO intent code (03x) for an intended action, or nil when intent
    /// to do it has no code: consult → 036, diplomatic cooperation → 032,
    /// material cooperation → 031, aid → 033, yield → 035.
    static func intent(of code: String) -> String? {
        switch code.prefix(2) {
        case "03": return code
        case "04": return "036"
        case "05": return "032"
        case "06": return "031"
        case "07": return code.hasPrefix("072") ? "0332" : (code.hasPrefix("073") ? "0333" : "033")
        case "08":
            // The kind of yielding promised: easing restrictions, dissent, sanctions;
            // releasing people or property; letting others in; de-escalating.
            switch code.prefix(3) {
            case "081": return "0351"
            case "082": return "0352"
            case "083": return "034"
            case "084": return "0353"
            case "085": return "0354"
            case "086": return "0355"
            case "087": return "0356"
            default: return "035"
            }
        default: return nil
        }
    }

    /// Modals that announce what the subject will do: "Germany will support
    /// the government", "Iraq said it would allow the inspectors back". A
    /// cooperative act so announced (roots 05–08) is a statement of intent
    /// (03), not the act; meetings announced (04) stay meetings, as CAMEO codes
    /// announced visits, and conflict stays as coded.
    static let promisingModals: WordSet = ["will", "would", "shall", "'ll"]
    /// Verbs that make what they govern a decision, not a promise: "announced that
    /// it will lift the curfew" is coded as the lifting, as CAMEO codes announcements.
    static let decidingVerbs: WordSet = ["announce", "decide", "declare", "confirm"]

    /// True when the text dates an event more than a year before the report:
    /// history ("in 1970", "in March 2018" in a 2019 article), not news. A
    /// year or month counts by its last day.
    static func isHistory(_ date: CalendarDate?, reportedOn report: CalendarDate?) -> Bool {
        guard let date, let report else { return false }
        let end: Int
        switch date.precision {
        case .year: end = date.dayNumber + 364
        case .month: end = date.dayNumber + 27
        case .day: end = date.dayNumber
        }
        return report.dayNumber - end > 365
    }

    /// Verbs whose infinitive did not happen: "refused to recognize".
    static let negatingVerbs: WordSet = ["refuse", "fail", "decline"]

    /// Verbs whose "that"-complement is a claim being denied.
    static let denyingVerbs: WordSet = ["deny", "reject", "dismiss", "refute", "rebut", "disavow"]
}
