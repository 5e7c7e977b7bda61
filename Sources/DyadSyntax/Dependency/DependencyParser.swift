import DyadText
import Foundation

/// dyad's part-of-speech tagger and labelled dependency parser, trained on
/// the English Web Treebank (Universal Dependencies): one greedy
/// averaged-perceptron tagger and one greedy arc-hybrid parser, both working
/// on integer features for speed. See docs/parser.md.
///
/// Loading reads `tagger.bin` and `parser.bin` from the bundled `Model`
/// folder once; the value is immutable and `Sendable`, so one parser can be
/// shared by every thread.
///
/// ```swift
/// let parser = try DependencyParser.bundled()
/// let parse = parser.parse(sentence)                   // a DyadText Sentence
/// let p2 = parser.parse(words: ["Rebels", "attacked", "the", "town", "."])
/// p2[0].relation   // "nsubj"; p2[0].head == 1
/// ```
public struct DependencyParser: Sendable {
    static let taggerFile = "tagger.bin"
    static let parserFile = "parser.bin"

    let tagger: TaggerModel
    let parser: ParserModel
    let lexicon: LexiconLookup

    init(tagger: TaggerModel, parser: ParserModel, lexicon: LexiconLookup) {
        self.tagger = tagger
        self.parser = parser
        self.lexicon = lexicon
    }

    /// Loads the two model files from `modelDirectory`.
    public init(modelDirectory: URL) throws {
        func load(_ name: String) throws -> ByteReader {
            let data = try ModelFiles.read(name, in: modelDirectory)
            var r = ByteReader([UInt8](data), file: modelDirectory.appendingPathComponent(name).path)
            guard try r.u32() == Self.magic else { throw r.error("not a dyad syntax model (wrong magic number)") }
            let version = try r.u32()
            guard version == Self.version else { throw r.error("model format \(version); this dyad reads format \(Self.version)") }
            return r
        }
        var t = try load(Self.taggerFile)
        var p = try load(Self.parserFile)
        self.init(tagger: try TaggerModel.read(from: &t), parser: try ParserModel.read(from: &p), lexicon: .bundled())
    }

    static let magic: UInt32 = 0x4459_4450  // "DYDP"
    static let version: UInt32 = 1

    private static let shared = Result<DependencyParser, any Error> {
        try DependencyParser(modelDirectory: try ModelFiles.bundledDirectory())
    }

    /// The parser with dyad's bundled model, loaded on first use and shared.
    public static func bundled() throws -> DependencyParser {
        try shared.get()
    }

    /// Tags and parses a sentence of dyad's tokens (their text as written).
    ///
    /// A headline (`isTitle`) is read as running text: a capitalized word
    /// after the first is tagged and parsed as its lowercase form when Brill's
    /// lexicon knows that form and either does not list the capitalized one
    /// as a proper noun or allows the word as a verb ("Pledge", "Aid",
    /// "Accuses"); other names ("Jordan", "China") keep their capital. The
    /// parse shows the words as written.
    public func parse(_ sentence: Sentence) -> DependencyParse {
        let words = sentence.tokens.map(\.text)
        guard sentence.isTitle, let brill = lexicon.brill else { return parse(words: words) }
        var seen = words
        for i in seen.indices.dropFirst() {
            let w = seen[i]
            guard w.first?.isUppercase == true, w.dropFirst().contains(where: \.isLowercase) else { continue }
            let lower = w.lowercased()
            guard brill.lexiconTag(for: lower) != nil else { continue }
            let asWritten = brill.lexiconTag(for: w)
            let canBeVerb = (brill.tagSets[WordHash.of(lower)]?.rawValue ?? 0) & 0x3E != 0
            if asWritten == nil || asWritten?.isProperNoun == false || canBeVerb { seen[i] = lower }
        }
        return parse(words: words, as: seen)
    }

    /// Tags and parses a sentence given as its words.
    public func parse(words: [String]) -> DependencyParse {
        parse(words: words, as: words)
    }

    /// Parses `seen` (the words as the model should read them), reporting `words`.
    func parse(words: [String], as seen: [String]) -> DependencyParse {
        let n = words.count
        if n == 0 { return DependencyParse(words: []) }
        var feats = [WordFeatures](repeating: .boundary, count: n + 4)
        for i in 0..<n { feats[i + 2] = WordFeatures(seen[i], lexicon: lexicon) }
        var classes = [Int32](repeating: 0, count: n)
        feats.withUnsafeBufferPointer { f in classes.withUnsafeMutableBufferPointer { tagger.tag(f, into: $0.baseAddress!) } }
        let (heads, labels) = parser.parse(words: ParserModel.wordValues(feats, known: parser.knownWords),
                                           tags: ParserModel.tagValues(classes))
        var out: [DependencyParse.Word] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let c = Int(classes[i])
            out.append(.init(form: words[i], xpos: tagger.xpos[c], upos: tagger.upos[c], head: Int(heads[i]),
                             relation: parser.labels[Int(labels[i])]))
        }
        return DependencyParse(words: out)
    }

    /// Sizes of the loaded model, for reports: features and weights kept.
    public var summary: String {
        "tagger: \(tagger.classNames.count) classes, \(tagger.weights.featureCount) features, \(tagger.weights.entryCount) weights, "
            + "\(tagger.dictionaryClass.count) dictionary words; parser: \(parser.labels.count) labels, "
            + "\(parser.moves.featureCount) move features (\(parser.moves.entryCount) weights), "
            + "\(parser.arcLabels.featureCount) label features (\(parser.arcLabels.entryCount) weights), \(parser.knownWords.count) known words"
    }
}
