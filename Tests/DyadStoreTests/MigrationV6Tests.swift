@testable import DyadStore
import DyadText
import Foundation
import GRDB
import Testing

/// A store file as a dyad whose schema ended at `version` left it: its path and an open queue.
private func olderStore(upTo version: String) throws -> (path: String, queue: DatabaseQueue) {
    let path = try StoreTestSupport.temporaryDirectory().appendingPathComponent("\(version).sqlite").path
    let queue = try DatabaseQueue(path: path)
    try StoreSchema.migrator.migrate(queue, upTo: version)
    return (path, queue)
}

/// v6 gives a v5 store's mentions and events their flags, and its events the last day their date can mean.
@Suite struct MigrationV6Tests {
    @Test func aVersionFiveStoreGetsFlagsAndLastDays() throws {
        let (path, queue) = try olderStore(upTo: "v5")
        let denied = try #require(StoreTestSupport.coder.code(
            StoreTestSupport.article("a", "2019-03-11", "Levant Wire", "North Korea denied that it had sold weapons to Syria.")
        ).first { $0.cameo == "072" })
        #expect(denied.flags == ["denied"])
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO meta VALUES ('window_days', '1');
                INSERT INTO documents(id, content_hash, dictionary_version, date, text, sentence_count, mention_count,
                    first_mention, last_mention) VALUES ('a', 'h', 'v', '2019-03', 'text', 1, 1, 1, 1);
                INSERT INTO events(id, source_code, source_country, target_code, target_country, cameo, root, plover,
                    quad_class, goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root)
                    VALUES (7, 'PRK', 'PRK', 'SYR', 'SYR', '072', '07', 'AID', 2, 8.3, 17956, 17956, '2019-03', 1, 1, 1, 1);
                INSERT INTO mentions(rowid, doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet, url,
                    rule, record, sentence) VALUES (1, 'a', 0, 'm1', 7, 17956, '2019-03', '072', 'AID', 'Levant Wire', NULL,
                    'rule', ?, 'North Korea denied that it had sold weapons to Syria.');
                """, arguments: [Data(EvidenceRecord.encode(denied))])
        }
        try queue.close()

        let store = try SQLiteEventStore(path: path)
        #expect(try store.events(EventQuery()).isEmpty, "a denied event is not counted")
        let all = try store.events(EventQuery(flags: .none))
        #expect(all.map(\.flags) == [["denied"]])
        let lastDay = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT last_day FROM events") }
        #expect(lastDay == CalendarDate("2019-03-31")?.dayNumber)
        #expect(try store.aggregateDiscrepancies() == [])
    }
}

/// v7 gives a v6 store's events the most precise date their mentions give their earliest day.
@Suite struct MigrationV7Tests {
    @Test func aVersionSixEventTakesTheMostPreciseDateOfItsDay() throws {
        let (path, queue) = try olderStore(upTo: "v6")
        let sold = try #require(StoreTestSupport.coder.code(
            StoreTestSupport.article("a", "2019-01-01", "Levant Wire", "North Korea sold weapons to Syria.")
        ).first)
        let day = try #require(CalendarDate("2019-01-01")?.dayNumber)
        let endOfYear = try #require(CalendarDate("2019-12-31")?.dayNumber)
        try queue.write { db in
            // As an older dyad wrote it: the year-dated report's '2019' (the smaller text) was the event's date.
            try db.execute(sql: """
                INSERT INTO meta VALUES ('window_days', '1');
                INSERT INTO documents(id, content_hash, dictionary_version, date, text, sentence_count, mention_count,
                    first_mention, last_mention) VALUES ('a', 'h', 'v', '2019', 'text', 1, 1, 1, 1),
                    ('b', 'h', 'v', '2019-01-01', 'text', 1, 1, 2, 2);
                INSERT INTO events(id, source_code, source_country, target_code, target_country, cameo, root, plover,
                    quad_class, goldstein, bucket, day, date, num_mentions, num_articles, num_sources, is_root, flags, last_day)
                    VALUES (7, 'PRK', 'PRK', 'SYR', 'SYR', ?, ?, ?, 1, 0, ?, ?, '2019', 2, 2, 1, 1, 0, ?);
                INSERT INTO mentions(rowid, doc_id, sentence_index, id, event_id, day, date, cameo, plover, outlet, url,
                    rule, record, sentence) VALUES
                    (1, 'a', 0, 'm1', 7, ?, '2019', ?, ?, 'Levant Wire', NULL, 'rule', ?, 'North Korea sold weapons to Syria.'),
                    (2, 'b', 0, 'm2', 7, ?, '2019-01-01', ?, ?, 'Levant Wire', NULL, 'rule', ?, 'North Korea sold weapons to Syria.');
                """, arguments: [sold.cameo, String(sold.cameo.prefix(2)), sold.plover, day, day, endOfYear,
                                 day, sold.cameo, sold.plover, Data(EvidenceRecord.encode(sold)),
                                 day, sold.cameo, sold.plover, Data(EvidenceRecord.encode(sold))])
        }
        try queue.close()

        let store = try SQLiteEventStore(path: path)
        let row = try DatabaseQueue(path: path).read { db in try Row.fetchOne(db, sql: "SELECT date, last_day FROM events") }
        #expect(row?["date"] as String? == "2019-01-01")
        #expect(row?["last_day"] as Int? == day, "a day's date means that day alone")
        #expect(try store.aggregateDiscrepancies() == [])
    }
}
