import DyadCoder
import DyadText

/// What every dyad event store does, whatever holds the data.
///
/// The command-line tool and the library talk to stores only through this
/// protocol, so an embedded SQLite file (``SQLiteEventStore``) and a server
/// database later answer the same questions the same way. A store keeps:
///
/// - documents, with the content hash and dictionary version they were coded with;
/// - mentions: the per-sentence codings (each an ``Event`` from the coder);
/// - aggregated events: mentions of one dyad, CAMEO code and date window,
///   counted like GDELT's NumMentions / NumArticles / NumSources.
///
/// Writes are whole batches of documents: ``store(_:)`` replaces everything a
/// batch's documents contributed, in one transaction with their "done"
/// markers, so a store killed mid-write holds either all of a batch or none
/// of it. A bulk writer (``Ingester``) passes `commit: false`, so that the
/// store may commit several batches at once, and calls ``commit()`` at the end.
public protocol EventStore: Sendable {
    /// The aggregation window in days (fixed when the store is created).
    var windowDays: Int { get }

    /// For each id, the stored content hash and dictionary version; ids not stored are absent.
    func codingStates(of ids: [String]) throws -> [String: DocumentState]

    /// Writes coded documents, in order, as one atomic batch.
    ///
    /// With `commit: true` the batch is durable when the call returns. With
    /// `commit: false` the store may keep it in a transaction it shares with
    /// the batches that follow, and commit them together later: every commit
    /// writes each page it changed, and index pages are changed all over the
    /// file, so a bulk load that commits less often writes far less. A batch
    /// that fails undoes the uncommitted batches stored with it, as a kill
    /// would: a re-run writes them again. Until ``commit()``, queries may not
    /// see batches stored with `commit: false`.
    ///
    /// ```swift
    /// for batch in batches { try store.store(batch, commit: false) }
    /// try store.commit()
    /// ```
    func store(_ documents: [CodedDocument], commit: Bool) throws

    /// Commits the batches that ``store(_:commit:)`` kept open; nothing to do when there are none.
    func commit() throws

    /// Stored documents whose dictionary version differs from `version` (all when `version` is nil), by id.
    func documentIDs(notCodedWith version: String?) throws -> [String]

    /// Stored documents by id, with their text, to code again.
    func documents(ids: [String]) throws -> [Document]

    /// Aggregated events matching `query`, ordered by date then id.
    func events(_ query: EventQuery) throws -> [AggregatedEvent]

    /// Per-sentence codings matching `query`, ordered by date then id.
    func mentions(_ query: EventQuery) throws -> [Event]

    /// One aggregated event and all of its mentions, or nil.
    func event(id: String) throws -> (event: AggregatedEvent, mentions: [Event])?

    /// Ids of events that start with `prefix` (hex digits), at most `limit` of them: `dyad show 3f9a`
    /// finds the one event whose id starts so, and says so when there are several.
    func eventIDs(prefix: String, limit: Int) throws -> [String]

    /// Event counts and Goldstein totals per period for a dyad, both directions.
    func timeline(_ query: TimelineQuery) throws -> Timeline

    /// Actors by number of events they take part in, counting the events `flags` admits.
    func actors(top: Int, flags: FlagFilter) throws -> [ActorActivity]

    /// Whether any stored event has an actor `code` (a country when three letters, else a full code).
    func hasActor(_ code: String) throws -> Bool

    /// Weighted source → target edges.
    func network(_ query: EventQuery) throws -> [NetworkEdge]

    /// Totals: documents, mentions, aggregated events.
    func counts() throws -> StoreCounts
}

extension EventStore {
    /// Writes coded documents, in order, in one transaction, committed on return.
    public func store(_ documents: [CodedDocument]) throws {
        try store(documents, commit: true)
    }
}

/// What a store knows about a document it holds.
public struct DocumentState: Sendable, Hashable {
    public var contentHash: String
    public var dictionaryVersion: String

    public init(contentHash: String, dictionaryVersion: String) {
        self.contentHash = contentHash
        self.dictionaryVersion = dictionaryVersion
    }
}

/// A document with everything the coder made of it, ready to store.
public struct CodedDocument: Sendable {
    public var document: Document
    public var contentHash: String
    public var dictionaryVersion: String
    public var sentenceCount: Int
    public var events: [Event]
    /// Each event's stored evidence record, when already rendered (the ingester renders them on
    /// its coding threads so the single writer has less to do); nil to render at write time.
    public var records: [[UInt8]]?
    /// How many cuts coding made in text without sentence ends (see ``TextPipeline/sentences(in:cut:)``).
    public var cutSentences = 0

    public init(document: Document, contentHash: String, dictionaryVersion: String, sentenceCount: Int, events: [Event],
                records: [[UInt8]]? = nil) {
        self.document = document
        self.contentHash = contentHash
        self.dictionaryVersion = dictionaryVersion
        self.sentenceCount = sentenceCount
        self.events = events
        self.records = records
    }
}

extension CodedDocument {
    /// The records a store keeps for `events` (their evidence; see ``records``), rendered ahead of
    /// the write — on a coding thread, say.
    public static func evidenceRecords(_ events: [Event]) -> [[UInt8]] {
        // Events are read in place: mapping the array itself would copy each one (a retain per field).
        events.withUnsafeBufferPointer { events in
            guard let first = events.baseAddress else { return [] }
            return events.indices.map { EvidenceRecord.encode(at: first + $0) }
        }
    }
}

/// Row counts of a store.
public struct StoreCounts: Sendable, Hashable {
    public var documents: Int
    public var mentions: Int
    public var events: Int

    public init(documents: Int, mentions: Int, events: Int) {
        self.documents = documents
        self.mentions = mentions
        self.events = events
    }
}

/// One aggregated event: every mention of one dyad and CAMEO code in one date window.
public struct AggregatedEvent: Sendable, Hashable, Codable {
    /// Deterministic: a hash of source code, target code, CAMEO code and window (see ``EventKey``).
    public var id: String
    public var sourceCode: String
    public var sourceCountry: String
    /// Empty when the mentions name no target.
    public var targetCode: String
    public var targetCountry: String
    public var cameo: String
    public var plover: String?
    public var quadClass: Int
    public var goldstein: Double
    /// The mentions' earliest day, as precisely as any mention on that day dates it
    /// (`YYYY-MM-DD`, else `YYYY-MM` or `YYYY`), whatever order they were stored in; nil when undated.
    public var date: String?
    /// Number of per-sentence codings (GDELT NumMentions).
    public var numMentions: Int
    /// Number of distinct documents (GDELT NumArticles).
    public var numArticles: Int
    /// Number of distinct outlets (GDELT NumSources).
    public var numSources: Int
    /// True when a mention is in a document's first two sentences (its lead), like GDELT's IsRootEvent.
    public var isRoot: Bool
    /// The URL of the first document (by URL order) reporting the event, when documents have URLs.
    public var url: String?
    /// The flags every mention carries (``EventFlags/names``: `denied`, `alleged`, …); empty for most events.
    public var flags: [String] = []
    /// The name of the person or organization behind each side, the most frequent among the event's own
    /// mentions (ties go to the name that sorts first); nil when no mention names one.
    public var sourceName: String?
    public var targetName: String?

    enum CodingKeys: String, CodingKey {
        case id, sourceCode = "source_code", sourceCountry = "source_country", targetCode = "target_code"
        case targetCountry = "target_country", cameo, plover, quadClass = "quad_class", goldstein, date
        case numMentions = "num_mentions", numArticles = "num_articles", numSources = "num_sources"
        case isRoot = "is_root", url, flags, sourceName = "source_name", targetName = "target_name"
    }
}

/// Filters shared by `events`, `mentions` and `network`. Every field is optional.
///
/// An actor given as three letters (`SYR`) matches the country; a longer code
/// (`SYRMIL`) matches the full actor code.
public struct EventQuery: Sendable, Hashable {
    /// An actor on either side.
    public var actor: String?
    /// With ``actor``: the other side. Alone: an actor on either side.
    public var with: String?
    /// First and last day (inclusive), at any precision: an event counts when every day its date
    /// can mean is inside (``DateSpan``), so `until: 2019-04` takes in all of April and an event
    /// dated only "2019" is outside `since: 2019-03`.
    public var since: CalendarDate?
    public var until: CalendarDate?
    /// A CAMEO code or prefix (`07`, `190`).
    public var cameo: String?
    /// A PLOVER event type (`AID`).
    public var plover: String?
    /// Only events with a mention from this outlet.
    public var outlet: String?
    public var limit: Int?
    /// Which events count by their flags: by default denied, negated and self-directed ones do not.
    public var flags: FlagFilter

    public init(actor: String? = nil, with: String? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil,
                cameo: String? = nil, plover: String? = nil, outlet: String? = nil, limit: Int? = nil,
                flags: FlagFilter = .standard) {
        self.flags = flags
        self.actor = actor
        self.with = with
        self.since = since
        self.until = until
        self.cameo = cameo
        self.plover = plover
        self.outlet = outlet
        self.limit = limit
    }
}

/// The period a timeline groups by.
public enum TimelinePeriod: String, Sendable, CaseIterable {
    case day, week, month, year
}

/// A dyad timeline request: actors `a` and `b`, both directions.
public struct TimelineQuery: Sendable, Hashable {
    public var a: String
    public var b: String
    public var period: TimelinePeriod
    /// First and last day, at any precision, as in ``EventQuery``.
    public var since: CalendarDate?
    public var until: CalendarDate?
    public var flags: FlagFilter

    public init(a: String, b: String, period: TimelinePeriod = .month, since: CalendarDate? = nil, until: CalendarDate? = nil,
                flags: FlagFilter = .standard) {
        self.flags = flags
        self.a = a
        self.b = b
        self.period = period
        self.since = since
        self.until = until
    }
}

/// One period of a dyad timeline.
public struct TimelineRow: Sendable, Hashable, Codable {
    /// `2019-05-13` (day, or the Monday of a week), `2019-05` (month), `2019` (year).
    public var period: String
    /// Events from A to B, and from B to A.
    public var aToB: Int
    public var bToA: Int
    /// Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict.
    public var quad: [Int]
    public var goldsteinSum: Double
    public var events: Int { aToB + bToA }
    public var goldsteinMean: Double { events == 0 ? 0 : goldsteinSum / Double(events) }

    public init(period: String, aToB: Int, bToA: Int, quad: [Int], goldsteinSum: Double) {
        self.period = period
        self.aToB = aToB
        self.bToA = bToA
        self.quad = quad
        self.goldsteinSum = goldsteinSum
    }
}

/// How active an actor is.
public struct ActorActivity: Sendable, Hashable {
    public var code: String
    public var country: String
    public var sector: String
    public var asSource: Int
    public var asTarget: Int
    public var events: Int { asSource + asTarget }
}

/// A weighted edge of the interaction network.
public struct NetworkEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var events: Int
    public var mentions: Int
    public var goldsteinSum: Double
}
