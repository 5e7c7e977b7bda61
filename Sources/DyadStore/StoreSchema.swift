import GRDB

/// The SQLite schema of a dyad store, as a list of migrations.
///
/// A store file records which migrations it has run (GRDB keeps them in
/// `grdb_migrations`), so opening an older file upgrades it in place and a
/// newer dyad never re-runs a step. Add a migration to change the schema;
/// never edit one that has shipped.
///
/// Tables:
///
/// - `documents`: one row per stored document — its metadata, body text (so
///   `dyad recode` can code it again), content hash and the dictionary version
///   it was coded with. The row is the document's "done" marker: it is written
///   in the same transaction as everything coded from the document.
/// - `mentions`: the raw per-sentence codings, one per coded ``Event``, with the
///   coder's id, the aggregated event's row key, the sentence and the evidence
///   (``StoredMention``). A document's mentions are one run of rowids, from its
///   `first_mention` to its `last_mention`.
/// - `sentences`: a view of the sentences that produced a coding (their text
///   is kept with their mentions).
/// - `events`: aggregated events — all mentions with the same source code,
///   target code, CAMEO code and date window — with GDELT-style counts, keyed
///   by the 64 bits of their id (``EventKey/rowKey(_:)``).
/// - `actors`: every actor code seen, with its country and sector.
/// - `actor_countries`: every (actor code, country) pair an event has held, so a
///   query for a full actor code ("ISRMIL") can read the `events_dyad` index
///   of its countries instead of scanning `events`.
/// - `meta`: settings fixed when the store is created (the aggregation window).
///
/// Since `v6` mentions and events carry their ``EventFlags`` (`flags`) and events the last day
/// their date can mean (`last_day`, see ``DateSpan``); since `v7` an event's date is the most
/// precise of its earliest day's.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY,
                    content_hash TEXT NOT NULL,
                    dictionary_version TEXT NOT NULL,
                    date TEXT, title TEXT, outlet TEXT, url TEXT, author TEXT, origin TEXT,
                    text TEXT NOT NULL,
                    sentence_count INTEGER NOT NULL,
                    mention_count INTEGER NOT NULL
                );
                CREATE TABLE sentences (
                    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_index INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (doc_id, sentence_index)
                ) WITHOUT ROWID;
                CREATE TABLE events (
                    id TEXT PRIMARY KEY,
                    source_code TEXT NOT NULL, source_country TEXT NOT NULL,
                    target_code TEXT NOT NULL, target_country TEXT NOT NULL,
                    cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT,
                    quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
                    bucket INTEGER,
                    day INTEGER, date TEXT,
                    num_mentions INTEGER NOT NULL DEFAULT 0,
                    num_articles INTEGER NOT NULL DEFAULT 0,
                    num_sources INTEGER NOT NULL DEFAULT 0,
                    is_root INTEGER NOT NULL DEFAULT 0,
                    url TEXT
                );
                CREATE INDEX events_dyad ON events(source_country, target_country, day, quad_class, goldstein);
                CREATE INDEX events_codes ON events(source_code, target_code, day);
                CREATE INDEX events_target ON events(target_country, source_country, day);
                CREATE INDEX events_day ON events(day);
                CREATE INDEX events_cameo ON events(cameo, day);
                CREATE TABLE mentions (
                    id TEXT PRIMARY KEY,
                    event_id TEXT NOT NULL,
                    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_index INTEGER NOT NULL,
                    day INTEGER, date TEXT,
                    source_code TEXT NOT NULL, target_code TEXT NOT NULL,
                    cameo TEXT NOT NULL, plover TEXT,
                    outlet TEXT, url TEXT, speaker TEXT, rule TEXT NOT NULL,
                    record TEXT NOT NULL
                );
                CREATE INDEX mentions_event ON mentions(event_id);
                CREATE INDEX mentions_doc ON mentions(doc_id);
                CREATE TABLE actors (
                    code TEXT PRIMARY KEY, country TEXT NOT NULL, sector TEXT NOT NULL, name TEXT
                ) WITHOUT ROWID;
                """)
        }
        // v2: a lighter write path. `mentions` becomes a plain rowid table (rows are
        // appended; the coder's id is no longer a unique index) with an (event_id, outlet)
        // index that also counts an event's distinct outlets; `events` is clustered by its
        // id, so a new event is one b-tree insert fewer.
        m.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE mentions_v2 (
                    doc_id TEXT NOT NULL,
                    sentence_index INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    event_id TEXT NOT NULL,
                    day INTEGER, date TEXT,
                    source_code TEXT NOT NULL, target_code TEXT NOT NULL,
                    cameo TEXT NOT NULL, plover TEXT,
                    outlet TEXT, url TEXT, speaker TEXT, rule TEXT NOT NULL,
                    record TEXT NOT NULL
                );
                INSERT INTO mentions_v2 SELECT doc_id, sentence_index, id, event_id, day, date, source_code, target_code,
                    cameo, plover, outlet, url, speaker, rule, record FROM mentions ORDER BY doc_id, sentence_index, id;
                DROP TABLE mentions;
                ALTER TABLE mentions_v2 RENAME TO mentions;
                CREATE INDEX mentions_doc ON mentions(doc_id);
                CREATE INDEX mentions_event ON mentions(event_id, outlet);
                CREATE TABLE events_v2 (
                    id TEXT PRIMARY KEY,
                    source_code TEXT NOT NULL, source_country TEXT NOT NULL,
                    target_code TEXT NOT NULL, target_country TEXT NOT NULL,
                    cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT,
                    quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
                    bucket INTEGER,
                    day INTEGER, date TEXT,
                    num_mentions INTEGER NOT NULL DEFAULT 0,
                    num_articles INTEGER NOT NULL DEFAULT 0,
                    num_sources INTEGER NOT NULL DEFAULT 0,
                    is_root INTEGER NOT NULL DEFAULT 0,
                    url TEXT
                ) WITHOUT ROWID;
                INSERT INTO events_v2 SELECT id, source_code, source_country, target_code, target_country, cameo, root,
                    plover, quad_class, goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root, url
                    FROM events;
                DROP TABLE events;
                ALTER TABLE events_v2 RENAME TO events;
                CREATE INDEX events_dyad ON events(source_country, target_country, day, quad_class, goldstein);
                CREATE INDEX events_codes ON events(source_code, target_code, day);
                CREATE INDEX events_target ON events(target_country, source_country, day);
                CREATE INDEX events_day ON events(day);
                CREATE INDEX events_cameo ON events(cameo, day);
                """)
        }
        // v3: a lighter write path again. Three of the five indices on `events` go, so a new
        // event is three b-tree inserts instead of six: `events_cameo` (no query used it:
        // `--code` matches a prefix with LIKE, which that index cannot serve), `events_target`
        // (for `--actor X` a scan of the table was faster than the OR of two indices, and a
        // timeline reads `events_dyad` in both directions) and `events_day` (`--since` and
        // the day order of a listing now scan the table: about 130 ms per million events,
        // where ingest paid an index insert per event). `mentions` drops the
        // columns its event already holds (source and target codes) or its record does
        // (speaker), and is rewritten in document order so that every document's mentions
        // are one run of rowids, kept in `documents` (`first_mention`, `last_mention`); that
        // run replaces the `mentions(doc_id)` index, one b-tree insert fewer per mention.
        m.registerMigration("v3") { db in
            try db.execute(sql: """
                DROP INDEX events_cameo;
                DROP INDEX events_target;
                DROP INDEX events_day;
                CREATE TABLE mentions_v3 (
                    doc_id TEXT NOT NULL,
                    sentence_index INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    event_id TEXT NOT NULL,
                    day INTEGER, date TEXT,
                    cameo TEXT NOT NULL, plover TEXT,
                    outlet TEXT, url TEXT, rule TEXT NOT NULL,
                    record TEXT NOT NULL
                );
                INSERT INTO mentions_v3 SELECT doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet,
                    url, rule, record FROM mentions ORDER BY doc_id, rowid;
                DROP TABLE mentions;
                ALTER TABLE mentions_v3 RENAME TO mentions;
                CREATE INDEX mentions_event ON mentions(event_id, outlet);
                ALTER TABLE documents ADD COLUMN first_mention INTEGER;
                ALTER TABLE documents ADD COLUMN last_mention INTEGER;
                UPDATE documents SET first_mention = r.first, last_mention = r.last
                    FROM (SELECT doc_id, min(rowid) AS first, max(rowid) AS last FROM mentions GROUP BY doc_id) AS r
                    WHERE r.doc_id = documents.id;
                """)
        }
        // v4: events are keyed by an integer. An event id is 16 hex digits of a 64-bit hash; the
        // table now keys the row by those 64 bits (`id INTEGER PRIMARY KEY`, see
        // `EventKey.rowKey`), so the table is a rowid b-tree and `events_dyad`, `events_codes` and
        // `mentions_event` carry 8-byte integers instead of 16-character strings (SQLite's own
        // work for an event insert about halves; a timeline reads about half the bytes). The
        // sentence text moves into its mentions (a sentence
        // reported one event or two, so little is repeated): one insert fewer per coded
        // sentence. `sentences` stays, as a view.
        m.registerMigration("v4") { db in
            db.add(function: StoreSchema.rowKeyFunction)
            try db.execute(sql: """
                CREATE TABLE events_v4 (
                    id INTEGER PRIMARY KEY,
                    source_code TEXT NOT NULL, source_country TEXT NOT NULL,
                    target_code TEXT NOT NULL, target_country TEXT NOT NULL,
                    cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT,
                    quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
                    bucket INTEGER,
                    day INTEGER, date TEXT,
                    num_mentions INTEGER NOT NULL DEFAULT 0,
                    num_articles INTEGER NOT NULL DEFAULT 0,
                    num_sources INTEGER NOT NULL DEFAULT 0,
                    is_root INTEGER NOT NULL DEFAULT 0,
                    url TEXT
                );
                INSERT INTO events_v4 SELECT dyad_event_row_key(id), source_code, source_country, target_code,
                    target_country, cameo, root, plover, quad_class, goldstein, bucket, day, date, num_mentions,
                    num_articles, num_sources, is_root, url FROM events;
                DROP TABLE events;
                ALTER TABLE events_v4 RENAME TO events;
                CREATE INDEX events_dyad ON events(source_country, target_country, day, quad_class, goldstein);
                CREATE INDEX events_codes ON events(source_code, target_code, day);
                CREATE TABLE mentions_v4 (
                    doc_id TEXT NOT NULL,
                    sentence_index INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    event_id INTEGER NOT NULL,
                    day INTEGER, date TEXT,
                    cameo TEXT NOT NULL, plover TEXT,
                    outlet TEXT, url TEXT, rule TEXT NOT NULL,
                    record TEXT NOT NULL,
                    sentence TEXT NOT NULL
                );
                INSERT INTO mentions_v4(rowid, doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet,
                    url, rule, record, sentence)
                    SELECT m.rowid, m.doc_id, m.sentence_index, m.id, dyad_event_row_key(m.event_id), m.day, m.date,
                        m.cameo, m.plover, m.outlet, m.url, m.rule, m.record, coalesce(s.text, '')
                    FROM mentions m LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index
                    ORDER BY m.rowid;
                DROP TABLE mentions;
                ALTER TABLE mentions_v4 RENAME TO mentions;
                CREATE INDEX mentions_event ON mentions(event_id, outlet);
                DROP TABLE sentences;
                CREATE VIEW sentences(doc_id, sentence_index, text) AS
                    SELECT doc_id, sentence_index, min(sentence) FROM mentions GROUP BY doc_id, sentence_index;
                """)
        }
        // v5: one index fewer on `events`. `events_codes` (source code, target code, day) cost a
        // tenth of the writer's work — every new event paid a b-tree insert into it — and served
        // only queries for full actor codes. Those now read `events_dyad` through the countries
        // the code has appeared with (`actor_countries`, written once per pair and process) and
        // check the code in the table: a timeline of ISRMIL–SYRMIL reads the ISR–SYR range.
        m.registerMigration("v5") { db in
            try db.execute(sql: """
                DROP INDEX events_codes;
                CREATE TABLE actor_countries (
                    code TEXT NOT NULL, country TEXT NOT NULL, PRIMARY KEY (code, country)
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO actor_countries(code, country)
                    SELECT source_code, source_country FROM events
                    UNION SELECT target_code, target_country FROM events WHERE target_code != '';
                """)
        }
        registerV6(&m)
        registerV7(&m)
        return m
    }

    /// `dyad_event_row_key(id)`: an event id's row key (``EventKey/rowKey(_:)``), for the v4
    /// migration; an id that is not hex digits stops the migration with its value.
    static let rowKeyFunction = DatabaseFunction("dyad_event_row_key", argumentCount: 1, pure: true) { values in
        let id = String.fromDatabaseValue(values[0])
        guard let key = id.flatMap(EventKey.rowKey) else {
            throw DatabaseError(message: "event id '\(id ?? "\(values[0])")' is not 1–16 hex digits; this store was not written by dyad")
        }
        return key
    }
}
