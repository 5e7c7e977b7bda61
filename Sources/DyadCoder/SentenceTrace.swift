import DyadSyntax
import DyadText

/// Everything the coder saw and decided for one sentence: tokens, tags,
/// actors, clauses and the events with the dictionary lines that fired.
/// `--explain` prints it; tests read it to check one stage at a time.
public struct SentenceTrace: Sendable {
    public var analysis: AnalyzedSentence
    public var mentions: [ActorMention]
    public var clauses: [ClauseSummary]
    public var events: [Event]
    /// The sentence's dependency tree, when the coder has a parser.
    public var tree: DependencyParse?
}

/// One verb group with its subject and complement, as the coder read it.
public struct ClauseSummary: Sendable, Hashable {
    public var verb: String
    public var lemma: String
    public var subjects: [String]
    public var complement: String
    public var negated: Bool
    public var passive: Bool
    public var modal: String?
    public var tense: String
    /// The pattern that matched, or why none did.
    public var outcome: String
}
