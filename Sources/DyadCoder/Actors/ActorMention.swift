import DyadLexicon
import DyadText

/// An actor found in a sentence: the tokens, the code it resolved to, and
/// how it was found. The coder's working unit between name matching and events.
public struct ActorMention: Sendable, Hashable {
    /// Token indices within the sentence.
    public var range: Range<Int>
    /// Resolved actor code ("PRKGOV"); the country is its first three letters.
    public var code: String
    public var country: String
    public var sector: String
    /// Canonical name of the person or organization, when there is one.
    public var name: String?
    /// For pronouns and "the regime": what the mention was resolved to.
    public var resolvedFrom: String?
    /// True for people ("he" may refer to it).
    public var isPerson: Bool
    /// True when the actor is a state news agency.
    public var isStateMedia: Bool
    /// True when the actor publishes news.
    public var isOutlet: Bool
    /// The dictionary line it came from, for explanations (kept as a
    /// location: its text is made only when an explanation is written).
    public var origin: SourceLocation?
    /// Further actors the same name stands for (``ActorEntry/jointCodes``).
    public var jointCodes: [String] = []
    /// How a country the phrase does not state was found: `sentence` or
    /// `document` (``DocumentCountries``), `source` (a target taking its
    /// source's country); nil when the phrase names it.
    public var countryBasis: String?
    /// A city or region named alone ("in Mariupol"): it places the agents
    /// around it, then is dropped — a place is no actor.
    public var isPlace = false

    public init(range: Range<Int>, code: String, country: String, sector: String, name: String? = nil,
                resolvedFrom: String? = nil, isPerson: Bool = false, isStateMedia: Bool = false,
                isOutlet: Bool = false, origin: SourceLocation? = nil) {
        self.range = range
        self.code = code
        self.country = country
        self.sector = sector
        self.name = name
        self.resolvedFrom = resolvedFrom
        self.isPerson = isPerson
        self.isStateMedia = isStateMedia
        self.isOutlet = isOutlet
        self.origin = origin
    }
}
