/// Measures a tagger against gold part-of-speech tags from Penn Treebank
/// parses.
///
/// The tagger sees each tree's words as one sentence, Treebank spellings
/// turned back into text (`-LRB-` → `(`, ``` `` ``` and `''` → `"`); its tags are
/// compared with the tree's. Traces (`-NONE-`) are skipped, auxiliary tags
/// some parsers write (`AUXD`, `AUXZ`, …) count as the verb tags they stand
/// for, and words whose gold tag is not a Penn tag are left out of the count.
public enum TaggerEvaluation {
    /// Correctly tagged words and words compared, over all `trees`.
    public static func accuracy(tagger: BrillTagger, trees: [PennTree]) -> (correct: Int, total: Int) {
        var correct = 0, total = 0
        for tree in trees {
            let (words, gold) = goldWords(of: tree)
            let predicted = tagger.tag(words: words)
            for (i, g) in gold.enumerated() {
                guard let g else { continue }
                total += 1
                if predicted[i] == g { correct += 1 }
            }
        }
        return (correct, total)
    }

    /// Correctly tagged words and words compared for dyad's EWT-trained
    /// tagger (``DependencyParser``), counted exactly as for Brill's tagger;
    /// its EWT tags are read through ``DependencyParse/Word/pennTag``.
    public static func accuracy(parser: DependencyParser, trees: [PennTree]) -> (correct: Int, total: Int) {
        var correct = 0, total = 0
        for tree in trees {
            let (words, gold) = goldWords(of: tree)
            let predicted = parser.parse(words: words).words
            for (i, g) in gold.enumerated() {
                guard let g else { continue }
                total += 1
                if predicted[i].pennTag == g { correct += 1 }
            }
        }
        return (correct, total)
    }

    /// The most frequent mistakes: how often each gold tag was tagged as
    /// something else, most frequent first.
    public static func confusions(tagger: BrillTagger, trees: [PennTree]) -> [(gold: PennTag, predicted: PennTag, count: Int)] {
        var counts: [[UInt8]: Int] = [:]
        for tree in trees {
            let (words, gold) = goldWords(of: tree)
            let predicted = tagger.tag(words: words)
            for (i, g) in gold.enumerated() where g != nil && g != predicted[i] {
                counts[[g!.rawValue, predicted[i].rawValue], default: 0] += 1
            }
        }
        return counts
            .map { (gold: PennTag(rawValue: $0.key[0])!, predicted: PennTag(rawValue: $0.key[1])!, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.gold.rawValue, $0.predicted.rawValue) < ($1.gold.rawValue, $1.predicted.rawValue) }
    }

    /// A tree's words as the tagger should see them, with the gold tag of
    /// each (nil where the gold tag is not a Penn tag). Traces are dropped.
    public static func goldWords(of tree: PennTree) -> (words: [String], tags: [PennTag?]) {
        var words: [String] = []
        var tags: [PennTag?] = []
        for leaf in tree.leaves() where leaf.tag != "-NONE-" {
            words.append(text(ofTreebankWord: leaf.word))
            tags.append(goldTag(leaf.tag, word: leaf.word))
        }
        return (words, tags)
    }

    static func text(ofTreebankWord w: String) -> String {
        switch w {
        case "-LRB-": return "("
        case "-RRB-": return ")"
        case "-LSB-": return "["
        case "-RSB-": return "]"
        case "-LCB-": return "{"
        case "-RCB-": return "}"
        case "``", "''": return "\""
        default: return w
        }
    }

    static func goldTag(_ tag: String, word: String) -> PennTag? {
        switch tag {
        case "AUX", "AUXB": return .VB
        case "AUXD": return .VBD
        case "AUXG": return .VBG
        case "AUXN": return .VBN
        case "AUXP": return .VBP
        case "AUXZ": return .VBZ
        case "``": return .openQuote
        case "''": return .closeQuote
        default:
            // Drop function tags and indices: "NNP-SBJ", "NN=2".
            if let t = PennTag(string: tag) { return t }
            if let cut = tag.dropFirst().firstIndex(where: { $0 == "-" || $0 == "=" }) {
                return PennTag(string: String(tag[..<cut]))
            }
            return nil
        }
    }
}
