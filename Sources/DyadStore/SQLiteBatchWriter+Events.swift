import DyadCoder
import DyadText
import GRDB
import GRDBSQLite

/// The writer's event path: what a batch adds to each aggregated event.
extension SQLiteBatchWriter {
    /// Events go in `eventsPerStatement` rows to a statement, like mentions (see
    /// ``mentionsPerInsert``).
    static let eventsPerStatement = 32

    static let eventColumns = """
        events(id, source_code, source_country, target_code, target_country, cameo, root, plover, quad_class,
            goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root, url)
        """

    /// What a stored event adds from a batch's row: mentions and articles are new by construction
    /// (a batch document is not among a stored event's articles), `num_sources` adds the outlets
    /// new to the event, the root flag and the URL keep their extreme.
    static let addToStoredEvent = """
        ON CONFLICT(id) DO UPDATE SET num_mentions = num_mentions + excluded.num_mentions,
            num_articles = num_articles + excluded.num_articles, num_sources = num_sources + excluded.num_sources,
            is_root = max(is_root, excluded.is_root),
            url = CASE WHEN url IS NULL OR excluded.url < url THEN excluded.url ELSE url END
        """

    /// A row for an event known to be stored: its id and what it adds (mentions, articles, new
    /// outlets, root flag, URL); the other columns are placeholders that only an insert would
    /// keep, and ``writeGains(_:_:knownOutlets:)`` fails the batch if one happens.
    static let storedEventRow = "(?, '', '', '', '', '', '', NULL, 0, 0, NULL, NULL, NULL, ?, ?, ?, ?, ?)"

    /// Writes the gains of events no batch document took mentions from, in key order.
    ///
    /// Which of a gain's outlets are new to its event is settled first, from `knownOutlets`
    /// and, where it cannot say, from the stored mentions (the batch's are not stored yet).
    /// Then each event is written the cheapest way the memory allows: inserted when it is
    /// known to be new, its counts added when it is known to be stored (an upsert binding six
    /// values a row instead of eighteen), and otherwise an upsert with the whole row.
    func writeGains(_ gains: [EventGain], _ documents: [CodedDocument], knownOutlets: inout KnownOutlets) throws {
        var newOutlets: [Int] = []
        newOutlets.reserveCapacity(gains.count)
        var new: [Int] = [], stored: [Int] = [], unsure: [Int] = []
        for (i, gain) in gains.enumerated() {
            newOutlets.append(try countNewOutlets(gain, knownOutlets))
            switch knownOutlets.isStored(event: gain.id) {
            case false?: new.append(i)
            case true?: stored.append(i)
            case nil: unsure.append(i)
            }
        }
        try documents.withUnsafeBufferPointer { docs in
            for (rows, statement) in [(new, insertEvents), (unsure, upsertEvents)] {
                for chunk in rows.chunks(of: Self.eventsPerStatement) {
                    try statement.statement(rows: chunk.count).run(in: arena) { b in
                        for i in chunk {
                            docs[gains[i].document].events.withUnsafeBufferPointer { events in
                                bindEvent(&b, gains[i], sources: newOutlets[i], events.baseAddress! + gains[i].event)
                            }
                        }
                    }
                }
            }
        }
        for chunk in stored.chunks(of: Self.eventsPerStatement) {
            // An upsert that updates leaves the last inserted rowid alone: a sentinel that is
            // still there afterwards proves that no placeholder row was inserted.
            var sentinel: Int64 = 0
            while chunk.contains(where: { gains[$0].id == sentinel }) { sentinel += 1 }
            sqlite3_set_last_insert_rowid(db.sqliteConnection, sentinel)
            try addToEvents.statement(rows: chunk.count).run(in: arena) { b in
                for i in chunk {
                    b.int64(gains[i].id); b.int(gains[i].mentions); b.int(gains[i].articles); b.int(newOutlets[i])
                    b.bool(gains[i].firstSentence <= 1); b.text(gains[i].url)
                }
            }
            guard sqlite3_last_insert_rowid(db.sqliteConnection) == sentinel else {
                throw DatabaseError(message: "an event this ingest wrote is missing from the store; nothing of the batch was kept")
            }
        }
        for gain in gains { knownOutlets.recordWritten(event: gain.id, outlets: gain.outlets) }
        // With the default one-day window every mention has its event's day; a wider window
        // may have brought an earlier one (the day is in `events_dyad`, so only then is it set).
        guard windowDays > 1 else { return }
        for gain in gains {
            guard let day = gain.day else { continue }
            try db.cachedStatement(sql: "UPDATE events SET day = ?, date = ? WHERE id = ? AND day > ?")
                .execute(arguments: [day, gain.date?.description, gain.id, day])
        }
    }

    /// How many of the gain's outlets no stored mention of its event came from.
    private func countNewOutlets(_ gain: EventGain, _ knownOutlets: KnownOutlets) throws -> Int {
        var count = 0
        for outlet in gain.outlets {
            switch knownOutlets.lookup(event: gain.id, outlet: outlet) {
            case .known: continue
            case .absent: count += 1
            case .unknown: if try !outletKnown.hasRow({ $0.int64(gain.id); $0.text(outlet) }) { count += 1 }
            }
        }
        return count
    }

    /// Binds one event row: the descriptive columns from `first` (the gain's first mention, read
    /// in place), the counts from the gain, `num_sources` as given.
    private func bindEvent(_ b: inout Statement.Binder, _ gain: EventGain, sources: Int, _ first: UnsafePointer<Event>) {
        b.int64(gain.id); b.text(first.pointee.source.code); b.text(first.pointee.source.country)
        b.text(first.pointee.target?.code ?? ""); b.text(first.pointee.target?.country ?? "")
        b.text(first.pointee.cameo); b.text(String(first.pointee.cameo.prefix(2))); b.text(first.pointee.plover)
        b.int(first.pointee.quadClass); b.double(first.pointee.goldstein); b.int(gain.bucket)
        b.int(gain.day); b.text(gain.date?.description); b.int(gain.mentions); b.int(gain.articles)
        b.int(sources); b.bool(gain.firstSentence <= 1); b.text(gain.url)
    }

    /// Inserts the event row with the gain's counts unless it exists (an event that lost mentions
    /// this batch; it is recounted once the batch's mentions are stored).
    func insertIfAbsent(_ gain: EventGain, _ first: UnsafePointer<Event>) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(Self.eventColumns) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .run(in: arena) { b in bindEvent(&b, gain, sources: gain.outlets.count, first) }
    }

    /// Recomputes an event's counts and date from its mentions; drops it when it has none.
    /// Returns whether the event is still stored.
    func recount(_ id: Int64) throws -> Bool {
        let totals = try db.cachedStatement(sql: """
            SELECT count(*), count(DISTINCT doc_id), count(DISTINCT outlet), min(day), min(date), min(sentence_index), min(url)
            FROM mentions WHERE event_id = ?
            """)
        guard let t = try Row.fetchOne(totals, arguments: [id]), (t[0] as Int) > 0 else {
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ?").execute(arguments: [id])
            return false
        }
        let firstSentence: Int = t[5]
        try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, is_root = ?, url = ? WHERE id = ?
            """).execute(arguments: [t[0] as Int, t[1] as Int, t[2] as Int, firstSentence <= 1, t[6] as String?, id])
        let day: Int? = t[3], date: String? = t[4]
        try db.cachedStatement(sql: "UPDATE events SET day = ?, date = ? WHERE id = ? AND (day IS NOT ? OR date IS NOT ?)")
            .execute(arguments: [day, date, id, day, date])
        return true
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
