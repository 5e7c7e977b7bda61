import GRDBSQLite

/// Memory for the text a statement is bound to, so SQLite can read it in
/// place instead of copying every string it is given.
///
/// SQLite copies a `SQLITE_TRANSIENT` text binding into memory it allocates
/// (a `malloc`, a copy and a `free` for every value); an ingest binds about
/// fifteen strings per coding. A `SQLITE_STATIC` binding is read where it
/// lies, but must stay valid and unchanged until the statement has stepped.
/// The arena gives the strings such a place: they are copied into large
/// chunks that never move, and ``reset()`` reuses the chunks once the
/// statement has run (``Statement/run(in:_:)`` does both).
///
/// ```swift
/// let arena = BindingArena()
/// try insert.run(in: arena) { b in b.text("window_days"); b.int(1) }
/// ```
///
/// Statements keep their last bindings after a reset; the chunks live as long
/// as the arena, so those bindings never point at freed memory while the
/// arena's owner (the store) holds the statements.
final class BindingArena {
    // One writer uses an arena at a time (the store's writer), so the runtime's exclusivity
    // checks, a few calls per bound string, are left out.
    @exclusivity(unchecked) private var chunks: [UnsafeMutableRawBufferPointer] = []
    @exclusivity(unchecked) private var chunk = 0
    @exclusivity(unchecked) private var used = 0
    private let chunkSize: Int

    init(chunkSize: Int = 64 << 10) {
        self.chunkSize = chunkSize
    }

    deinit {
        for c in chunks { c.deallocate() }
    }

    /// Copies `bytes` into the arena; the copy stays where it is until ``reset()``.
    func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<CChar> {
        let n = max(bytes.count, 1)
        while chunk < chunks.count, used + n > chunks[chunk].count {
            chunk += 1
            used = 0
        }
        if chunk == chunks.count {
            chunks.append(.allocate(byteCount: max(chunkSize, n), alignment: 8))
            used = 0
        }
        let start = chunks[chunk].baseAddress! + used
        if let base = bytes.baseAddress, bytes.count > 0 {
            start.copyMemory(from: base, byteCount: bytes.count)
        }
        used += n
        return UnsafePointer(start.assumingMemoryBound(to: CChar.self))
    }

    /// Makes all the arena's memory available again; earlier copies may be overwritten.
    func reset() {
        chunk = 0
        used = 0
    }
}
