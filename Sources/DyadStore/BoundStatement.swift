import GRDB
import GRDBSQLite

/// The ingest writer's fast path: binds values to a prepared statement and
/// steps it through SQLite's C API directly.
///
/// GRDB's `execute(arguments:)` boxes every value into a `DatabaseValue`,
/// validates the argument list and runs its observation hooks; for the few
/// statements the writer runs hundreds of thousands of times, inside a
/// transaction GRDB has opened, that bookkeeping costs as much as SQLite's
/// own work. The statements still come from GRDB's statement cache and run
/// on its connection, so transactions and errors stay GRDB's.
///
/// ```swift
/// let insert = try db.cachedStatement(sql: "INSERT INTO meta(key, value) VALUES (?,?)")
/// try insert.run { b in b.text("window_days"); b.int(1) }
/// ```
extension Statement {
    /// Binds with `bind`, steps to completion and resets. With an `arena`, text is
    /// bound in place (see ``BindingArena``) instead of being copied by SQLite.
    func run(in arena: BindingArena? = nil, _ bind: (inout Binder) -> Void) throws {
        defer { arena?.reset() }
        try withBindings(arena: arena, bind) { handle in
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
        }
    }

    /// Binds with `bind` and tells whether the statement yields a row.
    func hasRow(_ bind: (inout Binder) -> Void) throws -> Bool {
        try withBindings(bind) { handle in
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
            return code == SQLITE_ROW
        }
    }

    /// Binds with `bind` and reads the first row with `read`; nil when there is none.
    func firstRow<T>(_ bind: (inout Binder) -> Void, _ read: (Columns) -> T) throws -> T? {
        try withBindings(bind) { handle in
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
            return code == SQLITE_ROW ? read(Columns(handle: handle)) : nil
        }
    }

    /// Binds with `bind` and calls `body` with every row, in order.
    func forEachRow(_ bind: (inout Binder) -> Void, _ body: (Columns) throws -> Void) throws {
        try withBindings(bind) { handle in
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { return }
                guard code == SQLITE_ROW else { throw failure(code) }
                try body(Columns(handle: handle))
            }
        }
    }

    /// The current row's values, by column index from 0.
    struct Columns {
        let handle: OpaquePointer

        func text(_ i: Int32) -> String? {
            guard let p = sqlite3_column_text(handle, i) else { return nil }
            let n = Int(sqlite3_column_bytes(handle, i))
            return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        }

        /// The text's bytes, in place: valid until the statement steps on.
        func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
            let n = Int(sqlite3_column_bytes(handle, i))
            return UnsafeBufferPointer(start: sqlite3_column_text(handle, i), count: n)
        }

        func int(_ i: Int32) -> Int? {
            sqlite3_column_type(handle, i) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, i))
        }

        /// The integer value (0 for NULL).
        func int64(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }

        /// The real value (0 for NULL).
        func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }
    }

    private func withBindings<T>(arena: BindingArena? = nil, _ bind: (inout Binder) -> Void,
                                 _ body: (OpaquePointer) throws -> T) throws -> T {
        let handle = sqliteStatement
        var binder = Binder(handle: handle, arena: arena)
        bind(&binder)
        // Every parameter is bound again before the next step, so bindings are not cleared.
        defer { sqlite3_reset(handle) }
        return try body(handle)
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code),
                      message: sqlite3_db_handle(sqliteStatement).map { String(cString: sqlite3_errmsg($0)) },
                      sql: sql)
    }

    /// Binds values to a statement's parameters in order (`?1`, `?2`, …).
    struct Binder {
        let handle: OpaquePointer
        let arena: BindingArena?
        private var index: Int32 = 0

        init(handle: OpaquePointer, arena: BindingArena? = nil) {
            self.handle = handle
            self.arena = arena
        }

        /// SQLite copies the bytes, so the Swift string need not outlive the call.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        mutating func text(_ value: String?) {
            index += 1
            guard var value else { sqlite3_bind_null(handle, index); return }
            let i = index, h = handle
            if let arena {
                // SQLITE_STATIC (nil): the arena keeps the bytes until the statement has run.
                let bound = value.utf8.withContiguousStorageIfAvailable { bytes in
                    sqlite3_bind_text(h, i, arena.copy(bytes), Int32(bytes.count), nil)
                }
                if bound == nil {
                    value.withUTF8 { bytes in _ = sqlite3_bind_text(h, i, arena.copy(bytes), Int32(bytes.count), nil) }
                }
                return
            }
            value.withUTF8 { bytes in
                _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress {
                        sqlite3_bind_text(h, i, base, Int32(chars.count), Binder.transient)
                    } else {
                        sqlite3_bind_text(h, i, "", 0, Binder.transient)
                    }
                }
            }
        }

        /// Binds bytes as a BLOB (through the arena when there is one, like ``text(_:)``).
        mutating func blob(_ value: [UInt8]) {
            index += 1
            let i = index, h = handle
            value.withUnsafeBufferPointer { bytes in
                if let arena {
                    _ = sqlite3_bind_blob(h, i, arena.copy(bytes), Int32(bytes.count), nil)
                } else {
                    _ = sqlite3_bind_blob(h, i, bytes.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(bytes.count),
                                          Binder.transient)
                }
            }
        }

        mutating func int(_ value: Int?) {
            index += 1
            if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
        }

        mutating func int64(_ value: Int64) {
            index += 1
            sqlite3_bind_int64(handle, index, value)
        }

        mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

        mutating func double(_ value: Double) {
            index += 1
            sqlite3_bind_double(handle, index, value)
        }
    }
}

extension Database {
    /// A cached `INSERT` of `rows` rows in one statement: `head` is the statement up to `VALUES`
    /// (`INSERT INTO t(a, b)`), each row is `row` — by default `columns` parameters, `(?,?)` —
    /// and binds its values row after row, and `tail` follows the rows (an `ON CONFLICT`
    /// clause). Many rows a statement spread its fixed cost — starting, opening cursors,
    /// halting — over all of them.
    ///
    /// ```swift
    /// try db.insertStatement("INSERT INTO t(a, b)", columns: 2, rows: 2).run { b in
    ///     b.int(1); b.text("one"); b.int(2); b.text("two")
    /// }
    /// ```
    /// A row of `columns` parameters: `(?,?,?)`.
    static func parameterRow(columns: Int) -> String {
        "(" + String(repeating: "?,", count: max(columns - 1, 0)) + "?)"
    }

    func insertStatement(_ head: String, columns: Int = 0, row: String? = nil, rows: Int, tail: String = "") throws -> Statement {
        let row = row ?? Self.parameterRow(columns: columns)
        return try cachedStatement(
            sql: head + " VALUES " + String(repeating: row + ",", count: max(rows - 1, 0)) + row + (tail.isEmpty ? "" : " " + tail))
    }
}

/// A multi-row `INSERT` (``Database/insertStatement(_:columns:row:rows:tail:)``) whose full-size
/// form is looked up once: building the SQL of a 32-row statement and finding it in the
/// statement cache cost about 20,000 instructions, as much as writing two of its rows.
///
/// ```swift
/// let insert = try MultiRowStatement(db: db, head: "INSERT INTO t(a, b)", columns: 2, rowsPerStatement: 32)
/// try insert.statement(rows: 32).run { b in /* 64 values */ }
/// ```
struct MultiRowStatement {
    let db: Database
    let head: String, row: String, tail: String
    let rowsPerStatement: Int
    private let full: Statement

    /// Rows of `columns` parameters, or of the `row` template (`(?, '', ?)`) when given.
    init(db: Database, head: String, columns: Int = 0, row: String? = nil, rowsPerStatement: Int, tail: String = "") throws {
        self.db = db
        self.head = head
        self.row = row ?? Database.parameterRow(columns: columns)
        self.tail = tail
        self.rowsPerStatement = rowsPerStatement
        full = try db.insertStatement(head, row: self.row, rows: rowsPerStatement, tail: tail)
    }

    /// The statement for `rows` rows, at most ``rowsPerStatement``.
    func statement(rows: Int) throws -> Statement {
        rows == rowsPerStatement ? full : try db.insertStatement(head, row: row, rows: rows, tail: tail)
    }
}
