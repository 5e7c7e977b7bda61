import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadStore
import DyadSyntax
import DyadText
import Foundation

/// `--db FILE`, shared by every command that uses the event store.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The event store (a SQLite file, created if absent).", valueName: "file"))
    var db: String = SQLiteEventStore.defaultPath

    /// Opens the store to write into it; `windowDays` applies only when the file is new. An
    /// existing store that SQLite's quick check finds damaged is refused before anything is
    /// written (``StoreError/damaged(path:problems:)``).
    func open(windowDays: Int = 1) throws -> SQLiteEventStore {
        let existed = FileManager.default.fileExists(atPath: db)
        let store = try SQLiteEventStore(path: db, windowDays: windowDays, upgrading: upgradeNotice)
        if existed { try store.refuseIfDamaged() }
        return store
    }

    /// Opens a store that must already exist. To read it (query commands) it is opened
    /// read-only, so a store on read-only media or owned by someone else can be queried; one
    /// made by an older dyad is upgraded first, which needs write access. `toWrite` (recode)
    /// opens it as ``open(windowDays:)`` does.
    func openExisting(toWrite: Bool = false) throws -> SQLiteEventStore {
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("no event store at '\(db)' — run `dyad ingest PATH --db \(db)` first")
        }
        if toWrite { return try open() }
        do {
            return try SQLiteEventStore(path: db, readOnly: true)
        } catch StoreError.needsUpgrade {
            return try SQLiteEventStore(path: db, upgrading: upgradeNotice)
        }
    }

    private func upgradeNotice(_ steps: [String]) {
        StandardError.print("dyad: upgrading the store '\(db)' to the current schema (\(steps.joined(separator: ", "))): "
                            + "once; a store of a million events takes seconds (about 12 s from before v4)")
    }
}

/// The coder every storing command uses: dictionaries from the options, bundled ontology and models.
func makeCoder(_ dictionaries: DictionaryOptions, minConfidence: Double = 0) throws -> EventCoder {
    let set = try dictionaries.loadCheckedSet()
    var options = CodingOptions()
    options.minConfidence = minConfidence
    return try EventCoder.bundled(lexicon: Lexicon(set), options: options)
}

/// `dyad ingest PATH…`: code a corpus into the event store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code folders and files of news (txt, html, jsonl, csv) into the event store.",
        discussion: """
        Folders are read recursively. Documents are coded on all cores and written in batched
        transactions; a document already stored with the same content and dictionary version is
        skipped, so re-running after an interruption finishes the work without duplicates.
        Unreadable records are reported as file:line and skipped; dyad then exits 1. So is a
        document whose id was already read from another file, unless --replace-duplicates.

        Examples:
          dyad ingest archive/ --db news.sqlite
          dyad ingest articles.csv --text-column content --outlet-column publication
        """)

    @Argument(help: "Files and folders to ingest.") var paths: [String]
    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Publication date of plain-text files and undated records (YYYY-MM-DD).", valueName: "date"))
    var date: String?
    @Option(help: "Days per aggregation window; fixed when the store is created.") var windowDays = 1
    @Option(help: "Documents per batch; the writer commits every 4 batches and at the end.") var batchSize = Ingester.Options.defaultBatchSize
    @Option(help: "Threads that code in parallel (default: one per core; the writer has a thread of its own).") var jobs = Ingester.Options.defaultJobs
    @Option(help: "CSV column holding the document id.") var idColumn: String?
    @Option(help: "CSV column holding the article text.") var textColumn: String?
    @Option(help: "CSV column holding the headline.") var titleColumn: String?
    @Option(help: "CSV column holding the publication date.") var dateColumn: String?
    @Option(help: "CSV column holding the outlet.") var outletColumn: String?
    @Option(help: "CSV column holding the author.") var authorColumn: String?
    @Option(help: "CSV column holding the URL.") var urlColumn: String?
    @Flag(help: "Let a document replace one with the same id read earlier from another file (reported as an error otherwise).")
    var replaceDuplicates = false
    @Flag(help: "No progress bar and no summary.") var quiet = false
    @Option(help: ArgumentHelp("Store only events at least this confident (0–1; see docs/accuracy.md).", valueName: "x"))
    var minConfidence = 0.0
    @OptionGroup var dictionaries: DictionaryOptions

    func validate() throws {
        if let date, CalendarDate(date) == nil { throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD") }
        if windowDays < 1 { throw ValidationError("--window-days must be 1 or more") }
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence takes a number from 0 to 1") }
    }

    var columns: CSVDocumentReader.Columns {
        var c = CSVDocumentReader.Columns()
        if let idColumn { c.id = [idColumn] }
        if let textColumn { c.text = [textColumn] }
        if let titleColumn { c.title = [titleColumn] }
        if let dateColumn { c.date = [dateColumn] }
        if let outletColumn { c.outlet = [outletColumn] }
        if let authorColumn { c.author = [authorColumn] }
        if let urlColumn { c.url = [urlColumn] }
        return c
    }

    func run() throws {
        let eventStore = try store.open(windowDays: windowDays)
        let ingester = Ingester(coder: try makeCoder(dictionaries, minConfidence: minConfidence), store: eventStore,
                                options: .init(batchSize: batchSize, jobs: jobs))
        let reader = CorpusReader(defaultDate: date.flatMap(CalendarDate.init), csvColumns: columns)
        let files = reader.files(paths)
        let bar = IngestProgress(enabled: !quiet && StandardError.isTerminal,
                                 total: StandardError.isTerminal ? reader.estimateDocuments(files) : 0)
        ingester.progress = { bar.update($0) }
        var origins = DocumentOrigins()
        func report(_ error: InputError) {
            ingester.addError(error)
            bar.clear()
            StandardError.print(error.description)
        }
        for file in files {
            try reader.read(path: file.path, root: file.root) { result in
                switch result {
                case .success(let doc):
                    guard let earlier = origins.earlierFile(of: doc), !replaceDuplicates else { return try ingester.add(doc) }
                    report(InputError(location: doc.origin ?? SourceLocation(file: file.path),
                                      message: "document id '\(doc.id)' was already read at \(earlier); this one is not stored",
                                      advice: "give the documents distinct ids, or pass --replace-duplicates to store the later one"))
                case .failure(let error):
                    report(error)
                }
            }
        }
        let summary = try ingester.finish()
        bar.clear()
        if !quiet { print(TerminalText.safe(IngestProgress.describe(summary, store: eventStore.path))) }
        if !summary.errors.isEmpty { throw ExitCode(1) }
    }
}

/// The ingest progress bar on stderr: documents done, documents/s and ETA, redrawn in place.
final class IngestProgress {
    let enabled: Bool
    let total: Int

    init(enabled: Bool, total: Int) {
        self.enabled = enabled
        self.total = total
    }

    func update(_ s: IngestSummary) {
        guard enabled else { return }
        let done = s.documents + s.skipped
        let rate = Double(done) / max(s.seconds, 0.001)
        let fraction = total > 0 ? min(Double(done) / Double(total), 1) : 0
        let filled = Int(fraction * 30)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        let eta = rate > 0 && total > done ? "ETA \(Self.clock(Double(total - done) / rate))" : ""
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) docs  \(s.events) events  \(Int(rate)) docs/s  \(eta)\u{1B}[K".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds)
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }

    /// The end-of-run summary.
    static func describe(_ s: IngestSummary, store: String) -> String {
        var text = "\(s.documents) documents coded, \(s.sentences) sentences, \(s.events) events, \(s.skipped) skipped (already stored), "
            + "\(s.errors.count) errors in \(String(format: "%.1f", s.seconds))s → \(store)"
        if s.duplicateIDs > 0 { text += "\n\(s.duplicateIDs) records repeated an id read just before them; the last one was kept" }
        for w in s.warnings { text += "\n  " + w }
        for e in s.errors { text += "\n  error: \(e)" }
        return text
    }
}
