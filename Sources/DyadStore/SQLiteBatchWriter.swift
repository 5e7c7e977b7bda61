import DyadCoder
import DyadText
import GRDB

/// Writes one batch of coded documents into an open write transaction: the
/// documents, their sentences and mentions, and the aggregated events they
/// add to.
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
/// is it compared and rewritten (it is in four indices).
struct SQLiteBatchWriter {
    let db: Database
    let windowDays: Int
    /// Where bound text lives while a statement runs (owned by the store, reused by every batch).
    let arena: BindingArena
    private let storedRows, insertDocument, insertSentence, insertMention, insertActor: Statement
    private let insertEvent, outletKnown, addToEvent: Statement

    init(db: Database, windowDays: Int, arena: BindingArena) throws {
        self.db = db
        self.windowDays = windowDays
        self.arena = arena
        storedRows = try db.cachedStatement(sql: "SELECT first_mention, last_mention FROM documents WHERE id = ?")
        insertDocument = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO documents(id, content_hash, dictionary_version, date, title, outlet, url, author,
                origin, text, sentence_count, mention_count, first_mention, last_mention)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        insertSentence = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sentences(doc_id, sentence_index, text) VALUES (?,?,?)")
        insertMention = try db.cachedStatement(sql: """
            INSERT INTO mentions(rowid, doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet, url,
                rule, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        insertActor = try db.cachedStatement(sql: """
            INSERT INTO actors(code, country, sector, name) VALUES (?,?,?,?)
            ON CONFLICT(code) DO UPDATE SET name = min(coalesce(name, excluded.name), coalesce(excluded.name, name))
            """)
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
        var lostMentions = Set<String>()
        // Keyed by the id's hash: cheaper to hash and sort than the hex id itself.
        var gains: [UInt64: EventGain] = [:]
        var kept: [(mentions: [Mention], firstRow: Int)] = []
        // Mentions are appended: each document's get the next run of rowids.
        var nextRow = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(rowid), 0) + 1 FROM mentions")) ?? 1
        for (k, coded) in documents.enumerated() {
            let mentions = Self.mentions(of: coded, windowDays: windowDays)
            try replaceDocumentRow(coded, rows: nextRow..<(nextRow + mentions.count), lostMentions: &lostMentions)
            // Events are read in place (an array element passed along is copied, a retain per field).
            coded.events.withUnsafeBufferPointer { events in
                for m in mentions {
                    gains[m.eventHash, default: EventGain(id: m.eventID, document: k, event: m.index, bucket: m.bucket)]
                        .add(date: events[m.index].date, sentence: events[m.index].sentenceIndex, document: k,
                             coded.document)
                }
            }
            kept.append((mentions, nextRow))
            nextRow += mentions.count
        }
        // Before the batch's mentions are stored, so that "is this outlet new to the event"
        // is a question about the stored mentions alone.
        for key in gains.keys.sorted() {
            guard let gain = gains[key] else { continue }
            let id = gain.id
            try documents[gain.document].events.withUnsafeBufferPointer { events in
                let first = events.baseAddress! + gain.event
                if lostMentions.contains(id) {
                    try insertIfAbsent(id, gain, first)
                } else {
                    try add(gain, first, to: id)
                }
            }
        }
        for (coded, k) in zip(documents, kept) {
            try writeMentions(coded, k.mentions, firstRow: k.firstRow, knownActors: &knownActors)
        }
        for id in lostMentions.sorted() { try recount(id) }
    }

    /// Removes what an earlier coding of the document stored and writes its row (the "done" marker),
    /// which names the rowids its mentions will have.
    private func replaceDocumentRow(_ coded: CodedDocument, rows: Range<Int>, lostMentions: inout Set<String>) throws {
        let d = coded.document
        let stored = try storedRows.firstRow({ $0.text(d.id) }) { row in (row.int(0), row.int(1)) }
        if let stored {
            if let first = stored.0, let last = stored.1 {
                let range: StatementArguments = [first, last]
                lostMentions.formUnion(try String.fetchAll(db.cachedStatement(
                    sql: "SELECT event_id FROM mentions WHERE rowid BETWEEN ? AND ?"), arguments: range))
                try db.cachedStatement(sql: "DELETE FROM mentions WHERE rowid BETWEEN ? AND ?").execute(arguments: range)
            }
            try db.cachedStatement(sql: "DELETE FROM sentences WHERE doc_id = ?").execute(arguments: [d.id])
        }
        try insertDocument.run(in: arena) { b in
            b.text(d.id); b.text(coded.contentHash); b.text(coded.dictionaryVersion); b.text(d.date?.description)
            b.text(d.title); b.text(d.outlet); b.text(d.url); b.text(d.author); b.text(d.origin?.description)
            b.text(d.text); b.int(coded.sentenceCount); b.int(coded.events.count)
            b.int(rows.isEmpty ? nil : rows.lowerBound); b.int(rows.isEmpty ? nil : rows.upperBound - 1)
        }
    }

    /// One stored mention: the index of a coded event in its document, and its aggregated event
    /// (id and date window).
    struct Mention {
        var index: Int
        var eventID: String
        var eventHash: UInt64
        var bucket: Int?
    }

    /// The document's events to store, once each (by the coder's id), with their aggregated events'
    /// ids — the same list feeds the counts and the rows, so the two cannot disagree.
    static func mentions(of coded: CodedDocument, windowDays: Int) -> [Mention] {
        coded.events.withUnsafeBufferPointer { mentions(of: $0, windowDays: windowDays) }
    }

    private static func mentions(of events: UnsafeBufferPointer<Event>, windowDays: Int) -> [Mention] {
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
            out.append(Mention(index: n, eventID: hash.hex, eventHash: hash.value, bucket: bucket))
        }
        return out
    }

    /// Inserts the document's sentences, mentions (rowids from `firstRow` on) and new actors.
    private func writeMentions(_ coded: CodedDocument, _ mentions: [Mention], firstRow: Int,
                               knownActors: inout Set<ActorKey>) throws {
        let d = coded.document
        var lastSentence = -1
        // Fields are read through `coded.events[n]` in place: binding the event to a local would
        // copy the whole struct (a retain per field) for every mention.
        for (row, m) in zip(firstRow..., mentions) {
            let n = m.index, sentenceIndex = coded.events[n].sentenceIndex, date = coded.events[n].date
            if sentenceIndex != lastSentence {
                try insertSentence.run(in: arena) { b in
                    b.text(d.id); b.int(sentenceIndex); b.text(coded.events[n].sentence)
                }
                lastSentence = sentenceIndex
            }
            try insertMention.run(in: arena) { b in
                b.int(row); b.text(d.id); b.int(sentenceIndex); b.text(coded.events[n].id); b.text(m.eventID)
                b.int(date?.dayNumber); b.text(date?.description); b.text(coded.events[n].cameo)
                b.text(coded.events[n].plover); b.text(d.outlet); b.text(d.url); b.text(coded.events[n].rule)
                if let records = coded.records { b.blob(records[n]) } else { b.blob(StoredMention.record(coded.events[n])) }
            }
            try writeActor(coded.events[n].source, knownActors: &knownActors)
            if coded.events[n].target != nil { try writeActor(coded.events[n].target!, knownActors: &knownActors) }
        }
    }

    /// Inserts an actor the first time this process sees it.
    private func writeActor(_ a: EventActor, knownActors: inout Set<ActorKey>) throws {
        guard knownActors.insert(ActorKey(a)).inserted else { return }
        try insertActor.run(in: arena) { b in b.text(a.code); b.text(a.country); b.text(a.sector); b.text(a.name) }
    }

    /// A new event is inserted with the batch's counts; an existing one adds them, counting as new
    /// sources only the outlets none of its stored mentions came from.
    private func add(_ gain: EventGain, _ first: UnsafePointer<Event>, to id: String) throws {
        try insertIfAbsent(id, gain, first)
        guard db.changesCount == 0 else { return }
        var newOutlets = 0
        for outlet in gain.outlets.sorted() where try !outletKnown.hasRow({ $0.text(id); $0.text(outlet) }) {
            newOutlets += 1
        }
        try addToEvent.run(in: arena) { b in
            b.int(gain.mentions); b.int(gain.articles); b.int(newOutlets); b.bool(gain.firstSentence <= 1)
            b.text(gain.url); b.text(id)
        }
        if windowDays > 1, let day = gain.day {
            try db.cachedStatement(sql: "UPDATE events SET day = ?, date = ? WHERE id = ? AND day > ?")
                .execute(arguments: [day, gain.date?.description, id, day])
        }
    }

    /// Inserts the event row with the gain's counts unless it exists; `first` is the gain's first mention
    /// (read in place).
    private func insertIfAbsent(_ id: String, _ gain: EventGain, _ first: UnsafePointer<Event>) throws {
        try insertEvent.run(in: arena) { b in
            b.text(id); b.text(first.pointee.source.code); b.text(first.pointee.source.country)
            b.text(first.pointee.target?.code ?? ""); b.text(first.pointee.target?.country ?? "")
            b.text(first.pointee.cameo); b.text(String(first.pointee.cameo.prefix(2))); b.text(first.pointee.plover)
            b.int(first.pointee.quadClass); b.double(first.pointee.goldstein); b.int(gain.bucket)
            b.int(gain.day); b.text(gain.date?.description); b.int(gain.mentions); b.int(gain.articles)
            b.int(gain.outlets.count); b.bool(gain.firstSentence <= 1); b.text(gain.url)
        }
    }

    /// Recomputes an event's counts and date from its mentions; drops it when it has none.
    private func recount(_ id: String) throws {
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
    /// The aggregated event's id.
    let id: String
    /// Where the batch's first mention of the event is (document and event index): it fills the
    /// event's descriptive columns.
    let document: Int, event: Int
    /// The event's date window (``EventKey/bucket``).
    let bucket: Int?
    var mentions = 0
    var articles = 0
    private var lastDocument = -1
    var outlets: [String] = []
    var day: Int?
    var date: CalendarDate?
    var firstSentence = Int.max
    var url: String?

    init(id: String, document: Int, event: Int, bucket: Int?) {
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
        if let date = eventDate, day.map({ date.dayNumber < $0 }) ?? true {
            day = date.dayNumber
            self.date = date
        }
        firstSentence = min(firstSentence, sentence)
        if let u = d.url, url.map({ u < $0 }) ?? true { url = u }
    }
}

/// An actor as the `actors` table keys it.
struct ActorKey: Hashable {
    var code: String, name: String?
    init(_ a: EventActor) { code = a.code; name = a.name }
}
