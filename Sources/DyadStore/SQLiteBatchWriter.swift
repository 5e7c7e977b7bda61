import DyadCoder
import DyadText
import GRDB

/// Writes one batch of coded documents into an open write transaction: the
/// documents, their mentions (each with its sentence), and the aggregated
/// events they add to.
///
/// Aggregates are always a function of the stored mentions alone (so the
/// order documents arrive in cannot change them), but the writer avoids
/// recounting them from `mentions` where it can:
///
/// - An event that no stored mention of a batch document belonged to only
///   *gains* mentions from this batch. Its counts are summed in memory
///   (``EventGain``) and written as one row of a multi-row statement: a new
///   event is inserted with its counts, an existing one adds the batch's
///   mentions and articles (a batch document cannot already be counted among
///   the event's articles) and the outlets new to it. Which outlets are new,
///   and whether the event is stored at all, is answered by ``KnownOutlets``
///   for the events this process wrote, and otherwise by the `(event_id,
///   outlet)` index and a lookup in `events` (`SQLiteBatchWriter+Events.swift`).
/// - An event that lost mentions — a changed document re-coded — is
///   recounted from `mentions` after the batch is written, and dropped when
///   nothing reports it any more.
///
/// An event's date is its mentions' earliest day, written as precisely as
/// any mention on that day gives it (`2018-01-01` rather than `2018-01`), so
/// it does not depend on the order documents are ingested. With the default
/// one-day window every mention of an event has the event's own day, so only
/// the precision can change; the day moves only for wider windows, and only
/// then is it compared and rewritten (it is in `events_dyad`).
struct SQLiteBatchWriter {
    let db: Database
    let windowDays: Int
    /// Where bound text lives while a statement runs (owned by the store, reused by every batch).
    let arena: BindingArena
    private let storedRows, insertNewDocument, replaceDocument, insertActor, insertActorCountry: Statement
    /// Whether a stored mention of an event came from an outlet (`event_id`, `outlet`).
    let outletKnown: Statement
    /// Whether an event is stored (`id`).
    let eventStored: Statement
    private let insertMentions: MultiRowStatement
    /// The two ways a batch writes its events (see ``writeGains(_:_:knownOutlets:)``).
    let insertEvents, addToEvents: MultiRowStatement

    init(db: Database, windowDays: Int, arena: BindingArena) throws {
        self.db = db
        self.windowDays = windowDays
        self.arena = arena
        storedRows = try db.cachedStatement(sql: "SELECT first_mention, last_mention FROM documents WHERE id = ?")
        let documentColumns = """
            documents(id, content_hash, dictionary_version, date, title, outlet, url, author, origin, text,
                sentence_count, mention_count, first_mention, last_mention) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """
        insertNewDocument = try db.cachedStatement(sql: "INSERT INTO \(documentColumns) ON CONFLICT(id) DO NOTHING")
        replaceDocument = try db.cachedStatement(sql: "INSERT OR REPLACE INTO \(documentColumns)")
        insertActor = try db.cachedStatement(sql: """
            INSERT INTO actors(code, country, sector, name) VALUES (?,?,?,?)
            ON CONFLICT(code) DO UPDATE SET name = min(coalesce(name, excluded.name), coalesce(excluded.name, name))
            """)
        insertActorCountry = try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor_countries(code, country) VALUES (?,?)")
        outletKnown = try db.cachedStatement(sql: "SELECT 1 FROM mentions WHERE event_id = ? AND outlet = ? LIMIT 1")
        eventStored = try db.cachedStatement(sql: "SELECT 1 FROM events WHERE id = ?")
        insertMentions = try MultiRowStatement(db: db, head: """
            INSERT OR FAIL INTO mentions(rowid, doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet, url,
                rule, record, sentence, flags)
            """, columns: 15, rowsPerStatement: Self.mentionsPerInsert)
        insertEvents = try MultiRowStatement(db: db, head: "INSERT OR FAIL INTO \(Self.eventColumns)", columns: 20,
                                             rowsPerStatement: Self.eventsPerStatement)
        addToEvents = try MultiRowStatement(db: db, head: Self.addToStoredEventsHead, columns: 10,
                                            rowsPerStatement: Self.eventsPerStatement, tail: Self.addToStoredEventsTail)
    }

    /// Writes `documents`. `knownActors` holds the actors this process has already written and
    /// `knownOutlets` the outlets of the events it has written (both are kept up to date).
    func write(_ documents: [CodedDocument], knownActors: inout Set<ActorKey>, knownOutlets: inout KnownOutlets) throws {
        var lostMentions = Set<Int64>()
        let codings = documents.reduce(0) { $0 + $1.events.count }
        // Keyed by the event's row key (``EventKey/rowKey(_:)``). Sized up front: grown step by
        // step, the table was copied at every doubling, each time into freshly mapped memory.
        var gains = [Int64: EventGain](minimumCapacity: codings)
        var batchMentions: [Mention] = []
        batchMentions.reserveCapacity(codings)
        // Mentions are appended: each document's get the next run of rowids.
        let firstRow = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(rowid), 0) + 1 FROM mentions")) ?? 1
        var nextRow = firstRow
        let urlRanks = documents.withUnsafeBufferPointer(URLRanks.init)
        for (k, coded) in documents.enumerated() {
            let mentions = Self.mentions(of: coded, document: k, windowDays: windowDays)
            try replaceDocumentRow(coded, rows: nextRow..<(nextRow + mentions.count), lostMentions: &lostMentions)
            // The document's outlet is interned once: its events' gains carry the id.
            let outlet = coded.document.outlet.map { knownOutlets.id(of: $0) } ?? 0
            let urlRank = urlRanks[k]
            // Events are read in place (an array element passed along is copied, a retain per field).
            coded.events.withUnsafeBufferPointer { events in
                for m in mentions {
                    gains[m.event, default: EventGain(id: m.event, document: k, event: m.index, bucket: m.bucket,
                                                      sides: m.keySides)]
                        .add(date: events[m.index].date, sentence: events[m.index].sentenceIndex, document: k,
                             outlet: outlet, urlRank: urlRank, flags: m.flags)
                }
            }
            batchMentions += mentions
            nextRow += mentions.count
        }
        // Before the batch's mentions are stored, so that "is this outlet new to the event"
        // is a question about the stored mentions alone.
        var gained: [EventGain] = []
        gained.reserveCapacity(gains.count)
        for key in gains.keys.sorted() {
            guard let gain = gains[key] else { continue }
            if lostMentions.contains(key) {
                // Inserted if need be, and recounted below with the batch's mentions stored.
                try documents.withUnsafeBufferPointer { try insertIfAbsent(gain, $0) }
            } else {
                gained.append(gain)
            }
        }
        try writeGains(gained, documents, knownOutlets: &knownOutlets)
        try writeMentions(documents, batchMentions, firstRow: firstRow, knownActors: &knownActors)
        for id in lostMentions.sorted() {
            if try recount(id) {
                knownOutlets.recordRecounted(event: id)
            } else {
                knownOutlets.forget(event: id)
            }
        }
    }

    /// Writes the document's row (the "done" marker), which names the rowids its mentions will have;
    /// a document stored before first loses what its earlier coding stored.
    private func replaceDocumentRow(_ coded: CodedDocument, rows: Range<Int>, lostMentions: inout Set<Int64>) throws {
        let d = coded.document
        func bind(_ b: inout Statement.Binder) {
            b.text(d.id); b.text(coded.contentHash); b.text(coded.dictionaryVersion); b.text(d.date?.description)
            b.text(d.title); b.text(d.outlet); b.text(d.url); b.text(d.author); b.text(d.origin?.description)
            b.text(d.text); b.int(coded.sentenceCount); b.int(coded.events.count)
            b.int(rows.isEmpty ? nil : rows.lowerBound); b.int(rows.isEmpty ? nil : rows.upperBound - 1)
        }
        // Most documents are new: one insert, no lookup first.
        try insertNewDocument.run(in: arena, bind)
        guard db.changesCount == 0 else { return }
        let stored = try storedRows.firstRow({ $0.text(d.id) }) { row in (row.int(0), row.int(1)) }
        if case let (first?, last?)? = stored {
            let range: StatementArguments = [first, last]
            lostMentions.formUnion(try Int64.fetchAll(db.cachedStatement(
                sql: "SELECT event_id FROM mentions WHERE rowid BETWEEN ? AND ?"), arguments: range))
            try db.cachedStatement(sql: "DELETE FROM mentions WHERE rowid BETWEEN ? AND ?").execute(arguments: range)
        }
        try replaceDocument.run(in: arena, bind)
    }

    /// One stored mention: the index of a coded event in its document, and its aggregated event
    /// (row key and date window).
    struct Mention {
        /// The document's place in the batch.
        var document: Int
        var index: Int
        var event: Int64
        var bucket: Int?
        /// The coding's ``EventFlags``.
        var flags: Int
        /// The codings of the document whose source and target codes key the event: the coding's
        /// own, unless ``GovernmentSectorRule`` joins it to another.
        var keySides: (source: Int, target: Int)
    }

    /// The document's events to store, once each (by the coder's id), with their aggregated events'
    /// ids — the same list feeds the counts and the rows, so the two cannot disagree.
    static func mentions(of coded: CodedDocument, document: Int = 0, windowDays: Int) -> [Mention] {
        coded.events.withUnsafeBufferPointer { mentions(of: $0, document: document, windowDays: windowDays) }
    }

    private static func mentions(of events: UnsafeBufferPointer<Event>, document: Int, windowDays: Int) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(events.count)
        // Documents hold a handful of codings: a scan of the earlier ones beats hashing.
        var seen: Set<String>? = events.count > 16 ? Set(minimumCapacity: events.count) : nil
        let buckets = events.map { e in e.date.map { EventKey.bucket(day: $0.dayNumber, windowDays: windowDays) } }
        for n in events.indices {
            if seen != nil {
                guard seen!.insert(events[n].id).inserted else { continue }
            } else if (0..<n).contains(where: { events[$0].id == events[n].id }) {
                continue
            }
            let bucket = buckets[n]
            let sides = GovernmentSectorRule.keySides(of: n, in: events, buckets: buckets)
            let hash = EventKey.hash(events[sides.source].source.code, events[sides.target].target?.code ?? "",
                                     events[n].cameo, bucket)
            out.append(Mention(document: document, index: n, event: Int64(bitPattern: hash.value), bucket: bucket,
                               flags: EventFlags(coding: events[n]).rawValue, keySides: sides))
        }
        return out
    }

    /// Mentions go in `mentionsPerInsert` rows to a statement: a statement's fixed cost (start,
    /// cursors, halt) then falls on many rows instead of one. The statement says `OR FAIL`: with
    /// the default `ABORT`, a statement that writes many rows keeps a statement journal (a copy
    /// of every page it touches, spilled to a temporary file past 64 KB) so that it alone can be
    /// undone — which here was five times the write-ahead log's own I/O. A failed write rolls the
    /// whole batch's transaction back anyway.
    static let mentionsPerInsert = 32

    /// Inserts the batch's mentions, in document order, with rowids from `firstRow` on, and new actors.
    private func writeMentions(_ documents: [CodedDocument], _ mentions: [Mention], firstRow: Int,
                               knownActors: inout Set<ActorKey>) throws {
        // Fields are read through a pointer to the event: `docs[k].events[n].field` copies the
        // whole event (a retain and a release for each of its dozens of fields) for every field.
        try documents.withUnsafeBufferPointer { docs in
            for chunk in mentions.indices.chunks(of: Self.mentionsPerInsert) {
                try insertMentions.statement(rows: chunk.count).run(in: arena) { b in
                    for i in chunk {
                        let m = mentions[i], doc = docs.baseAddress! + m.document
                        doc.pointee.events.withUnsafeBufferPointer { events in
                            Self.bindMention(events.baseAddress! + m.index, record: doc.pointee.records?[m.index],
                                             of: doc, row: firstRow + i, event: m.event, flags: m.flags, to: &b)
                        }
                    }
                }
            }
            for m in mentions {
                try docs[m.document].events.withUnsafeBufferPointer { events in
                    // Field by field: passing `e.pointee.source` along would copy the whole actor.
                    let e = events.baseAddress! + m.index
                    let source = ActorKey(code: e.pointee.source.code, name: e.pointee.source.name,
                                          country: e.pointee.source.country)
                    try writeActor(source, sector: e.pointee.source.sector, knownActors: &knownActors)
                    guard let code = e.pointee.target?.code else { return }
                    let target = ActorKey(code: code, name: e.pointee.target?.name, country: e.pointee.target?.country ?? "")
                    try writeActor(target, sector: e.pointee.target?.sector ?? "", knownActors: &knownActors)
                }
            }
        }
    }

    /// Binds one row of `insertMentions`: the coded event `e` of the document `doc`.
    private static func bindMention(_ e: UnsafePointer<Event>, record: [UInt8]?, of doc: UnsafePointer<CodedDocument>,
                                    row: Int, event: Int64, flags: Int, to b: inout Statement.Binder) {
        let date = e.pointee.date
        b.int(row); b.text(doc.pointee.document.id); b.int(e.pointee.sentenceIndex)
        b.text(e.pointee.id); b.int64(event); b.int(date?.dayNumber)
        b.text(date?.description); b.text(e.pointee.cameo)
        b.text(e.pointee.plover); b.text(doc.pointee.document.outlet); b.text(doc.pointee.document.url)
        b.text(e.pointee.rule)
        b.blob(record ?? StoredMention.record(e.pointee))
        b.text(e.pointee.sentence); b.int(flags)
    }

    /// Inserts an actor, and the country its code appeared with, the first time this process sees them.
    private func writeActor(_ a: ActorKey, sector: String, knownActors: inout Set<ActorKey>) throws {
        guard knownActors.insert(a).inserted else { return }
        try insertActor.run(in: arena) { b in b.text(a.code); b.text(a.country); b.text(sector); b.text(a.name) }
        try insertActorCountry.run(in: arena) { b in b.text(a.code); b.text(a.country) }
    }
}

/// What the writer stores about an actor: its code and name (`actors`) and the country the
/// code appeared with (`actor_countries`).
///
/// Hashed by code and country alone: both are short (hashed in place), a code almost always
/// comes with one name, and the writer looks up two actors for every coding it stores.
struct ActorKey: Hashable {
    var code: String, name: String?, country: String

    func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(country)
    }
}
