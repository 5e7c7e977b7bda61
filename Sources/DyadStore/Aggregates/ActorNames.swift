import DyadCoder
import GRDB

/// The names an aggregated event's sides go by, taken from its own mentions.
///
/// An actor code says who in general (`RUSGOV`: Russia's government); the name says who this
/// time (Vladimir Putin, or Sergei Lavrov). The `actors` table keeps one name per code, so an
/// event must not borrow it: each side's name is the one its mentions give most often, and a
/// tie goes to the name that sorts first, so the same mentions always give the same name.
///
/// ```swift
/// ActorNames.mostFrequent(in: mentions)   // ("Vladimir Putin", "Recep Tayyip Erdogan")
/// ```
enum ActorNames {
    /// The most frequent source and target names among `mentions` (nil for a side none names).
    static func mostFrequent(in mentions: [Event]) -> (source: String?, target: String?) {
        var tally = Tally()
        for m in mentions { tally.add(source: m.source.name, target: m.target?.name) }
        return tally.winners
    }

    /// `events` with their names filled in from their stored mentions, read a few hundred events
    /// at a time through the `(event_id, outlet)` index.
    static func fill(_ events: [AggregatedEvent], _ db: Database) throws -> [AggregatedEvent] {
        var out = events
        var start = 0
        while start < events.count {
            let end = min(start + 500, events.count)
            let keys = events[start..<end].compactMap { EventKey.rowKey($0.id) }
            var tallies: [Int64: Tally] = [:]
            let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: "SELECT event_id, record FROM mentions WHERE event_id IN (\(marks))",
                                           arguments: StatementArguments(keys))
            while let row = try rows.next() {
                let e = try StoredMention.evidence(row[1], mention: nil)
                tallies[row[0], default: Tally()].add(source: e.source.name, target: e.target?.name)
            }
            for i in start..<end {
                guard let key = EventKey.rowKey(out[i].id), let tally = tallies[key] else { continue }
                (out[i].sourceName, out[i].targetName) = tally.winners
            }
            start = end
        }
        return out
    }

    /// Counts of the names each side of one event is given.
    struct Tally {
        var sources: [String: Int] = [:]
        var targets: [String: Int] = [:]

        mutating func add(source: String?, target: String?) {
            if let source { sources[source, default: 0] += 1 }
            if let target { targets[target, default: 0] += 1 }
        }

        var winners: (source: String?, target: String?) { (Self.winner(sources), Self.winner(targets)) }

        /// The most frequent name; among equals, the first in sort order.
        static func winner(_ counts: [String: Int]) -> String? {
            counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
        }
    }
}
