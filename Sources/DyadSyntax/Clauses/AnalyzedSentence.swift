import DyadText

/// A sentence with its part-of-speech tags, lemmas and verb groups: what the
/// syntax stage hands to the coder.
///
/// Produced by ``ShallowParser`` from raw text, or built from a given Penn
/// Treebank parse. Arrays are parallel to `sentence.tokens`.
public struct AnalyzedSentence: Sendable {
    public var sentence: Sentence
    public var tags: [PennTag]
    /// Lowercase lemmas: "awarded" → "award", "weapons" → "weapon".
    public var lemmas: [String]
    public var verbGroups: [VerbGroup]

    public init(sentence: Sentence, tags: [PennTag], lemmas: [String], verbGroups: [VerbGroup]) {
        self.sentence = sentence
        self.tags = tags
        self.lemmas = lemmas
        self.verbGroups = verbGroups
    }

    public var tokens: [Token] { sentence.tokens }

    /// The verb group whose range holds token `i`, if any.
    public func verbGroup(containing i: Int) -> VerbGroup? {
        verbGroups.first { $0.range.contains(i) }
    }
}
