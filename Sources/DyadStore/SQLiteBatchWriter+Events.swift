import DyadCoder
import GRDB

/// The writer's event path: what a batch adds to each aggregated event.
extension SQLiteBatchWriter {
    /// Events go in `eventsPerStatement` rows to a statement, like mentions (see
    /// ``mentionsPerInsert``).
    static let eventsPerStatement = 32

    static let eventColumns = """
        events(id, source_code, source_country, target_code, target_country, cameo, root, plover, quad_class,
            goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root, url, flags, last_day)
        """

    /// What a batch adds to events known to be stored, one `(?,?,?,?,?,?,?,?,?,?)` row per event:
    /// its id, mentions and articles (new by construction: a batch document is not among a
    /// stored event's articles), the outlets new to it, its root flag, its smallest URL, the
    /// ``EventFlags`` its mentions share, and its day, date and last day; the root flag and the
    /// URL keep their extreme, the flags what the stored and the new mentions share, and the
    /// date (with its last day) becomes the batch's when it is on the stored day and more
    /// precise (see ``EventGain/date``). The rows follow `FROM (` and ``addToStoredEventsTail``
    /// closes them.
    ///
    /// On one day a more precise date is the greater text (`2018` < `2018-01` < `2018-01-01`),
    /// so no function is needed to compare precisions. `day` is not set here: it is in
    /// `events_dyad`, and setting it would rewrite that index for every row; it moves only
    /// with windows wider than a day (``writeGains(_:_:knownOutlets:)``).
    ///
    /// An `UPDATE OR FAIL` with no function call in it: a statement that writes many rows and
    /// might abort keeps a statement journal (a copy of every page it changes, spilled to a
    /// temporary file past 64 KB), and SQLite counts an upsert's `DO UPDATE`, or any function
    /// such as `max()`, as one that might. As an upsert, this path wrote more bytes to that
    /// file than to the write-ahead log.
    static let addToStoredEventsHead = """
        UPDATE OR FAIL events SET num_mentions = num_mentions + v.column2, num_articles = num_articles + v.column3,
            num_sources = num_sources + v.column4, is_root = (is_root OR v.column5),
            url = CASE WHEN url IS NULL OR v.column6 < url THEN v.column6 ELSE url END, flags = flags & v.column7,
            date = CASE WHEN v.column8 = day AND v.column9 > date THEN v.column9 ELSE date END,
            last_day = CASE WHEN v.column8 = day AND v.column9 > date THEN v.column10 ELSE last_day END
        FROM (
        """

    static let addToStoredEventsTail = ") AS v WHERE events.id = v.column1"

    /// Writes the gains of events no batch document took mentions from, in key order.
    ///
    /// Which of a gain's outlets are new to its event is settled first, from `knownOutlets`
    /// and, where it cannot say, from the stored mentions (the batch's are not stored yet).
    /// Then each event is written the cheapest way: inserted when it is new, its counts added
    /// when it is stored (binding ten values a row instead of twenty). Whether it is stored
    /// is answered by the memory, and otherwise by a lookup in `events`.
    func writeGains(_ gains: [EventGain], _ documents: [CodedDocument], knownOutlets: inout KnownOutlets) throws {
        var newOutlets: [Int] = []
        newOutlets.reserveCapacity(gains.count)
        var new: [Int] = [], stored: [Int] = []
        for (i, gain) in gains.enumerated() {
            newOutlets.append(try countNewOutlets(gain, knownOutlets))
            let isStored = try knownOutlets.isStored(event: gain.id) ?? eventStored.hasRow { $0.int64(gain.id) }
            if isStored { stored.append(i) } else { new.append(i) }
        }
        try documents.withUnsafeBufferPointer { docs in
            for chunk in new.chunks(of: Self.eventsPerStatement) {
                try insertEvents.statement(rows: chunk.count).run(in: arena) { b in
                    for i in chunk { bindEvent(&b, gains[i], sources: newOutlets[i], docs) }
                }
            }
            for chunk in stored.chunks(of: Self.eventsPerStatement) {
                try addToEvents.statement(rows: chunk.count).run(in: arena) { b in
                    for i in chunk {
                        b.int64(gains[i].id); b.int(gains[i].mentions); b.int(gains[i].articles); b.int(newOutlets[i])
                        b.bool(gains[i].firstSentence <= 1); b.text(gains[i].url(in: docs)); b.int(gains[i].flags)
                        b.int(gains[i].day); b.text(gains[i].date?.description); b.int(gains[i].date.map(DateSpan.lastDay(of:)))
                    }
                }
                guard db.changesCount == chunk.count else {
                    throw DatabaseError(message: "an event this ingest wrote is missing from the store; nothing of the batch was kept")
                }
            }
        }
        for gain in gains { knownOutlets.recordWritten(event: gain.id, outletIDs: gain.outlets) }
        // With the default one-day window every mention has its event's day; a wider window
        // may have brought an earlier one (the day is in `events_dyad`, so only then is it set).
        guard windowDays > 1 else { return }
        for gain in gains {
            guard let day = gain.day else { continue }
            try db.cachedStatement(sql: """
                UPDATE events SET day = ?, date = ?, last_day = ? WHERE id = ? AND (day > ? OR (day = ? AND date < ?))
                """).execute(arguments: [day, gain.date?.description, gain.date.map(DateSpan.lastDay(of:)), gain.id, day, day,
                                         gain.date?.description])
        }
    }

    /// How many of the gain's outlets no stored mention of its event came from.
    private func countNewOutlets(_ gain: EventGain, _ knownOutlets: KnownOutlets) throws -> Int {
        var count = 0
        for outlet in gain.outlets {
            switch knownOutlets.lookup(event: gain.id, outletID: outlet) {
            case .known: continue
            case .absent: count += 1
            case .unknown:
                if try !outletKnown.hasRow({ $0.int64(gain.id); $0.text(knownOutlets.outlet(outlet)) }) { count += 1 }
            }
        }
        return count
    }

    /// Binds one event row: the descriptive columns from the gain's first mention and its codes from
    /// the codings ``EventGain/sides`` names (read in place among the batch's `documents`), the
    /// counts from the gain, `num_sources` as given.
    private func bindEvent(_ b: inout Statement.Binder, _ gain: EventGain, sources: Int,
                           _ documents: UnsafeBufferPointer<CodedDocument>) {
        documents[gain.document].events.withUnsafeBufferPointer { events in
            let first = events.baseAddress! + gain.event
            let source = events.baseAddress! + gain.sides.source, target = events.baseAddress! + gain.sides.target
            b.int64(gain.id); b.text(source.pointee.source.code); b.text(source.pointee.source.country)
            b.text(target.pointee.target?.code ?? ""); b.text(target.pointee.target?.country ?? "")
            b.text(first.pointee.cameo); b.text(String(first.pointee.cameo.prefix(2))); b.text(first.pointee.plover)
            b.int(first.pointee.quadClass); b.double(first.pointee.goldstein); b.int(gain.bucket)
            b.int(gain.day); b.text(gain.date?.description); b.int(gain.mentions); b.int(gain.articles)
            b.int(sources); b.bool(gain.firstSentence <= 1); b.text(gain.url(in: documents)); b.int(gain.flags)
            b.int(gain.date.map(DateSpan.lastDay(of:)))
        }
    }

    /// Inserts the event row with the gain's counts unless it exists (an event that lost mentions
    /// this batch; it is recounted once the batch's mentions are stored).
    func insertIfAbsent(_ gain: EventGain, _ documents: UnsafeBufferPointer<CodedDocument>) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(Self.eventColumns) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .run(in: arena) { b in bindEvent(&b, gain, sources: gain.outlets.count, documents) }
    }

    /// Recomputes an event's counts and date from its mentions; drops it when it has none.
    /// Returns whether the event is still stored.
    func recount(_ id: Int64) throws -> Bool {
        let totals = try db.cachedStatement(sql: """
            SELECT count(*), count(DISTINCT doc_id), count(DISTINCT outlet), min(day), NULL, min(sentence_index), min(url)
            FROM mentions WHERE event_id = ?
            """)
        guard let t = try Row.fetchOne(totals, arguments: [id]), (t[0] as Int) > 0 else {
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ?").execute(arguments: [id])
            return false
        }
        let firstSentence: Int = t[5]
        let flags = try Int.fetchAll(db.cachedStatement(sql: "SELECT flags FROM mentions WHERE event_id = ?"), arguments: [id])
            .reduce(EventFlags.all.rawValue, &)
        try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, is_root = ?, url = ?, flags = ? WHERE id = ?
            """).execute(arguments: [t[0] as Int, t[1] as Int, t[2] as Int, firstSentence <= 1, t[6] as String?, flags, id])
        // The event's date: the most precise of the earliest day's (the greatest text, as above).
        let day: Int? = t[3]
        let date = try String.fetchOne(db.cachedStatement(sql: "SELECT max(date) FROM mentions WHERE event_id = ? AND day = ?"),
                                       arguments: [id, day])
        try db.cachedStatement(sql: """
            UPDATE events SET day = ?, date = ?, last_day = ? WHERE id = ? AND (day IS NOT ? OR date IS NOT ?)
            """).execute(arguments: [day, date, DateSpan.lastDay(ofText: date), id, day, date])
        return true
    }
}
