/// Choices a user makes about what the coder emits.
public struct CodingOptions: Sendable, Hashable {
    /// Emit events whose verb is negated ("did not attack") with `negated: true`.
    /// Off by default: a denied action is not an event.
    public var includeNegated = false
    /// Keep a trace of every sentence's analysis for `--explain`.
    public var trace = false
    /// Follow PETRARCH-2's conventions where they differ from dyad's: a
    /// passive without an agent keeps its subject as the source ("X was
    /// criticized over its dispute with Y": X → Y), and a verb whose clause
    /// ends in a "that"-clause reads its pattern words and target there
    /// ("allowed that Mordor isn't a really pleasant place"), and an agent
    /// with no country acts and is acted on as it is ("Clerics believe …":
    /// `---REL`; "arrested students": `---EDU`, not the source's country).
    /// The validation coder (`EventCoder.petrarch`) turns it on.
    public var petrarchConventions = false
    /// PETRARCH's `require_dyad = false`: an event needs no target, so a
    /// reporting verb the verb dictionary codes is coded like any other verb
    /// ("a senior official said on Saturday": `SAID` [023] with no target),
    /// and an agent adjective names an actor ("the official news agency").
    /// Used with ``petrarchConventions`` by the validation coder for records
    /// a `<Config option="require_dyad">` marks so.
    public var petrarchUndirectedEvents = false
    /// PETRARCH's `new_actor_length`: when above 0, a noun phrase of at most
    /// this many words that names no dictionary actor is an actor of its own,
    /// coded with its words in quotes (`"THE MINISTRY OF MAGIC"`). Set by the
    /// validation coder from a record's `<Config option="new_actor_length">`.
    public var petrarchNewActorLength = 0
    /// Leave out events whose ``Event/confidence`` is below this (0 keeps
    /// all): a higher bar trades recall for precision. See ``EventConfidence``.
    public var minConfidence = 0.0
    /// Emit events the text dates more than a year before the document
    /// ("became Sultan in 1970 after overthrowing his father"), flagged
    /// `background`. Off by default: history told in a report is not its news.
    public var includeBackground = false

    public init(includeNegated: Bool = false, trace: Bool = false, petrarchConventions: Bool = false) {
        self.includeNegated = includeNegated
        self.trace = trace
        self.petrarchConventions = petrarchConventions
    }
}
