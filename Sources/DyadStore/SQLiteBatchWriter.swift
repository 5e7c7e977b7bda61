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
///   *gains* mentions from this batch. Its counts are summed in memory and
///   written with one upsert: a new event is inserted with its counts, an
///   existing one adds the batch's mentions and articles (a batch document
///   cannot already be counted among the event's articles) and recounts only
///   its distinct outlets, through the `(event_id, outlet)` index.
/// - An event that lost mentions — a changed document re-coded — is
///   recounted from `mentions` after the batch is written, and dropped when
///   nothing reports it any more.
///
/// With the default one-day window every mention of an event has the event's
/// own day, so the earliest date can only move for wider windows; only then
/// is it compared and rewritten (it is in both of the events' indices).
struct SQLiteBatchWriter {
    let db: Database
    let windowDays: Int
    /// Where bound text lives while a statement runs (owned by the store, reused by every batch).
    let arena: BindingArena
    private let storedRows, insertNewDocument, replaceDocument, insertActor, insertActorCountry: Statement
    private let insertEvent, outletKnown, addToEvent: Statement

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
        insertEvent = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO events(id, source_code, source_country, target_code, target_country, cameo, root,
                plover, quad_class, goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root, url)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        outletKnown = try db.cachedStatement(sql: "SELECT 1 FROM mentions WHERE event_id = ? AND outlet = ? LIMIT 1")
        addToEvent = try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = num_mentions + ?1, num_articles = num_articles + ?2,
                num_sources = num_sources + ?3, is_root = max(is_root, ?4),
                url = CASE WHEN url IS NULL OR ?5 < url THEN ?5 ELSE url END
            WHERE id = ?6
            """)
    }

    /// Writes `documents`; `knownActors` holds the actors this process has already written.
    func write(_ documents: [CodedDocument], knownActors: inout Set<ActorKey>) throws {
        var lostMentions = Set<Int64>()
        // Keyed by the event's row key (``EventKey/rowKey(_:)``).
        var gains: [Int64: EventGain] = [:]
        var batchMentions: [Mention] = []
        // Mentions are appended: each document's get the next run of rowids.
        let firstRow = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(rowid), 0) + 1 FROM mentions")) ?? 1
        var nextRow = firstRow
        for (k, coded) in documents.enumerated() {
            let mentions = Self.mentions(of: coded, document: k, windowDays: windowDays)
            try replaceDocumentRow(coded, rows: nextRow..<(nextRow + mentions.count), lostMentions: &lostMentions)
            // Events are read in place (an array element passed along is copied, a retain per field).
            coded.events.withUnsafeBufferPointer { events in
                for m in mentions {
                    gains[m.event, default: EventGain(id: m.event, document: k, event: m.index, bucket: m.bucket)]
                        .add(date: events[m.index].date, sentence: events[m.index].sentenceIndex, document: k,
                             coded.document)
                }
            }
            batchMentions += mentions
            nextRow += mentions.count
        }
        // Before the batch's mentions are stored, so that "is this outlet new to the event"
        // is a question about the stored mentions alone.
        for key in gains.keys.sorted() {
            guard let gain = gains[key] else { continue }
            try documents[gain.document].events.withUnsafeBufferPointer { events in
                let first = events.baseAddress! + gain.event
                if lostMentions.contains(key) {
                    try insertIfAbsent(gain, first)  // and recounted below, with the batch's mentions stored
                } else {
                    try add(gain, first)
                }
            }
        }
        try writeMentions(documents, batchMentions, firstRow: firstRow, knownActors: &knownActors)
        for id in lostMentions.sorted() { try recount(id) }
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
        for n in events.indices {
            if seen != nil {
                guard seen!.insert(events[n].id).inserted else { continue }
            } else if (0..<n).contains(where: { events[$0].id == events[n].id }) {
                continue
            }
            let bucket = events[n].date.map { EventKey.bucket(day: $0.dayNumber, windowDays: windowDays) }
            let hash = EventKey.hash(events[n].source.code, events[n].target?.code ?? "", events[n].cameo, bucket)
            out.append(Mention(document: document, index: n, event: Int64(bitPattern: hash.value), bucket: bucket))
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
        let head = """
            INSERT OR FAIL INTO mentions(rowid, doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet, url,
                rule, record, sentence)
            """
        // Fields are read through `docs[m.document].events[n]` in place: binding the event to a local
        // would copy the whole struct (a retain per field) for every mention.
        try documents.withUnsafeBufferPointer { docs in
            for start in stride(from: 0, to: mentions.count, by: Self.mentionsPerInsert) {
                let chunk = start..<min(start + Self.mentionsPerInsert, mentions.count)
                try db.insertStatement(head, columns: 14, rows: chunk.count).run(in: arena) { b in
                    for i in chunk {
                        let m = mentions[i], n = m.index, k = m.document
                        let date = docs[k].events[n].date
                        b.int(firstRow + i); b.text(docs[k].document.id); b.int(docs[k].events[n].sentenceIndex)
                        b.text(docs[k].events[n].id); b.int64(m.event); b.int(date?.dayNumber)
                        b.text(date?.description); b.text(docs[k].events[n].cameo)
                        b.text(docs[k].events[n].plover); b.text(docs[k].document.outlet); b.text(docs[k].document.url)
                        b.text(docs[k].events[n].rule)
                        if let records = docs[k].records {
                            b.blob(records[n])
                        } else {
                            b.blob(StoredMention.record(docs[k].events[n]))
                        }
                        b.text(docs[k].events[n].sentence)
                    }
                }
            }
            for m in mentions {
                try writeActor(docs[m.document].events[m.index].source, knownActors: &knownActors)
                if let target = docs[m.document].events[m.index].target { try writeActor(target, knownActors: &knownActors) }
            }
        }
    }

    /// Inserts an actor, and the country its code appeared with, the first time this process sees them.
    private func writeActor(_ a: EventActor, knownActors: inout Set<ActorKey>) throws {
        guard knownActors.insert(ActorKey(a)).inserted else { return }
        try insertActor.run(in: arena) { b in b.text(a.code); b.text(a.country); b.text(a.sector); b.text(a.name) }
        try insertActorCountry.run(in: arena) { b in b.text(a.code); b.text(a.country) }
    }

    /// A new event is inserted with the batch's counts; an existing one adds them, counting as new
    /// sources only the outlets none of its stored mentions came from.
    private func add(_ gain: EventGain, _ first: UnsafePointer<Event>) throws {
        try insertIfAbsent(gain, first)
        guard db.changesCount == 0 else { return }
        let id = gain.id
        var newOutlets = 0
        for outlet in gain.outlets.sorted() where try !outletKnown.hasRow({ $0.int64(id); $0.text(outlet) }) {
            newOutlets += 1
        }
        try addToEvent.run(in: arena) { b in
            b.int(gain.mentions); b.int(gain.articles); b.int(newOutlets); b.bool(gain.firstSentence <= 1)
            b.text(gain.url); b.int64(id)
        }
        if windowDays > 1, let day = gain.day {
            try db.cachedStatement(sql: "UPDATE events SET day = ?, date = ? WHERE id = ? AND day > ?")
                .execute(arguments: [day, gain.date?.description, id, day])
        }
    }

    /// Inserts the event row with the gain's counts unless it exists; `first` is the gain's first mention
    /// (read in place).
    private func insertIfAbsent(_ gain: EventGain, _ first: UnsafePointer<Event>) throws {
        try insertEvent.run(in: arena) { b in
            b.int64(gain.id); b.text(first.pointee.source.code); b.text(first.pointee.source.country)
            b.text(first.pointee.target?.code ?? ""); b.text(first.pointee.target?.country ?? "")
            b.text(first.pointee.cameo); b.text(String(first.pointee.cameo.prefix(2))); b.text(first.pointee.plover)
            b.int(first.pointee.quadClass); b.double(first.pointee.goldstein); b.int(gain.bucket)
            b.int(gain.day); b.text(gain.date?.description); b.int(gain.mentions); b.int(gain.articles)
            b.int(gain.outlets.count); b.bool(gain.firstSentence <= 1); b.text(gain.url)
        }
    }

    /// Recomputes an event's counts and date from its mentions; drops it when it has none.
    private func recount(_ id: Int64) throws {
        let totals = try db.cachedStatement(sql: """
            SELECT count(*), count(DISTINCT doc_id), count(DISTINCT outlet), min(day), min(date), min(sentence_index), min(url)
            FROM mentions WHERE event_id = ?
            """)
        guard let t = try Row.fetchOne(totals, arguments: [id]), (t[0] as Int) > 0 else {
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ?").execute(arguments: [id])
            return
        }
        let firstSentence: Int = t[5]
        try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, is_root = ?, url = ? WHERE id = ?
            """).execute(arguments: [t[0] as Int, t[1] as Int, t[2] as Int, firstSentence <= 1, t[6] as String?, id])
        let day: Int? = t[3], date: String? = t[4]
        try db.cachedStatement(sql: "UPDATE events SET day = ?, date = ? WHERE id = ? AND (day IS NOT ? OR date IS NOT ?)")
            .execute(arguments: [day, date, id, day, date])
    }
}

/// What one batch adds to one aggregated event.
///
/// A batch's documents are added in order, each with all its mentions, so a
/// change of document index is a new article; outlets are few per event and
/// kept in a small list.
struct EventGain {
    /// The aggregated event's row key.
    let id: Int64
    /// Where the batch's first mention of the event is (document and event index): it fills the
    /// event's descriptive columns.
    let document: Int, event: Int
    /// The event's date window (``EventKey/bucket``).
    let bucket: Int?
    var mentions = 0
    var articles = 0
    private var lastDocument = -1
    var outlets: [String] = []
    /// The earliest date of the batch's mentions.
    var date: CalendarDate?
    var day: Int? { date?.dayNumber }
    var firstSentence = Int.max
    var url: String?

    init(id: Int64, document: Int, event: Int, bucket: Int?) {
        self.id = id
        self.document = document
        self.event = event
        self.bucket = bucket
    }

    mutating func add(date eventDate: CalendarDate?, sentence: Int, document k: Int, _ d: Document) {
        mentions += 1
        if k != lastDocument {
            articles += 1
            lastDocument = k
        }
        if let o = d.outlet, !outlets.contains(o) { outlets.append(o) }
        if let date = eventDate, day.map({ date.dayNumber < $0 }) ?? true { self.date = date }
        firstSentence = min(firstSentence, sentence)
        if let u = d.url, url.map({ u < $0 }) ?? true { url = u }
    }
}

/// What the writer stores about an actor: its code and name (`actors`) and the country the
/// code appeared with (`actor_countries`).
struct ActorKey: Hashable {
    var code: String, name: String?, country: String
    init(_ a: EventActor) { code = a.code; name = a.name; country = a.country }
}
