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
    private let documentExists, insertDocument, insertSentence, insertMention, insertActor: Statement
    private let insertEvent, outletKnown, addToEvent: Statement

    init(db: Database, windowDays: Int) throws {
        self.db = db
        self.windowDays = windowDays
        documentExists = try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE id = ?")
        insertDocument = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO documents(id, content_hash, dictionary_version, date, title, outlet, url, author,
                origin, text, sentence_count, mention_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        insertSentence = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sentences(doc_id, sentence_index, text) VALUES (?,?,?)")
        insertMention = try db.cachedStatement(sql: """
            INSERT INTO mentions(doc_id, sentence_index, id, event_id, day, date, source_code, target_code,
                cameo, plover, outlet, url, speaker, rule, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
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
        var gains: [String: EventGain] = [:]
        var kept: [[Mention]] = []
        for coded in documents {
            try replaceDocumentRow(coded, lostMentions: &lostMentions)
            let mentions = Self.mentions(of: coded, windowDays: windowDays)
            for m in mentions {
                let e = coded.events[m.index]
                gains[m.eventID, default: EventGain(e)].add(e, document: coded.document)
            }
            kept.append(mentions)
        }
        // Before the batch's mentions are stored, so that "is this outlet new to the event"
        // is a question about the stored mentions alone.
        for id in gains.keys.sorted() {
            guard let gain = gains[id] else { continue }
            if lostMentions.contains(id) {
                try insertIfAbsent(id, gain)
            } else {
                try add(gain, to: id)
            }
        }
        for (coded, mentions) in zip(documents, kept) { try writeMentions(coded, mentions, knownActors: &knownActors) }
        for id in lostMentions.sorted() { try recount(id) }
    }

    /// Removes what an earlier coding of the document stored and writes its row (the "done" marker).
    private func replaceDocumentRow(_ coded: CodedDocument, lostMentions: inout Set<String>) throws {
        let d = coded.document
        if try documentExists.hasRow({ $0.text(d.id) }) {
            let previous = try String.fetchAll(db.cachedStatement(sql: "SELECT event_id FROM mentions WHERE doc_id = ?"),
                                               arguments: [d.id])
            if !previous.isEmpty {
                lostMentions.formUnion(previous)
                try db.cachedStatement(sql: "DELETE FROM mentions WHERE doc_id = ?").execute(arguments: [d.id])
            }
            try db.cachedStatement(sql: "DELETE FROM sentences WHERE doc_id = ?").execute(arguments: [d.id])
        }
        try insertDocument.run { b in
            b.text(d.id); b.text(coded.contentHash); b.text(coded.dictionaryVersion); b.text(d.date?.description)
            b.text(d.title); b.text(d.outlet); b.text(d.url); b.text(d.author); b.text(d.origin?.description)
            b.text(d.text); b.int(coded.sentenceCount); b.int(coded.events.count)
        }
    }

    /// One stored mention: the index of a coded event in its document, and its aggregated event.
    struct Mention {
        var index: Int
        var eventID: String
    }

    /// The document's events to store, once each (by the coder's id), with their aggregated events'
    /// ids — the same list feeds the counts and the rows, so the two cannot disagree.
    static func mentions(of coded: CodedDocument, windowDays: Int) -> [Mention] {
        var seen = Set<String>()
        return coded.events.enumerated().compactMap { n, e in
            seen.insert(e.id).inserted ? Mention(index: n, eventID: EventKey(e, windowDays: windowDays).id) : nil
        }
    }

    /// Inserts the document's sentences, mentions and new actors.
    private func writeMentions(_ coded: CodedDocument, _ mentions: [Mention], knownActors: inout Set<ActorKey>) throws {
        let d = coded.document
        var lastSentence = -1
        for m in mentions {
            let e = coded.events[m.index], id = m.eventID, n = m.index
            if e.sentenceIndex != lastSentence {
                try insertSentence.run { b in b.text(d.id); b.int(e.sentenceIndex); b.text(e.sentence) }
                lastSentence = e.sentenceIndex
            }
            try insertMention.run { b in
                b.text(d.id); b.int(e.sentenceIndex); b.text(e.id); b.text(id); b.int(e.date?.dayNumber)
                b.text(e.date?.description); b.text(e.source.code); b.text(e.target?.code ?? ""); b.text(e.cameo)
                b.text(e.plover); b.text(d.outlet); b.text(d.url); b.text(e.attribution?.speaker); b.text(e.rule)
                b.text(coded.records?[n] ?? StoredMention.record(e))
            }
            for a in [e.source] + (e.target.map { [$0] } ?? []) where knownActors.insert(ActorKey(a)).inserted {
                try insertActor.run { b in b.text(a.code); b.text(a.country); b.text(a.sector); b.text(a.name) }
            }
        }
    }

    /// A new event is inserted with the batch's counts; an existing one adds them, counting as new
    /// sources only the outlets none of its stored mentions came from.
    private func add(_ gain: EventGain, to id: String) throws {
        try insertIfAbsent(id, gain)
        guard db.changesCount == 0 else { return }
        var newOutlets = 0
        for outlet in gain.outlets.sorted() where try !outletKnown.hasRow({ $0.text(id); $0.text(outlet) }) {
            newOutlets += 1
        }
        try addToEvent.run { b in
            b.int(gain.mentions); b.int(gain.documents.count); b.int(newOutlets); b.bool(gain.firstSentence <= 1)
            b.text(gain.url); b.text(id)
        }
        if windowDays > 1, let day = gain.day {
            try db.cachedStatement(sql: "UPDATE events SET day = ?, date = ? WHERE id = ? AND day > ?")
                .execute(arguments: [day, gain.date, id, day])
        }
    }

    /// Makes sure the event row exists; its counts come from ``recount(_:)``.
    private func insertIfAbsent(_ id: String, _ gain: EventGain) throws {
        let e = gain.first
        try insertEvent.run { b in
            b.text(id); b.text(e.source.code); b.text(e.source.country); b.text(e.target?.code ?? "")
            b.text(e.target?.country ?? ""); b.text(e.cameo); b.text(String(e.cameo.prefix(2))); b.text(e.plover)
            b.int(e.quadClass); b.double(e.goldstein); b.int(EventKey(e, windowDays: windowDays).bucket)
            b.int(gain.day); b.text(gain.date); b.int(gain.mentions); b.int(gain.documents.count)
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
struct EventGain {
    /// The batch's first mention of the event: it fills the event's descriptive columns.
    let first: Event
    var mentions = 0
    var documents = Set<String>()
    var outlets = Set<String>()
    var day: Int?
    var date: String?
    var firstSentence = Int.max
    var url: String?

    init(_ first: Event) { self.first = first }

    mutating func add(_ e: Event, document d: Document) {
        mentions += 1
        documents.insert(d.id)
        if let o = d.outlet { outlets.insert(o) }
        if let n = e.date?.dayNumber, day.map({ n < $0 }) ?? true {
            day = n
            date = e.date?.description
        }
        firstSentence = min(firstSentence, e.sentenceIndex)
        if let u = d.url, url.map({ u < $0 }) ?? true { url = u }
    }
}

/// An actor as the `actors` table keys it.
struct ActorKey: Hashable {
    var code: String, name: String?
    init(_ a: EventActor) { code = a.code; name = a.name }
}
