import DyadText

/// A word for a kind of actor — "ambassador", "army", "rebels" — that takes its
/// country from a neighbouring country name or adjective.
///
/// "North Korean ambassador" composes the country `PRK` with the agent `GOV`
/// into `PRKGOV`. Standing alone ("the regime"), an agent refers back to the
/// last actor of a compatible country in the document.
public struct AgentEntry: Sendable, Hashable {
    /// Three-letter sector code (`GOV`, `MIL`, `REB` …).
    public var sector: String
    /// Words as written in the dictionary.
    public var words: [String]
    /// Whether regular plurals are generated for the words.
    public var matchesPlurals: Bool
    public var origin: SourceLocation
    /// True when the sector goes before the actor's code rather than after
    /// it (PETRARCH `MSF [NGO~]`: "MSF Arnor" is `NGOARN`, not `ARNNGO`).
    public var isPrefix = false

    public init(sector: String, words: [String], matchesPlurals: Bool = true, origin: SourceLocation) {
        self.sector = sector
        self.words = words
        self.matchesPlurals = matchesPlurals
        self.origin = origin
    }
}
