import DyadCoder
import DyadText
import Foundation

/// Codes documents on all cores and writes them to an ``EventStore`` in
/// batched transactions.
///
/// Feed documents with ``add(_:)`` (in corpus order) and read errors with
/// ``addError(_:)``; call ``finish()`` at the end. Three kinds of thread work
/// at once, so no core waits for another stage:
///
/// 1. the caller's thread reads, and every ``Options/batchSize`` documents
///    asks the store which of them it already holds with the same content
///    hash and dictionary version, and skips those (this is what makes a
///    re-run after a crash finish the work without duplicates);
/// 2. ``Options/jobs`` coding threads code the rest, document by document,
///    while the caller reads on — ``EventCoder`` is an immutable value, so
///    every thread shares one;
/// 3. one writer thread writes each batch, in input order, while the next
///    batch is being read and coded; it commits every
///    ``Options/batchesPerCommit`` batches, a transaction that has been open
///    ``Options/secondsPerCommit`` seconds, and at the end.
///
/// A document is therefore either fully stored with its "done" marker or not
/// at all, and the result does not depend on thread count or timing.
///
/// ```swift
/// let ingester = Ingester(coder: coder, store: store)
/// for doc in docs { try ingester.add(doc) }
/// let summary = try ingester.finish()
/// print(summary.documents, summary.skipped)
/// ```
public final class Ingester {
    public let coder: EventCoder
    public let store: any EventStore
    public let options: Options
    /// Called after every batch with the running totals.
    public var progress: ((IngestSummary) -> Void)?
    public private(set) var summary = IngestSummary()
    private var pending: [Document] = []
    private let started = Date()
    private let writer = DispatchQueue(label: "dyad.ingest.writer")
    private let writing = DispatchGroup()
    private let writeFailure = FailureBox()
    /// Documents coded (in input order) and not yet handed to the writer.
    private var coded: [CodedDocument] = []
    /// Sizes of the batches being coded, oldest first: where the coded documents are cut into batches.
    private var codingBatches: [Int] = []
    /// Batches handed to the writer: it commits after every ``Options/batchesPerCommit``-th.
    private var batchesWritten = 0
    /// The writer's open transaction (touched on the writer's queue only).
    private let transaction = OpenTransaction()
    /// A whole batch of jobs fits in the window, so the reading thread hands a batch over and
    /// reads the next one while the workers code it; with a smaller window it would wait in
    /// `submit` until the batch's last job started, and the workers would idle while it read on.
    private lazy var coding = OrderedPipeline<[CodedDocument]>(
        workers: options.jobs,
        window: (options.batchSize + Self.documentsPerJob - 1) / Self.documentsPerJob + 4 * options.jobs
    ) { [unowned self] in
        self.collect($0)
    }

    /// How the ingester works.
    public struct Options: Sendable {
        /// Documents per batch: a batch is coded, then written as one atomic unit.
        public var batchSize: Int = Options.defaultBatchSize
        /// Batches per commit: the writer commits every this many batches, a transaction that
        /// has been open ``secondsPerCommit`` seconds, and at the end.
        public var batchesPerCommit: Int = Options.defaultBatchesPerCommit
        /// The longest a transaction stays open, however slowly batches come: while it is
        /// open, no other process can write to the store (SQLite lets one write at a time,
        /// and a waiting writer gives up after 10 seconds).
        public var secondsPerCommit: TimeInterval = Options.defaultSecondsPerCommit
        /// Threads that code in parallel (the writer has a thread of its own).
        public var jobs: Int = Options.defaultJobs
        /// Re-code documents even when they are stored up to date (`dyad recode --all`).
        public var force = false

        /// One coding thread per core. The writer's thread shares them: it needs less
        /// time than coding does, and a core kept for it alone would idle most of the run.
        public static var defaultJobs: Int { max(ProcessInfo.processInfo.activeProcessorCount, 1) }

        /// 4,096 documents per batch. When every batch was its own transaction, 4,096 took 12%
        /// less CPU than 1,024 on 100,000 documents (half the system time: every commit writes
        /// each page it changed, and index inserts land on pages all over the file); larger
        /// batches gained nothing more and held more memory. Commits are now fewer still
        /// (``defaultBatchesPerCommit``) without holding more documents in memory.
        public static let defaultBatchSize = 4096

        /// Four batches to a commit. A commit writes every page the batches changed, and the
        /// indices' pages are the same ones from batch to batch, so committing every fourth
        /// batch writes them a quarter as often: on 100,000 documents the writer took a sixth
        /// less CPU than with a commit per batch. A kill loses the uncommitted batches' work,
        /// which the next run does again.
        public static let defaultBatchesPerCommit = 4

        /// Five seconds: well inside the 10 seconds a waiting writer gives up after.
        public static let defaultSecondsPerCommit: TimeInterval = 5

        public init(batchSize: Int = Options.defaultBatchSize, jobs: Int = Options.defaultJobs, force: Bool = false,
                    batchesPerCommit: Int = Options.defaultBatchesPerCommit,
                    secondsPerCommit: TimeInterval = Options.defaultSecondsPerCommit) {
            self.batchSize = max(batchSize, 1)
            self.batchesPerCommit = max(batchesPerCommit, 1)
            self.secondsPerCommit = max(secondsPerCommit, 0)
            self.jobs = max(jobs, 1)
            self.force = force
        }
    }

    public init(coder: EventCoder, store: any EventStore, options: Options = Options()) {
        self.coder = coder
        self.store = store
        self.options = options
    }

    /// Queues a document; starts coding a batch when one is full.
    public func add(_ document: Document) throws {
        pending.append(document)
        if pending.count >= options.batchSize { try flush() }
    }

    /// Records a document that could not be read (reported in the summary, nothing stored).
    public func addError(_ error: InputError) {
        summary.errors.append(error)
    }

    /// Codes and writes everything queued, waits for the writer and returns the totals.
    @discardableResult
    public func finish() throws -> IngestSummary {
        try flush()
        coding.finish()
        try waitForWriter()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Ends the current batch: skips what is stored up to date and starts coding the rest.
    /// The batch is written once it is coded; ``finish()`` waits for that.
    public func flush() throws {
        if let error = writeFailure.error { throw error }
        guard !pending.isEmpty else { return }
        let batch = Self.lastOfEachID(pending)
        summary.duplicateIDs += pending.count - batch.count
        pending.removeAll(keepingCapacity: true)
        let version = coder.lexicon.version
        let hashes = batch.map(ContentHash.of)
        let states = options.force ? [:] : try store.codingStates(of: batch.map(\.id))
        var todo: [(Document, String)] = []
        for (doc, hash) in zip(batch, hashes) {
            if let s = states[doc.id], s.contentHash == hash, s.dictionaryVersion == version {
                summary.skipped += 1
            } else {
                todo.append((doc, hash))
            }
        }
        guard !todo.isEmpty else { progress?(summary); return }
        // The batch's size is known before its first document can come back coded.
        codingBatches.append(todo.count)
        let coder = self.coder
        // A few documents per job: one job per document would cost a wake-up of a thread each.
        for slice in todo.chunks(of: Self.documentsPerJob) {
            let part = Array(slice)
            coding.submit {
                part.map { doc, hash in
                    let r = coder.codeCounting(doc)
                    var coded = CodedDocument(document: doc, contentHash: hash, dictionaryVersion: version,
                                              sentenceCount: r.sentences, events: r.events,
                                              records: CodedDocument.evidenceRecords(r.events))
                    coded.cutSentences = r.cut
                    return coded
                }
            }
        }
    }

    static let documentsPerJob = 16

    /// Receives coded documents in input order; hands each completed batch to the writer.
    private func collect(_ documents: [CodedDocument]) {
        coded.append(contentsOf: documents)
        while let size = codingBatches.first, coded.count >= size {
            codingBatches.removeFirst()
            let batch = Array(coded.prefix(size))
            coded.removeFirst(size)
            write(batch)
        }
    }

    /// Waits for the previous batch's write (so at most one batch waits in memory), then writes
    /// `batch`, committing every ``Options/batchesPerCommit`` batches.
    private func write(_ batch: [CodedDocument]) {
        batchesWritten += 1
        let commit = batchesWritten % options.batchesPerCommit == 0
        writing.wait()
        let store = self.store, failure = writeFailure, transaction = self.transaction
        let seconds = options.secondsPerCommit
        writing.enter()
        writer.async { [writing, writer] in
            Self.nameThisThread("dyad-writer")
            if failure.error == nil {
                do {
                    try store.store(batch, commit: commit)
                    if commit {
                        transaction.open = nil
                    } else if transaction.open == nil {
                        // Commit it in a few seconds if later batches have not by then.
                        let number = transaction.begin()
                        writer.asyncAfter(deadline: .now() + seconds) {
                            guard transaction.open == number, failure.error == nil else { return }
                            transaction.open = nil
                            do { try store.commit() } catch { failure.set(error) }
                        }
                    }
                } catch {
                    failure.set(error)
                }
            }
            writing.leave()
        }
        for c in batch {
            summary.documents += 1
            summary.sentences += c.sentenceCount
            summary.events += c.events.count
            if c.cutSentences > 0 {
                summary.warnings.append(SentenceSplitter.cutWarning(documentID: c.document.id, count: c.cutSentences))
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        progress?(summary)
    }

    /// Names the calling thread, so that `top -H`, `perf` and `/proc/PID/task/*/comm` show the
    /// writer's share of the CPU (`Benchmarks/ingest-threads.sh` reads it there). The writer's
    /// queue may run on a different pool thread from one batch to the next, so every batch names
    /// its own.
    static func nameThisThread(_ name: String) {
        // Set every time: the name `Thread` remembers is not always the thread's own.
        Thread.current.name = name
    }

    /// Waits until the writer has stored and committed everything handed to it; rethrows its error.
    public func waitForWriter() throws {
        writing.wait()
        if let error = writeFailure.error { throw error }
        let store = self.store, transaction = self.transaction
        try writer.sync {
            transaction.open = nil
            try store.commit()
        }
    }

    /// A batch with one document per id: the last one read wins (as in a re-run, where it replaces the stored one).
    static func lastOfEachID(_ docs: [Document]) -> [Document] {
        var last: [String: Int] = [:]
        for (i, d) in docs.enumerated() { last[d.id] = i }
        if last.count == docs.count { return docs }
        return docs.enumerated().filter { last[$0.element.id] == $0.offset }.map(\.element)
    }
}

/// Totals of an ingest run.
public struct IngestSummary: Sendable {
    /// Documents coded and stored in this run.
    public var documents = 0
    public var sentences = 0
    /// Per-sentence codings (mentions) stored in this run.
    public var events = 0
    /// Documents already stored with the same content and dictionaries.
    public var skipped = 0
    /// Records whose id repeated an earlier one in the same batch (the last one was kept).
    public var duplicateIDs = 0
    /// Inputs that could not be read, with their file and line.
    public var errors: [InputError] = []
    /// Documents stored with a caveat, such as over-long sentences cut into pieces.
    public var warnings: [String] = []
    public var seconds: Double = 0

    public init() {}
}

/// Which of the writer's transactions is open, if one is: a number per transaction, so
/// that a delayed commit can tell whether the transaction it was meant for is still open.
/// Touched on the writer's queue only.
final class OpenTransaction: @unchecked Sendable {
    private(set) var count = 0
    var open: Int?

    /// Numbers a newly opened transaction and records it as open.
    func begin() -> Int {
        count += 1
        open = count
        return count
    }
}

/// The first error of the writer thread.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ e: any Error) {
        lock.lock()
        if stored == nil { stored = e }
        lock.unlock()
    }

    var error: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
