import DyadText

/// A second opinion on sentences the Brill tagger leaves without a finite verb.
///
/// Brill's rules tag a past tense after a comma as a participle: in "Ana Osei,
/// the Ugandan defence minister, criticized Kenya" `criticized` comes out
/// `VBN`, the sentence has no finite verb, and no clause is coded. A sentence
/// of news with no finite verb at all is rare, so when Brill gives one the
/// EWT-trained tagger (``DependencyParser``) is asked as well, and each word
/// it tags as a finite verb (`VBD`, `VBZ`, `VBP`) where Brill had a
/// participle, base form, noun or adjective takes its tag. Sentences with a
/// finite verb keep Brill's tags untouched (and cost nothing more).
extension ShallowParser {
    /// Finite verb tags.
    static let finiteVerbTags: Set<PennTag> = [.VBD, .VBZ, .VBP, .MD]
    /// Brill tags the EWT tagger may overrule with a finite verb.
    static let repairableTags: Set<PennTag> = [.VBN, .VB, .NN, .NNS, .JJ]

    /// Analyses the sentence; when Brill's tags hold no finite verb, takes the
    /// finite verbs `dependencies` finds in their place.
    public func analyze(_ sentence: Sentence, repairingWith dependencies: DependencyParser?) -> AnalyzedSentence {
        let analysed = analyze(sentence)
        guard let dependencies, analysed.tags.count >= 3,
              !analysed.tags.contains(where: ShallowParser.finiteVerbTags.contains) else { return analysed }
        let parse = dependencies.parse(sentence)
        guard parse.count == analysed.tags.count else { return analysed }
        var tags = analysed.tags
        var changed = false
        for i in tags.indices where ShallowParser.repairableTags.contains(tags[i]) {
            guard let second = parse.words[i].pennTag, [.VBD, .VBZ, .VBP].contains(second) else { continue }
            tags[i] = second
            changed = true
        }
        return changed ? analyze(sentence, tags: tags) : analysed
    }
}
