/// One syntactic word of a CoNLL-U sentence: the ten columns, with the head
/// as a number (0 = the root, 1… = words of the sentence, -1 when absent "_").
public struct CoNLLUWord: Sendable, Hashable {
    public var id: Int
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    public var head: Int
    public var deprel: String
    public var deps: String
    public var misc: String

    public init(id: Int, form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", feats: String = "_",
                head: Int = -1, deprel: String = "_", deps: String = "_", misc: String = "_") {
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }
}

/// A sentence of a CoNLL-U file: its comment lines (without the "# ") and its
/// syntactic words. Multi-word token lines (`1-2`) and empty nodes (`1.1`) are
/// kept only as raw lines in `extraLines`, keyed by the word id they precede,
/// so a round trip writes them back.
public struct CoNLLUSentence: Sendable, Hashable {
    public var comments: [String]
    public var words: [CoNLLUWord]
    public var extraLines: [Int: [String]]

    public init(comments: [String] = [], words: [CoNLLUWord], extraLines: [Int: [String]] = [:]) {
        self.comments = comments
        self.words = words
        self.extraLines = extraLines
    }

    /// The value of a `# key = value` comment, e.g. `sent_id` or `text`.
    public func comment(_ key: String) -> String? {
        for c in comments {
            guard c.hasPrefix(key) else { continue }
            let rest = c.dropFirst(key.count).drop { $0 == " " }
            if rest.first == "=" { return String(rest.dropFirst().drop { $0 == " " }) }
        }
        return nil
    }
}

/// A line of CoNLL-U that cannot be read, with its 1-based line number.
public struct CoNLLUError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }
}

/// Reads and writes CoNLL-U, the Universal Dependencies file format: one word
/// per line in ten tab-separated columns, sentences separated by blank lines.
///
/// ```swift
/// let sentences = try CoNLLU.read(text, file: "en_ewt-ud-dev.conllu")
/// print(sentences[0].words[0].form, sentences[0].words[0].deprel)
/// let back = CoNLLU.write(sentences)   // the same text, for well-formed input
/// ```
///
/// Heads are checked to lie within the sentence; a word line with fewer than
/// ten columns is an error naming the file and line.
public enum CoNLLU {
    public static func read(_ text: String, file: String) throws(CoNLLUError) -> [CoNLLUSentence] {
        var out: [CoNLLUSentence] = []
        var comments: [String] = []
        var words: [CoNLLUWord] = []
        var extra: [Int: [String]] = [:]
        var headLines: [Int] = []
        var lineNumber = 0

        func end() throws(CoNLLUError) {
            defer { comments = []; words = []; extra = [:]; headLines = [] }
            guard !words.isEmpty else { return }
            for (i, w) in words.enumerated() where w.head > words.count {
                throw CoNLLUError(file: file, line: headLines[i], reason: "word \(w.id) has head \(w.head), beyond the sentence's \(words.count) words")
            }
            out.append(CoNLLUSentence(comments: comments, words: words, extraLines: extra))
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { try end(); continue }
            if line.hasPrefix("#") {
                comments.append(String(line.dropFirst().drop { $0 == " " }))
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 10 else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "a word line needs 10 tab-separated columns, found \(cols.count)")
            }
            if cols[0].contains("-") || cols[0].contains(".") {
                extra[words.count + 1, default: []].append(String(line))
                continue
            }
            guard let id = Int(cols[0]), id == words.count + 1 else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "expected word id \(words.count + 1), found \"\(cols[0])\"")
            }
            let head: Int
            if cols[6] == "_" {
                head = -1
            } else if let h = Int(cols[6]), h >= 0 {
                head = h
            } else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "the head column holds \"\(cols[6])\", not a word number")
            }
            words.append(CoNLLUWord(id: id, form: String(cols[1]), lemma: String(cols[2]), upos: String(cols[3]),
                                    xpos: String(cols[4]), feats: String(cols[5]), head: head, deprel: String(cols[7]),
                                    deps: String(cols[8]), misc: String(cols[9])))
            headLines.append(lineNumber)
        }
        try end()
        return out
    }

    /// CoNLL-U text for `sentences`, each followed by a blank line.
    public static func write(_ sentences: [CoNLLUSentence]) -> String {
        var s = ""
        for sentence in sentences {
            for c in sentence.comments { s += "# \(c)\n" }
            for w in sentence.words {
                for e in sentence.extraLines[w.id] ?? [] { s += e + "\n" }
                let head = w.head < 0 ? "_" : String(w.head)
                s += "\(w.id)\t\(w.form)\t\(w.lemma)\t\(w.upos)\t\(w.xpos)\t\(w.feats)\t\(head)\t\(w.deprel)\t\(w.deps)\t\(w.misc)\n"
            }
            s += "\n"
        }
        return s
    }
}
