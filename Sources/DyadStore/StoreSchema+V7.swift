import GRDB

extension StoreSchema {
    /// v7: an event's date is its mentions' earliest day as precisely as any mention on that day
    /// gives it (`2018-01-01` over `2018-01` over `2018`), whatever order they were ingested in.
    /// Before, it was the smallest date text, the least precise of that day; each event whose
    /// mentions on its day differ in precision gets the most precise date, and its `last_day`
    /// with it (see ``DateSpan``). The day itself does not change, so `events_dyad` keeps its
    /// order.
    static func registerV7(_ m: inout DatabaseMigrator) {
        m.registerMigration("v7") { db in
            db.add(function: lastDayFunction)
            try db.execute(sql: """
                UPDATE events SET date = r.date, last_day = dyad_last_day(r.date)
                FROM (SELECT m.event_id, max(m.date) AS date FROM mentions m JOIN events e ON e.id = m.event_id
                      WHERE m.day IS e.day GROUP BY m.event_id) AS r
                WHERE r.event_id = events.id AND events.date IS NOT r.date
                """)
        }
    }
}
