import DyadCoder
import DyadText
import Foundation

/// A gold standard coded sentence by sentence over whole articles that live
/// outside the repository, such as dyad's Wikinews gold
/// (`evaluation/gold/wikinews-gold.jsonl` over `../shared/dev/wikinews.jsonl`).
///
/// Each gold line names an article and the character span of one of its
/// sentences; the article text is read from the corpus, never copied:
///
/// ```json
/// {"doc": "wn-20200111-cairo-summit", "n": 0, "span": [0, 187], "split": "dev",
///  "gold": [{"cameo": "1122", "source": ["EGYGOV"], "target": ["TUR"]}]}
/// ```
///
/// dyad codes each article whole (so pronouns and "the minister" resolve as
/// they would in real use), and every event is scored in the gold sentence
/// whose span holds its verb. The sentences become ``GoldDocument``s with ids
/// `"<doc>#<n>"`, so ``Evaluation`` scores them like any other gold.
public struct SentenceGold: Sendable {
    /// One gold sentence: where it is, which split it belongs to, and its events.
    public struct Sentence: Sendable {
        public var document: String
        public var number: Int
        /// Character (Unicode scalar) offsets `[start, end)` into the article text.
        public var span: Range<Int>
        public var split: String?
        public var gold: GoldDocument
    }

    public var sentences: [Sentence]
    /// The corpus articles the sentences point into, in the order they are first named.
    public var articles: [Document]

    /// Reads gold lines and resolves them against the corpus articles.
    ///
    /// - Parameters:
    ///   - split: keep only sentences of this split (`"dev"`, `"test"`); nil keeps all.
    /// - Throws: ``GoldFormatError`` naming the file and line for a malformed
    ///   line, an article missing from the corpus, or a span outside its text.
    public init(_ text: String, file: String, corpus: [Document], split: String? = nil) throws {
        let byID = Dictionary(corpus.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sentences: [Sentence] = []
        var articles: [Document] = []
        var seen: Set<String> = []
        var scalarCache: [String: [Unicode.Scalar]] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let l = String(line).trimmingASCIIWhitespace()
            if l.isEmpty { continue }
            let at = "\(file):\(n + 1)"
            guard let obj = (try? JSONSerialization.jsonObject(with: Data(l.utf8))) as? [String: Any] else {
                throw GoldFormatError(description: "\(at): not a JSON object")
            }
            guard let doc = obj["doc"] as? String, let number = obj["n"] as? Int,
                  let span = obj["span"] as? [Int], span.count == 2, span[0] <= span[1] else {
                throw GoldFormatError(description: "\(at): a sentence gold line needs \"doc\", \"n\" and \"span\": [start, end]")
            }
            let lineSplit = obj["split"] as? String
            if let split, lineSplit != split { continue }
            guard let article = byID[doc] else {
                throw GoldFormatError(description: "\(at): article \(doc) is not in the corpus; pass the corpus it was coded on with --corpus")
            }
            let scalars = scalarCache[doc] ?? Array(article.text.unicodeScalars)
            scalarCache[doc] = scalars
            guard span[1] <= scalars.count else {
                throw GoldFormatError(description: "\(at): span \(span) runs past the end of \(doc) (\(scalars.count) characters); was the gold made on another version of the corpus?")
            }
            var sentenceText = String.UnicodeScalarView()
            sentenceText.append(contentsOf: scalars[span[0]..<span[1]])
            let gold = GoldDocument(id: "\(doc)#\(number)", date: article.date, text: String(sentenceText),
                                    events: GoldReader.events(obj["gold"]))
            sentences.append(Sentence(document: doc, number: number, span: span[0]..<span[1], split: lineSplit, gold: gold))
            if seen.insert(doc).inserted { articles.append(article) }
        }
        self.sentences = sentences
        self.articles = articles
    }

    /// The gold sentences as gold documents, for ``Evaluation``.
    public var goldDocuments: [GoldDocument] { sentences.map(\.gold) }

    /// Sorts coded events into the gold sentences that hold their verbs.
    ///
    /// Events from the headline (flag `title`) and events whose verb lies in
    /// no gold sentence are left out: the gold does not judge them.
    public func scoredEvents(_ events: [Event]) -> [String: [ScoredEvent]] {
        var bySentence: [String: [ScoredEvent]] = [:]
        var spans: [String: [Sentence]] = [:]
        for s in sentences { spans[s.document, default: []].append(s) }
        for e in events where !e.flags.contains("title") {
            let at = e.verb.span.first ?? e.source.span.first ?? -1
            guard let s = spans[e.docID]?.first(where: { $0.span.contains(at) }) else { continue }
            bySentence[s.gold.id, default: []].append(ScoredEvent(e))
        }
        return bySentence
    }

    /// True when a gold text is sentence gold (its first record names a `doc` and a `span`).
    public static func isSentenceGold(_ text: String) -> Bool {
        guard let first = text.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) }),
              let obj = (try? JSONSerialization.jsonObject(with: Data(first.utf8))) as? [String: Any] else { return false }
        return obj["doc"] != nil && obj["span"] != nil && obj["text"] == nil
    }
}
