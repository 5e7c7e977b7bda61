import ArgumentParser
import DyadSyntax
import DyadText
import Foundation

/// `dyad parse`: part-of-speech tags and dependency trees.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse sentences into Universal Dependencies trees (CoNLL-U or a table).",
        discussion: """
        FILE is raw text, JSON Lines documents (as for dyad code), or CoNLL-U (.conllu, or any file whose \
        lines are ten tab-separated columns). Text is split into sentences and tokens by dyad's own reader; \
        CoNLL-U keeps its sentences and word forms and gets new UPOS, XPOS, HEAD and DEPREL columns.

        With --score, FILE must be gold CoNLL-U: its word forms are tagged and parsed, and UPOS, XPOS, \
        UAS and LAS (CoNLL 2018 style: every word, punctuation included; LAS compares the universal \
        relation, and the exact relation is shown too) are printed.

        Examples:
          dyad parse examples/border-talks.txt --format table
          dyad parse ../shared/ud/en_ewt/en_ewt-ud-test.conllu --score
        """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case conllu, table
    }

    @Argument(help: "Text, JSON Lines or CoNLL-U file ('-' for standard input).") var file: String

    @Option(help: "Output format: conllu or table.") var format: OutputFormat = .conllu

    @Flag(help: "Score against FILE's own trees (FILE must be CoNLL-U).") var score = false

    func run() throws {
        let parser: DependencyParser
        do {
            parser = try DependencyParser.bundled()
        } catch {
            throw ValidationError("cannot load the parser model: \(error)")
        }
        let bytes: [UInt8]
        if file == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file): check the path")
            }
            bytes = [UInt8](data)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let isCoNLLU = file.hasSuffix(".conllu") || Self.looksLikeCoNLLU(text)
        if score && !isCoNLLU {
            throw ValidationError("--score needs gold CoNLL-U input; \(file) is not CoNLL-U")
        }
        let out = OutputBuffer()
        defer { out.flush() }
        if isCoNLLU {
            let gold: [CoNLLUSentence]
            do {
                gold = try CoNLLU.read(text, file: file)
            } catch {
                throw ValidationError(error.description)
            }
            if score {
                let s = DependencyEvaluation.score(parser, gold: gold)
                out.writeLine("\(file): \(gold.count) sentences")
                out.writeLine(s.description)
                return
            }
            write(DependencyEvaluation.reparse(parser, gold), to: out)
            return
        }
        let pipeline = TextPipeline()
        var failed = false
        DocumentReader().read(bytes: bytes, name: file == "-" ? DocumentReader.standardInputName : file) { result in
            switch result {
            case .failure(let error):
                StandardError.print(error.description)
                failed = true
            case .success(let doc):
                var sentences: [CoNLLUSentence] = []
                for (n, sentence) in pipeline.sentences(in: doc).enumerated() where !sentence.tokens.isEmpty {
                    let parse = parser.parse(sentence)
                    let words = parse.words.enumerated().map { i, w in
                        CoNLLUWord(id: i + 1, form: w.form, upos: w.upos, xpos: w.xpos, head: w.head + 1, deprel: w.relation)
                    }
                    var comments = ["sent_id = \(doc.id)-\(n + 1)", "text = \(sentence.text)"]
                    if n == 0 { comments.insert("newdoc id = \(doc.id)", at: 0) }
                    sentences.append(CoNLLUSentence(comments: comments, words: words))
                }
                write(sentences, to: out)
            }
        }
        if failed { throw ExitCode(1) }
    }

    func write(_ sentences: [CoNLLUSentence], to out: OutputBuffer) {
        switch format {
        case .conllu:
            out.write(Array(CoNLLU.write(sentences).utf8))
        case .table:
            for s in sentences {
                if let t = s.comment("text") { out.writeLine("# \(t)") }
                let width = min(24, s.words.map(\.form.count).max() ?? 4)
                for w in s.words {
                    let head = w.head == 0 ? "root" : "\(w.head) \(s.words[w.head - 1].form)"
                    out.writeLine([String(w.id).padding(3), w.form.padding(width), w.xpos.padding(5), w.upos.padding(6),
                                   w.deprel.padding(11), head].joined(separator: " "))
                }
                out.writeLine("")
            }
        }
    }

    /// True when the first non-comment, non-blank line has ten tab-separated columns.
    static func looksLikeCoNLLU(_ text: String) -> Bool {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(50) {
            if line.hasPrefix("#") { continue }
            return line.split(separator: "\t", omittingEmptySubsequences: false).count == 10
        }
        return false
    }
}

private extension String {
    func padding(_ n: Int) -> String {
        count >= n ? self : self + String(repeating: " ", count: n - count)
    }
}
