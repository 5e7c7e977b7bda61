import DyadText

/// Tags, lemmatizes and finds verb groups in a sentence: dyad's own syntax,
/// used when no parse is given.
///
/// It is deliberately shallow — no full tree — because event coding needs
/// little more than verbs with their negation, voice and modality, and where
/// noun phrases and clauses begin. That keeps it fast (no parser in the loop)
/// and predictable.
///
/// ```swift
/// let parser = try ShallowParser.bundled()
/// let analysed = parser.analyze(sentence)
/// analysed.verbGroups.map(\.lemma)   // ["announce", "award"]
/// ```
public struct ShallowParser: Sendable {
    public let tagger: BrillTagger
    public let lemmatizer: Lemmatizer

    public init(tagger: BrillTagger, lemmatizer: Lemmatizer) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
    }

    /// The parser with dyad's bundled tagger and lemma models.
    public static func bundled() throws -> ShallowParser {
        ShallowParser(tagger: try BrillTagger.bundled(), lemmatizer: try Lemmatizer.bundled())
    }

    public func analyze(_ sentence: Sentence) -> AnalyzedSentence {
        let tags = tagger.tag(ShallowParser.isTitleCased(sentence) ? caseFolded(sentence.tokens) : sentence.tokens)
        return analyze(sentence, tags: tags)
    }

    /// Headlines capitalize every word ("North Korea Vows Support"), which
    /// would make every word a proper noun. Words the lexicon knows in lower
    /// case as something else are tagged in lower case.
    func caseFolded(_ tokens: [Token]) -> [Token] {
        tokens.map { t in
            guard t.isCapitalized, let lowerTag = tagger.lexiconTag(for: t.lower), !lowerTag.isProperNoun else { return t }
            var folded = t
            folded.text = t.lower
            folded.isCapitalized = false
            return folded
        }
    }

    /// True for a headline-style sentence: most words of four letters or
    /// more start with a capital.
    static func isTitleCased(_ sentence: Sentence) -> Bool {
        // Counted in place: filtering would copy every token of every sentence into new arrays.
        var words = 0, capitalized = 0
        for i in sentence.tokens.indices where sentence.tokens[i].kind == .word && sentence.tokens[i].text.utf8.count >= 4 {
            words += 1
            if sentence.tokens[i].isCapitalized { capitalized += 1 }
        }
        return words >= 3 && capitalized * 10 >= words * 8
    }

    /// Lemmas and verb groups for a sentence whose tags are already known
    /// (from a given parse, say).
    public func analyze(_ sentence: Sentence, tags: [PennTag]) -> AnalyzedSentence {
        let tokens = sentence.tokens
        let lemmas = tokens.indices.map { lemmatizer.lemma(of: tokens[$0].lower, tag: tags[$0]) }
        let groups = VerbGroupFinder.groups(tokens: tokens, tags: tags, lemmas: lemmas)
        return AnalyzedSentence(sentence: sentence, tags: tags, lemmas: lemmas, verbGroups: groups)
    }
}
