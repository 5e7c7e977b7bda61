import DyadText

/// A second opinion on sentences the Brill tagger leaves without a finite verb.
///
/// Brill's rules tag a past tense after a comma as a participle: in "Ana Osei,
/// the Ugandan defence minister, criticized Kenya" `criticized` comes out
/// `VBN`, the sentence has no finite verb, and no clause is coded. A sentence
/// of news with no finite verb at all is rare, so when Brill gives one the
/// EWT-trained tagger (``DependencyParser``) is asked as well, and each word
/// it tags as a finite verb (`VBD`, `VBZ`, `VBP`) where Brill had a
/// participle, base form, noun or adjective takes its tag.
///
/// Brill also reads some irregular participles after an auxiliary as nouns
/// ("the attacker was shot/NN dead"); a word after "was", "has" or "got"
/// that its lexicon allows as a participle is asked about too, and takes
/// `VBN` when the second tagger says so. Other sentences keep Brill's tags
/// untouched (and cost nothing more).
extension ShallowParser {
    /// Finite verb tags.
    static let finiteVerbTags: Set<PennTag> = [.VBD, .VBZ, .VBP, .MD]
    /// Brill tags the EWT tagger may overrule with a finite verb.
    static let repairableTags: Set<PennTag> = [.VBN, .VB, .NN, .NNS, .JJ]

    /// Analyses the sentence; when Brill's tags hold no finite verb, takes the
    /// finite verbs `dependencies` finds in their place.
    public func analyze(_ sentence: Sentence, repairingWith dependencies: DependencyParser?) -> AnalyzedSentence {
        let analysed = analyze(sentence)
        guard let dependencies, analysed.tags.count >= 3 else { return analysed }
        let verbless = !analysed.tags.contains(where: ShallowParser.finiteVerbTags.contains)
        let participles = verbless ? [] : participlesAfterAuxiliaries(analysed)
        guard verbless || !participles.isEmpty else { return analysed }
        let parse = dependencies.parse(sentence)
        guard parse.count == analysed.tags.count else { return analysed }
        var tags = analysed.tags
        var changed = false
        if verbless {
            for i in tags.indices where ShallowParser.repairableTags.contains(tags[i]) {
                guard let second = parse.words[i].pennTag, [.VBD, .VBZ, .VBP].contains(second) else { continue }
                tags[i] = second
                changed = true
            }
        }
        for i in participles where parse.words[i].pennTag == .VBN {
            tags[i] = .VBN
            changed = true
        }
        return changed ? analyze(sentence, tags: tags) : analysed
    }

    /// Forms of "be", "have" and "get" that a past participle follows.
    static let participleAuxiliaries: WordSet = ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                                 "get", "gets", "got", "gotten"]

    /// "The attacker was shot dead": words right after an auxiliary (past
    /// adverbs) that Brill tagged as a noun or adjective although its lexicon
    /// allows them as past participles.
    func participlesAfterAuxiliaries(_ a: AnalyzedSentence) -> [Int] {
        var found: [Int] = []
        for i in a.tags.indices.dropFirst() where a.tags[i] == .NN || a.tags[i] == .JJ {
            var k = i - 1
            while k > 0, a.tags[k].isAdverb { k -= 1 }
            guard ShallowParser.participleAuxiliaries.contains(a.tokens[k].lower), tagger.canBeParticiple(a.tokens[i].lower) else { continue }
            found.append(i)
        }
        return found
    }
}
