import DyadCoder
import DyadText
import Foundation

/// Codes documents on all cores and writes them to an ``EventStore`` in
/// batched transactions.
///
/// Feed documents with ``add(_:)`` (in corpus order) and read errors with
/// ``addError(_:)``; call ``finish()`` at the end. Every ``batchSize``
/// documents the ingester:
///
/// 1. asks the store which documents it already holds with the same content
///    hash and dictionary version, and skips those (this is what makes a
///    re-run after a crash finish the work without duplicates);
/// 2. codes the rest concurrently — ``EventCoder`` is an immutable value, so
///    every thread shares one;
/// 3. hands them to a single writer thread, which writes them in batch order
///    in one transaction while the next batch is being coded.
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
    public var options: Options
    /// Called after every batch with the running totals.
    public var progress: ((IngestSummary) -> Void)?
    public private(set) var summary = IngestSummary()
    private var pending: [Document] = []
    private let started = Date()
    private let writer = DispatchQueue(label: "dyad.ingest.writer")
    private let writing = DispatchGroup()
    private let writeFailure = FailureBox()

    /// How the ingester works.
    public struct Options: Sendable {
        /// Documents per transaction.
        public var batchSize: Int = 1024
        /// Threads that code in parallel.
        public var jobs: Int = Options.defaultJobs
        /// Re-code documents even when they are stored up to date (`dyad recode --all`).
        public var force = false

        /// One coding thread per core but one: the writer thread needs the last core.
        public static var defaultJobs: Int { max(ProcessInfo.processInfo.activeProcessorCount - 1, 1) }

        public init(batchSize: Int = 1024, jobs: Int = Options.defaultJobs, force: Bool = false) {
            self.batchSize = max(batchSize, 1)
            self.jobs = max(jobs, 1)
            self.force = force
        }
    }

    public init(coder: EventCoder, store: any EventStore, options: Options = Options()) {
        self.coder = coder
        self.store = store
        self.options = options
    }

    /// Queues a document; codes and writes a batch when one is full.
    public func add(_ document: Document) throws {
        pending.append(document)
        if pending.count >= options.batchSize { try flush() }
    }

    /// Records a document that could not be read (reported in the summary, nothing stored).
    public func addError(_ error: InputError) {
        summary.errors.append(error)
    }

    /// Writes what is queued and returns the totals.
    @discardableResult
    public func finish() throws -> IngestSummary {
        try flush()
        try waitForWriter()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Codes and stores the queued documents.
    public func flush() throws {
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
        let coded = code(todo, version: version)
        try waitForWriter()
        let store = self.store, failure = writeFailure
        writing.enter()
        writer.async { [writing] in
            do { try store.store(coded) } catch { failure.set(error) }
            writing.leave()
        }
        for c in coded {
            summary.documents += 1
            summary.sentences += c.sentenceCount
            summary.events += c.events.count
        }
        summary.seconds = Date().timeIntervalSince(started)
        progress?(summary)
    }

    /// Waits until the writer has stored everything handed to it; rethrows its error.
    public func waitForWriter() throws {
        writing.wait()
        if let error = writeFailure.error { throw error }
    }

    /// Codes documents in parallel; results keep the input order.
    private func code(_ todo: [(Document, String)], version: String) -> [CodedDocument] {
        let coder = self.coder
        let results = ResultSlots<CodedDocument>(count: todo.count)
        let jobs = min(options.jobs, todo.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var i = job
            while i < todo.count {
                let (doc, hash) = todo[i]
                let r = coder.codeCounting(doc)
                let records = CodedDocument.evidenceRecords(r.events)
                results.set(i, CodedDocument(document: doc, contentHash: hash, dictionaryVersion: version,
                                             sentenceCount: r.sentences, events: r.events, records: records))
                i += jobs
            }
        }
        return results.values
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
    public var seconds: Double = 0

    public init() {}
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

/// Fixed slots that threads fill at distinct indices.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var values: [T] { slots.map { $0! } }
}
