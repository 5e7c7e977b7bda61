import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadStore
import DyadSyntax
import DyadText
import Foundation

/// `--db FILE` of `dyad ingest`, which creates the store.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The event store, a SQLite file, created if absent.", valueName: "file"))
    var db: String = SQLiteEventStore.defaultPath

    /// Opens the store to write into it; `windowDays` applies only when the file is new.
    func open(windowDays: Int = 1) throws -> SQLiteEventStore { try openStoreToWrite(db, windowDays: windowDays) }
}

/// `--db FILE` of the commands that read a store (and `recode`): the store must exist.
struct ExistingStoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The event store, a SQLite file that must exist: `dyad ingest` creates it.", valueName: "file"))
    var db: String = SQLiteEventStore.defaultPath

    /// Opens the store, or says how to make one. To read it (query commands) it is opened
    /// read-only, so a store on read-only media or owned by someone else can be queried; one
    /// made by an older dyad is upgraded first, which needs write access. `toWrite` (recode)
    /// opens it as ``StoreOptions/open(windowDays:)`` does.
    func openExisting(toWrite: Bool = false) throws -> SQLiteEventStore {
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("no event store at '\(db)' — run `dyad ingest PATH --db \(db)` first")
        }
        if toWrite { return try openStoreToWrite(db) }
        do {
            return try SQLiteEventStore(path: db, readOnly: true)
        } catch StoreError.needsUpgrade {
            return try SQLiteEventStore(path: db) { announceUpgrade(of: db, steps: $0) }
        }
    }
}

/// Opens (creating if need be) the store at `path` to write into it, saying on stderr when an
/// older store is upgraded. An existing store that SQLite's quick check finds damaged is
/// refused before anything is written (``StoreError/damaged(path:problems:)``).
func openStoreToWrite(_ path: String, windowDays: Int = 1) throws -> SQLiteEventStore {
    let existed = FileManager.default.fileExists(atPath: path)
    let store = try SQLiteEventStore(path: path, windowDays: windowDays) { announceUpgrade(of: path, steps: $0) }
    if existed { try store.refuseIfDamaged() }
    return store
}

/// Says on stderr why opening the store at `path` waits: it is upgraded by `steps`.
private func announceUpgrade(of path: String, steps: [String]) {
    StandardError.print("dyad: upgrading the store '\(path)' to the current schema (\(steps.joined(separator: ", "))): "
                        + "once; a store of a million events takes seconds (about 12 s from before v4)")
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
        Folders are read recursively. Documents are coded on all cores and written in batched \
        transactions; a document already stored with the same content and dictionary version is \
        skipped, so re-running after an interruption finishes the work without duplicates. \
        Unreadable records are reported as file:line and skipped; dyad then exits 1. So is a \
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
    @Option(help: "Threads that code in parallel; one per core unless given (the writer has a thread of its own).")
    var jobs: Int?
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
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
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
        // A path that is not there is an error, and when nothing is there no store is created.
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        for path in missing { StandardError.print("\(path): no such file or folder") }
        if !missing.isEmpty, missing.count == paths.count { throw ExitCode(1) }
        let eventStore = try store.open(windowDays: windowDays)
        let ingester = Ingester(coder: try makeCoder(dictionaries, minConfidence: minConfidence), store: eventStore,
                                options: .init(batchSize: batchSize, jobs: jobs ?? Ingester.Options.defaultJobs))
        let reader = CorpusReader(defaultDate: date.flatMap(CalendarDate.init), csvColumns: columns)
        let files = reader.files(paths.filter { !missing.contains($0) })
        let bar = ProgressBar(enabled: !quiet && StandardError.isTerminal,
                              total: StandardError.isTerminal ? reader.estimateDocuments(files) : 0)
        ingester.progress = { bar.update($0) }
        let undated = UndatedDocuments()
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
                    guard let earlier = origins.earlierFile(of: doc), !replaceDuplicates else {
                        undated.check(doc)
                        return try ingester.add(doc)
                    }
                    report(InputError(location: doc.origin ?? SourceLocation(file: file.path),
                                      message: "document id '\(doc.id)' was already read at \(earlier); this one is not stored",
                                      advice: "give the documents distinct ids, or pass --replace-duplicates to store the later one"))
                case .failure(let error):
                    report(error)
                }
            }
        }
        let summary = try ingester.finish()
        bar.finish()
        if !quiet { print(TerminalText.safe(IngestReport.describe(summary, store: eventStore.path, undated: undated.count))) }
        if !summary.errors.isEmpty || !missing.isEmpty { throw ExitCode(1) }
    }
}

/// What `dyad ingest` and `dyad recode` print when they finish.
enum IngestReport {
    /// The end-of-run summary; `undated` documents came without a date.
    static func describe(_ s: IngestSummary, store: String, undated: Int = 0) -> String {
        var text = "\(counted(s.documents, "document")) coded, \(counted(s.sentences, "sentence")), \(counted(s.events, "event")), "
            + "\(s.skipped) skipped (already stored), \(counted(s.errors.count, "error")) in \(String(format: "%.1f", s.seconds))s → \(store)"
        if undated > 0 {
            text += "\n\(counted(undated, "document")) had no date and \(undated == 1 ? "was" : "were") stored as undated: "
                + "`dyad timeline` counts their events in its 'undated' row (pass --date YYYY-MM-DD for plain text)"
        }
        if s.duplicateIDs > 0 { text += "\n\(s.duplicateIDs) records repeated an id read just before them; the last one was kept" }
        for w in s.warnings { text += "\n  " + w }
        for e in s.errors { text += "\n  error: \(e)" }
        return text
    }
}
