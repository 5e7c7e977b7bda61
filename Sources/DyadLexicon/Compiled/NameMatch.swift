/// How a dictionary phrase refers to its actor.
public enum NameForm: UInt8, Sendable {
    /// A name of the actor: "Syria", "Kim Jong-un", "SANA".
    case name
    /// A country adjective or demonym: "Syrian", "North Korean".
    case adjective
    /// A capital or metonym, standing for the government: "Damascus".
    case capital
    /// An agent word, which needs a country: "ambassador", "army".
    case agent
}

/// A dictionary phrase found in a sentence.
public struct NameMatch: Sendable, Hashable {
    /// Token indices covered, within the sentence.
    public var range: Range<Int>
    public var form: NameForm
    /// Index into ``Lexicon/actors`` for names, adjectives and capitals.
    public var actor: Int?
    /// Index into ``Lexicon/agents`` for agent words.
    public var agent: Int?

    public init(range: Range<Int>, form: NameForm, actor: Int? = nil, agent: Int? = nil) {
        self.range = range
        self.form = form
        self.actor = actor
        self.agent = agent
    }
}
