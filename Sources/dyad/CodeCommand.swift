import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadStore
import DyadSyntax
import DyadText
import Foundation

/// `dyad code`: read documents, write events.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code events from news text: plain text, JSON Lines document records or HTML pages.",
        discussion: """
        With no FILE, or with -, reads standard input. Input that starts with '{' is read as JSON Lines \
        ({"id","text","date",...} per line); HTML is recognised by its markup; anything else is plain text, \
        one document per file, dated by --date.

        A file that cannot be read (not UTF-8, empty, a malformed JSON line) gets one error line on stderr \
        naming the file and line; every other document is still coded, and dyad exits 1 at the end.
        """)

    @Argument(help: "Files to code ('-' for standard input).") var files: [String] = []

    @Option(help: "Output format.") var format: EventFormat = .jsonl

    @Option(help: ArgumentHelp("Publication date for plain-text input (YYYY-MM-DD); relative dates resolve against it.",
                               valueName: "date"))
    var date: String?

    @Option(help: "How to read the input: auto tells JSON Lines, HTML and plain text apart by their content, and reads *.xml as PETRARCH XML records and *.conllu as CoNLL-U; text, jsonl and html force one.")
    var inputFormat: InputFormat = .auto

    @Flag(help: "Explain every sentence: tokens, tags, actors, clauses, and the dictionary line behind each event.")
    var explain = false

    @Flag(help: "Also emit events whose verb is negated (\"did not attack\"), marked negated.")
    var includeNegated = false

    @Flag(help: "Also emit history the text dates more than a year before the document (\"seized power in 1970\"), flagged background.")
    var includeBackground = false

    @Flag(help: "Print documents, sentences, events, time and sentences per second to stderr at the end.")
    var stats = false

    @Flag(help: "For PETRARCH XML input (*.xml): use each record's Penn Treebank parse instead of dyad's own syntax. CoNLL-U input (*.conllu) always uses its tags.")
    var useParse = false

    @Option(help: "Threads that code in parallel; one per core unless given. Output order never changes.")
    var jobs: Int?

    @Option(help: ArgumentHelp("Emit only events at least this confident (0–1): higher trades recall for precision; see docs/accuracy.md.",
                               valueName: "x"))
    var minConfidence = 0.0

    @OptionGroup var dictionaries: DictionaryOptions

    func validate() throws {
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        let set = try dictionaries.loadCheckedSet()
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence takes a number from 0 to 1") }
        var options = CodingOptions(includeNegated: includeNegated, trace: explain)
        options.minConfidence = minConfidence
        options.includeBackground = includeBackground
        let coder = try EventCoder.bundled(lexicon: Lexicon(set), options: options)
        let reader = DocumentReader(format: inputFormat, defaultDate: date.flatMap(CalendarDate.init))
        let out = OutputBuffer()
        let writer = format.writer
        if !explain, !writer.header.isEmpty { out.writeLine(writer.header) }
        let onTerminal = StandardError.isTerminal
        let progress = ProgressBar(enabled: onTerminal && !explain,
                                   total: onTerminal ? CorpusReader().estimateDocuments(files.filter { $0 != "-" }.map { ($0, nil) }) : 0)
        let undated = UndatedDocuments()
        var total = CodedOutput()
        let started = Date()
        // Reading happens here, coding and rendering on the pipeline's threads,
        // writing here again in input order.
        let pipeline = CodePipeline(workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount) { part in
            if !part.messages.isEmpty { progress.clear() }
            for m in part.messages { StandardError.print(m) }
            out.write(part.bytes)
            total.documents += part.documents
            total.sentences += part.sentences
            total.events += part.events
            total.errors += part.errors
            progress.update(done: total.documents, events: total.events)
        }
        let explain = explain
        // Documents go to the threads a few at a time: one job each would cost a thread wake-up
        // per document.
        var pending: [Result<Document, InputError>] = []
        func submitPending() {
            guard !pending.isEmpty else { return }
            let items = pending
            pending = []
            pipeline.submit {
                var out = CodedOutput()
                for item in items {
                    switch item {
                    case .failure(let error): out.add(error: error.description)
                    case .success(let document): code(document, coder: coder, writer: writer, explain: explain, into: &out)
                    }
                }
                return out
            }
        }
        let handle: (Result<Document, InputError>) -> Void = { result in
            if case .success(let document) = result { undated.check(document) }
            pending.append(result)
            if pending.count == 16 { submitPending() }
        }
        if files.isEmpty || files == ["-"] {
            reader.readStandardInput(handle)
        } else {
            for path in files {
                if PetrarchInput.isParsedInput(path), !explain {
                    submitPending()
                    PetrarchInput.submit(path: path, coder: coder, useParse: useParse, writer: writer, to: pipeline)
                } else if path == "-" { reader.readStandardInput(handle) } else { reader.read(path: path, handle) }
                submitPending()
            }
        }
        submitPending()
        pipeline.finish()
        out.flush()
        let (documents, sentenceCount, eventCount, errors) = (total.documents, total.sentences, total.events, total.errors)
        progress.finish()
        if stats {
            let seconds = Date().timeIntervalSince(started)
            StandardError.print("documents \(documents)  sentences \(sentenceCount)  events \(eventCount)  errors \(errors)  "
                + "seconds \(String(format: "%.3f", seconds))  sentences/s \(Int(Double(sentenceCount) / max(seconds, 1e-9)))")
        }
        // The compiled dictionaries are hundreds of thousands of small objects: let the
        // process exit hand their memory back at once rather than release them one by one.
        _ = Unmanaged.passRetained(Retained(coder))
        if errors > 0 { throw ExitCode(1) }
    }
}

/// A value kept alive until the process exits.
private final class Retained<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Coding jobs run on every core, their output written in input order.
typealias CodePipeline = OrderedPipeline<CodedOutput>

/// Codes one document and appends what it rendered to `out`: its events in `writer`'s
/// format, or with `explain` its sentence traces.
private func code(_ document: Document, coder: EventCoder, writer: any EventWriter, explain: Bool,
                  into out: inout CodedOutput) {
    if explain {
        let (events, trace) = coder.codeWithTrace(document)
        out.count(sentences: 0, events: events.count)
        out.appendLine("== \(document.id)\(document.date.map { " (\($0))" } ?? "")")
        for t in trace { out.appendLine(ExplanationWriter().render(t)) }
    } else {
        let counted = coder.codeCounting(document)
        if counted.cut > 0 { out.messages.append(SentenceSplitter.cutWarning(documentID: document.id, count: counted.cut)) }
        for e in counted.events { writer.appendLine(for: e, to: &out.bytes) }
        out.count(sentences: counted.sentences, events: counted.events.count)
    }
}

extension EventFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
