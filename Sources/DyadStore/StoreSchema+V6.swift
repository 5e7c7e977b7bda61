import GRDB

extension StoreSchema {
    /// v6: what a count needs to be right. Each mention gets its coding's flags (`flags`, an
    /// ``EventFlags`` mask, read from its evidence record) and each event the flags all its
    /// mentions share; each event gets the last day its date can mean (`last_day`: the date's
    /// own day, the month's or the year's last day, see ``DateSpan``), so that a timeline places
    /// an event dated "April 2019" in April but in no week of it. `events_dyad` is rebuilt to
    /// hold both, so a timeline still reads the index alone.
    static func registerV6(_ m: inout DatabaseMigrator) {
        m.registerMigration("v6") { db in
            db.add(function: mentionFlagsFunction)
            db.add(function: lastDayFunction)
            try db.execute(sql: """
                ALTER TABLE mentions ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;
                UPDATE mentions SET flags = dyad_mention_flags(record);
                ALTER TABLE events ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE events ADD COLUMN last_day INTEGER;
                UPDATE events SET last_day = dyad_last_day(date) WHERE date IS NOT NULL;
                """)
            try db.execute(sql: """
                UPDATE events SET flags = r.flags
                FROM (SELECT event_id, \(SQLiteEventStore.sharedFlagsSQL) AS flags FROM mentions GROUP BY event_id) AS r
                WHERE r.event_id = events.id
                """)
            try db.execute(sql: """
                DROP INDEX events_dyad;
                CREATE INDEX events_dyad ON events(source_country, target_country, day, last_day, quad_class, goldstein, flags);
                """)
        }
    }

    /// `dyad_mention_flags(record)`: the ``EventFlags`` of a stored evidence record.
    static let mentionFlagsFunction = DatabaseFunction("dyad_mention_flags", argumentCount: 1, pure: true) { values in
        let e = try StoredMention.evidence(values[0], mention: nil)
        return EventFlags(negated: e.negated, names: e.flags).rawValue
    }

    /// `dyad_last_day(date)`: the last day number a stored date text can mean.
    static let lastDayFunction = DatabaseFunction("dyad_last_day", argumentCount: 1, pure: true) { values in
        DateSpan.lastDay(ofText: String.fromDatabaseValue(values[0]))
    }
}
