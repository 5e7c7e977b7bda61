import DyadCoder
import DyadStore
import DyadText
import Foundation

/// Shared helpers: a coder built once, temporary stores, fixture paths and the `dyad` binary.
enum StoreTestSupport {
    static let coder: EventCoder = try! EventCoder.bundled()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// 53 short articles on four dyads, January to June 2019 (see docs/store.md).
    static var corpusPath: String {
        packageRoot.appendingPathComponent("Tests/DyadStoreTests/Fixtures/levant-corpus.jsonl").path
    }

    static var examplePath: String { packageRoot.appendingPathComponent("examples/border-talks.jsonl").path }

    /// A fresh folder under the system temporary directory.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A new empty store in its own temporary folder.
    static func temporaryStore(windowDays: Int = 1) throws -> SQLiteEventStore {
        try SQLiteEventStore(path: temporaryDirectory().appendingPathComponent("test.sqlite").path, windowDays: windowDays)
    }

    /// Documents of a JSON Lines file.
    static func documents(_ path: String) -> [Document] {
        var docs: [Document] = []
        DocumentReader(format: .jsonl).read(path: path) { if case .success(let d) = $0 { docs.append(d) } }
        return docs
    }

    /// Ingests `docs` into `store` in-process.
    @discardableResult
    static func ingest(_ docs: [Document], into store: SQLiteEventStore, batchSize: Int = 16, jobs: Int = 2) throws -> IngestSummary {
        let ingester = Ingester(coder: coder, store: store, options: .init(batchSize: batchSize, jobs: jobs))
        for d in docs { try ingester.add(d) }
        return try ingester.finish()
    }

    /// `doc` coded by the shared coder, as the ingester hands it to a store.
    static func coded(_ doc: Document) -> CodedDocument {
        let r = coder.codeCounting(doc)
        return CodedDocument(document: doc, contentHash: ContentHash.of(doc), dictionaryVersion: "test",
                             sentenceCount: r.sentences, events: r.events)
    }

    /// A one-sentence document.
    static func article(_ id: String, _ date: String, _ outlet: String?, _ text: String) -> Document {
        Document(id: id, text: text, date: CalendarDate(date), outlet: outlet)
    }

    /// Everything that identifies a store's contents: events with their counts, and mention ids.
    static func fingerprint(_ store: SQLiteEventStore) throws -> (events: [String], mentions: [String]) {
        let events = try store.events(EventQuery()).map { "\($0.id) \($0.numMentions) \($0.numArticles) \($0.numSources) \($0.date ?? "-")" }
        let mentions = try store.mentions(EventQuery()).map(\.id)
        return (events.sorted(), mentions.sorted())
    }
}
