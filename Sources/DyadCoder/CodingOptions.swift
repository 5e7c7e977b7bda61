/// Choices a user makes about what the coder emits.
public struct CodingOptions: Sendable, Hashable {
    /// Emit events whose verb is negated ("did not attack") with `negated: true`.
    /// Off by default: a denied action is not an event.
    public var includeNegated = false
    /// Keep a trace of every sentence's analysis for `--explain`.
    public var trace = false

    public init(includeNegated: Bool = false, trace: Bool = false) {
        self.includeNegated = includeNegated
        self.trace = trace
    }
}
