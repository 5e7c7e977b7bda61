import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

@Suite struct MigrationTests {
    @Test func aVersionOneStoreUpgradesWithItsEventsAndMentions() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("v1.sqlite").path
        // A store as the first schema left it: one document, its sentence, one mention (with the
        // full event record, as the first schema kept it), one event.
        let (queue, record) = try legacyStore(path, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO meta VALUES ('window_days', '1');
                INSERT INTO documents VALUES ('a', 'h', 'v', '2019-02-11', NULL, 'Levant Wire', NULL, NULL, NULL, 'text', 1, 1);
                INSERT INTO sentences VALUES ('a', 0, 'Israeli warplanes bombed Syrian army positions.');
                INSERT INTO events(id, source_code, source_country, target_code, target_country, cameo, root, plover,
                    quad_class, goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root)
                    VALUES ('e1', 'ISRMIL', 'ISR', 'SYRMIL', 'SYR', '195', '19', 'ASSAULT', 4, -10, 17938, 17938,
                            '2019-02-11', 1, 1, 1, 1);
                INSERT INTO mentions(id, event_id, doc_id, sentence_index, day, date, source_code, target_code, cameo,
                    plover, outlet, rule, record)
                    VALUES ('m1', 'e1', 'a', 0, 17938, '2019-02-11', 'ISRMIL', 'SYRMIL', '195', 'ASSAULT', 'Levant Wire',
                            'rule', ?);
                """, arguments: [record])
        }
        try queue.close()

        let store = try SQLiteEventStore(path: path)
        let shown = try #require(try store.event(id: "e1"))
        #expect(shown.event.numMentions == 1 && shown.event.sourceCode == "ISRMIL")
        #expect(shown.mentions.map(\.cameo) == ["195"])
        #expect(shown.mentions.map(\.sentence) == ["Israeli warplanes bombed Syrian army positions."])
        #expect(try store.counts() == StoreCounts(documents: 1, mentions: 1, events: 1))
        #expect(try store.aggregateDiscrepancies() == [])
    }
}

@Suite struct MigrationV3Tests {
    @Test func aVersionTwoStoreKeepsItsMentionsAndFindsThemByRowRange() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let path = dir.appendingPathComponent("v2.sqlite").path
        // Two documents written through the v2 schema, their mentions interleaved in rowid order.
        let (queue, record) = try legacyStore(path, upTo: "v2")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO meta VALUES ('window_days', '1')")
            for doc in ["a", "b"] {
                try db.execute(sql: """
                    INSERT INTO documents VALUES (?, 'h', 'v', '2019-02-11', NULL, 'Levant Wire', NULL, NULL, NULL,
                        'text', 1, 2);
                    INSERT INTO sentences VALUES (?, 0, 'Israeli warplanes bombed Syrian army positions.');
                    """, arguments: [doc, doc])
            }
            try db.execute(sql: """
                INSERT INTO events(id, source_code, source_country, target_code, target_country, cameo, root, plover,
                    quad_class, goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root)
                    VALUES ('e1', 'ISRMIL', 'ISR', 'SYRMIL', 'SYR', '195', '19', 'ASSAULT', 4, -10, 17938, 17938,
                            '2019-02-11', 4, 2, 1, 1)
                """)
            for (doc, id) in [("a", "m1"), ("b", "m2"), ("a", "m3"), ("b", "m4")] {
                try db.execute(sql: """
                    INSERT INTO mentions(doc_id, sentence_index, id, event_id, day, date, source_code, target_code,
                        cameo, plover, outlet, rule, record)
                        VALUES (?, 0, ?, 'e1', 17938, '2019-02-11', 'ISRMIL', 'SYRMIL', '195', 'ASSAULT', 'Levant Wire',
                                'rule', ?)
                    """, arguments: [doc, id, record])
            }
        }
        try queue.close()

        let store = try SQLiteEventStore(path: path)
        #expect(try store.counts() == StoreCounts(documents: 2, mentions: 4, events: 1))
        #expect(try store.event(id: "e1")?.mentions.map(\.id) == ["m1", "m3", "m2", "m4"])
        #expect(try store.aggregateDiscrepancies() == [])
        // Re-coding "a" replaces exactly its own two mentions.
        let recoded = StoreTestSupport.article("a", "2019-02-11", "Levant Wire", "Lebanon condemned Israel.")
        try StoreTestSupport.ingest([recoded], into: store)
        let left = try #require(try store.event(id: "e1"))
        #expect(left.mentions.map(\.id) == ["m2", "m4"])
        #expect(left.event.numMentions == 2 && left.event.numArticles == 1)
        #expect(try store.aggregateDiscrepancies() == [])
    }
}

@Suite struct MigrationV4Tests {
    /// A v3 store: one document, two sentences, an event with a text id and its two mentions.
    static func versionThreeStore(_ path: String, eventID: String) throws {
        let (queue, record) = try legacyStore(path, upTo: "v3")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO meta VALUES ('window_days', '1');
                INSERT INTO documents VALUES ('a', 'h', 'v', '2019-02-11', NULL, 'Levant Wire', NULL, NULL, NULL,
                    'text', 2, 2, 1, 2);
                INSERT INTO sentences VALUES ('a', 0, 'Israeli warplanes bombed Syrian army positions.');
                INSERT INTO sentences VALUES ('a', 1, 'Israeli jets struck Syrian army posts again.');
                INSERT INTO events(id, source_code, source_country, target_code, target_country, cameo, root, plover,
                    quad_class, goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root)
                    VALUES (?, 'ISRMIL', 'ISR', 'SYRMIL', 'SYR', '195', '19', 'ASSAULT', 4, -10, 17938, 17938,
                            '2019-02-11', 2, 1, 1, 1);
                """, arguments: [eventID])
            for (row, sentence) in [(1, 0), (2, 1)] {
                try db.execute(sql: """
                    INSERT INTO mentions(rowid, doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet,
                        rule, record)
                        VALUES (?, 'a', ?, ?, ?, 17938, '2019-02-11', '195', 'ASSAULT', 'Levant Wire', 'rule', ?)
                    """, arguments: [row, sentence, "m\(row)", eventID, record])
            }
        }
        try queue.close()
    }

    @Test func eventIdsSurviveTheMoveToIntegerKeys() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("v3.sqlite").path
        try Self.versionThreeStore(path, eventID: "d8105afec5baf26b")  // high bit set: a negative row key
        let store = try SQLiteEventStore(path: path)
        let shown = try #require(try store.event(id: "d8105afec5baf26b"))
        #expect(shown.event.id == "d8105afec5baf26b" && shown.event.numMentions == 2)
        #expect(shown.mentions.map(\.id) == ["m1", "m2"])
        #expect(try store.events(EventQuery()).map(\.id) == ["d8105afec5baf26b"])
        #expect(try store.aggregateDiscrepancies() == [])
    }

    @Test func sentencesMoveIntoTheirMentionsAndStayAView() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("v3.sqlite").path
        try Self.versionThreeStore(path, eventID: "5cced54bf20c9cbb")
        let store = try SQLiteEventStore(path: path)
        #expect(try store.event(id: "5cced54bf20c9cbb")?.mentions.map(\.sentence) == [
            "Israeli warplanes bombed Syrian army positions.", "Israeli jets struck Syrian army posts again.",
        ])
        let viewed = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT text FROM sentences WHERE doc_id = 'a' ORDER BY sentence_index")
        }
        #expect(viewed == ["Israeli warplanes bombed Syrian army positions.", "Israeli jets struck Syrian army posts again."])
    }

    @Test func upgradingAnOlderStoreIsAnnouncedOnce() throws {
        let dir = try StoreTestSupport.temporaryDirectory()
        let old = dir.appendingPathComponent("v3.sqlite").path
        try Self.versionThreeStore(old, eventID: "5cced54bf20c9cbb")
        var announced: [[String]] = []
        _ = try SQLiteEventStore(path: old) { announced.append($0) }
        _ = try SQLiteEventStore(path: old) { announced.append($0) }
        #expect(announced == [["v4", "v5", "v6", "v7"]])
        _ = try SQLiteEventStore(path: dir.appendingPathComponent("new.sqlite").path) { announced.append($0) }
        #expect(announced == [["v4", "v5", "v6", "v7"]], "a new store is created, not upgraded")
    }

    @Test func anEventIdThatIsNotHexStopsTheMigrationWithIt() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("v3.sqlite").path
        try Self.versionThreeStore(path, eventID: "not-an-id")
        #expect {
            _ = try SQLiteEventStore(path: path)
        } throws: { error in
            "\(error)".contains("event id 'not-an-id' is not 1–16 hex digits")
        }
    }
}

@Suite struct MigrationV5Tests {
    @Test func fullActorCodesKeepTheirTimelineWithoutTheCodesIndex() throws {
        let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("v3.sqlite").path
        try MigrationV4Tests.versionThreeStore(path, eventID: "5cced54bf20c9cbb")
        let store = try SQLiteEventStore(path: path)
        let rows = try store.timeline(TimelineQuery(a: "ISRMIL", b: "SYRMIL", period: .year)).rows
        #expect(rows.map(\.period) == ["2019"] && rows.map(\.aToB) == [1])
        let (indices, pairs) = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"),
             try String.fetchAll(db, sql: "SELECT code || ' ' || country FROM actor_countries ORDER BY code"))
        }
        #expect(indices == ["events_dyad"])
        #expect(pairs == ["ISRMIL ISR", "SYRMIL SYR"], "the upgrade records the countries its events hold")
    }
}

/// A store migrated only up to `migration`, and a JSON event record as the first schemas kept it.
private func legacyStore(_ path: String, upTo migration: String) throws -> (DatabaseQueue, String) {
    let queue = try DatabaseQueue(path: path)
    try StoreSchema.migrator.migrate(queue, upTo: migration)
    let record = try String(decoding: JSONEncoder().encode(StoreTestSupport.coder.code(
        StoreTestSupport.article("a", "2019-02-11", "Levant Wire", "Israeli warplanes bombed Syrian army positions.")
    ).first!), as: UTF8.self)
    return (queue, record)
}
