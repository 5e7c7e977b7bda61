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
    /// ("allowed that Mordor isn't a really pleasant place"). The validation
    /// coder (`EventCoder.petrarch`) turns it on.
    public var petrarchConventions = false

    public init(includeNegated: Bool = false, trace: Bool = false, petrarchConventions: Bool = false) {
        self.includeNegated = includeNegated
        self.trace = trace
        self.petrarchConventions = petrarchConventions
    }
}
