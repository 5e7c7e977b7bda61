/// Word-level scores of a tagger and parser against a gold treebank, as in
/// the CoNLL 2018 shared task with gold tokenisation: every word counts,
/// punctuation included.
///
/// ```swift
/// let gold = try CoNLLU.read(text, file: "en_ewt-ud-test.conllu")
/// let scores = DependencyEvaluation.score(try DependencyParser.bundled(), gold: gold)
/// print(scores)   // words 25094  UPOS 95.9%  XPOS 95.6%  UAS 87.0%  LAS 84.1% …
/// ```
public struct DependencyScores: Sendable, Equatable, CustomStringConvertible {
    public var words = 0
    public var uposCorrect = 0
    public var xposCorrect = 0
    /// Right head.
    public var headCorrect = 0
    /// Right head and right universal relation (subtype ignored, as CoNLL 2018's LAS).
    public var labelledCorrect = 0
    /// Right head and the exact relation, subtype included.
    public var fullLabelledCorrect = 0

    public init() {}

    func ratio(_ x: Int) -> Double { Double(x) / Double(max(words, 1)) }
    public var upos: Double { ratio(uposCorrect) }
    public var xpos: Double { ratio(xposCorrect) }
    public var uas: Double { ratio(headCorrect) }
    public var las: Double { ratio(labelledCorrect) }
    public var fullLAS: Double { ratio(fullLabelledCorrect) }

    public var description: String {
        func pct(_ v: Double) -> String { String(format: "%.2f%%", v * 100) }
        return "words \(words)  UPOS \(pct(upos))  XPOS \(pct(xpos))  UAS \(pct(uas))  LAS \(pct(las))  "
            + "LAS with subtypes \(pct(fullLAS))"
    }

    /// Adds one word's comparison.
    mutating func add(gold: CoNLLUWord, predicted p: DependencyParse.Word) {
        words += 1
        if gold.upos == p.upos { uposCorrect += 1 }
        if gold.xpos == p.xpos { xposCorrect += 1 }
        let goldHead = gold.head - 1
        if goldHead == p.head {
            headCorrect += 1
            if Self.universal(gold.deprel) == Self.universal(p.relation) { labelledCorrect += 1 }
            if gold.deprel == p.relation { fullLabelledCorrect += 1 }
        }
    }

    static func universal(_ r: String) -> Substring { r.split(separator: ":", maxSplits: 1).first ?? "" }
}

/// Parses treebank sentences from their gold word forms and scores the result.
public enum DependencyEvaluation {
    /// Scores `parser` on `gold`, parsing each sentence's own word forms.
    public static func score(_ parser: DependencyParser, gold: [CoNLLUSentence]) -> DependencyScores {
        var scores = DependencyScores()
        for s in gold {
            let parse = parser.parse(words: s.words.map(\.form))
            for (g, p) in zip(s.words, parse.words) { scores.add(gold: g, predicted: p) }
        }
        return scores
    }

    /// `sentences` with their UPOS, XPOS, HEAD and DEPREL columns replaced by
    /// the parser's (DEPS is cleared; forms, lemmas, features and comments kept).
    public static func reparse(_ parser: DependencyParser, _ sentences: [CoNLLUSentence]) -> [CoNLLUSentence] {
        sentences.map { s in
            var out = s
            let parse = parser.parse(words: s.words.map(\.form))
            for (i, p) in parse.words.enumerated() {
                out.words[i].upos = p.upos
                out.words[i].xpos = p.xpos
                out.words[i].head = p.head + 1
                out.words[i].deprel = p.relation
                out.words[i].deps = "_"
            }
            return out
        }
    }
}
