/// The compiled weights of one averaged-perceptron classifier: for each
/// feature key a short row of (class, weight) pairs, stored contiguously.
///
/// Most features only ever gain weight for a handful of classes, so rows are
/// sparse: scoring a feature adds its few entries to the class scores.
/// Weights are 16-bit integers with one scale per table, in memory and on disk.
///
/// ```swift
/// var scores = [Int32](repeating: 0, count: table.classes)
/// table.sparseScorer().score(keys, count: n, into: &scores)   // scores[c] = Σ weight(key, c)
/// ```
struct WeightTable: Sendable {
    let classes: Int
    let keys: [UInt64]
    /// Row r's entries are `start[r]..<start[r + 1]`.
    let start: [UInt32]
    let entryClass: [UInt8]
    /// Weights as multiples of `scale`.
    let entryWeight: [Int16]
    let scale: Float

    init(classes: Int, keys: [UInt64], start: [UInt32], entryClass: [UInt8], entryWeight: [Int16], scale: Float) {
        self.classes = classes
        self.keys = keys
        self.start = start
        self.entryClass = entryClass
        self.entryWeight = entryWeight
        self.scale = scale
    }

    /// The runtime form for many classes: one probe per feature, rows packed beside it.
    func sparseScorer() -> SparseScorer {
        SparseScorer(classes: classes, keys: keys, start: start, entryClass: entryClass, entryWeight: entryWeight)
    }

    /// The runtime form for three classes: the weights sit in the probed slot.
    func moveScorer() -> MoveScorer {
        MoveScorer(keys: keys, start: start, entryClass: entryClass, entryWeight: entryWeight)
    }

    /// Quantizes float weights to 16 bits with one scale for the table;
    /// entries that round to zero, and rows left empty, are dropped.
    init(classes: Int, keys: [UInt64], start: [UInt32], entryClass: [UInt8], floatWeights: [Float]) {
        var maxAbs: Float = 0
        for w in floatWeights { maxAbs = max(maxAbs, abs(w)) }
        let scale: Float = maxAbs > 0 ? maxAbs / 32767 : 1
        var k: [UInt64] = [], st: [UInt32] = [0], cl: [UInt8] = [], ws: [Int16] = []
        for r in 0..<keys.count {
            for e in Int(start[r])..<Int(start[r + 1]) {
                let q = Int16(clamping: Int((floatWeights[e] / scale).rounded()))
                if q != 0 { cl.append(entryClass[e]); ws.append(q) }
            }
            if cl.count > Int(st[st.count - 1]) { k.append(keys[r]); st.append(UInt32(cl.count)) }
        }
        self.init(classes: classes, keys: k, start: st, entryClass: cl, entryWeight: ws, scale: scale)
    }

    /// The mean of several tables of the same classes: a feature missing
    /// from a table counts as zero there. Keys come out sorted.
    static func average(_ tables: [WeightTable]) -> WeightTable {
        let classes = tables[0].classes
        var sums: [UInt64: [Float]] = [:]
        for t in tables {
            for (r, key) in t.keys.enumerated() {
                var row = sums[key] ?? [Float](repeating: 0, count: classes)
                for e in Int(t.start[r])..<Int(t.start[r + 1]) {
                    row[Int(t.entryClass[e])] += Float(t.entryWeight[e]) * t.scale / Float(tables.count)
                }
                sums[key] = row
            }
        }
        var keys: [UInt64] = [], start: [UInt32] = [0], cls: [UInt8] = [], ws: [Float] = []
        for key in sums.keys.sorted() {
            for (c, w) in sums[key]!.enumerated() where w != 0 { cls.append(UInt8(c)); ws.append(w) }
            keys.append(key)
            start.append(UInt32(cls.count))
        }
        return WeightTable(classes: classes, keys: keys, start: start, entryClass: cls, floatWeights: ws)
    }

    static func empty(classes: Int) -> WeightTable {
        WeightTable(classes: classes, keys: [], start: [0], entryClass: [], entryWeight: [], scale: 1)
    }

    var featureCount: Int { keys.count }
    var entryCount: Int { entryClass.count }

    /// Writes the table: class count, row count, entry count, scale, keys,
    /// row lengths, entry classes and weights.
    func write(to out: inout ByteWriter) {
        out.u32(UInt32(classes))
        out.u32(UInt32(keys.count))
        out.u32(UInt32(entryClass.count))
        out.f32(scale)
        for k in keys { out.u64(k) }
        for r in 0..<keys.count { out.u8(UInt8(clamping: Int(start[r + 1] - start[r]))) }
        out.bytes(entryClass)
        for w in entryWeight { out.i16(w) }
    }

    static func read(from input: inout ByteReader) throws -> WeightTable {
        let classes = Int(try input.u32())
        let rows = Int(try input.u32())
        let entries = Int(try input.u32())
        let scale = try input.f32()
        guard classes > 0, classes <= 256 else { throw input.error("a table has \(classes) classes; at most 256 are allowed") }
        try input.expect(rows * 9 + entries * 3, "a table of \(rows) features and \(entries) weights")
        var keys = [UInt64](); keys.reserveCapacity(rows)
        for _ in 0..<rows { keys.append(try input.u64()) }
        var start = [UInt32](repeating: 0, count: rows + 1)
        for r in 0..<rows { start[r + 1] = start[r] + UInt32(try input.u8()) }
        guard Int(start[rows]) == entries else { throw input.error("row lengths add up to \(start[rows]), not \(entries) entries") }
        let cls = try input.bytes(entries)
        guard cls.allSatisfy({ Int($0) < classes }) else { throw input.error("an entry names a class beyond \(classes)") }
        var weights = [Int16](); weights.reserveCapacity(entries)
        for _ in 0..<entries { weights.append(try input.i16()) }
        return WeightTable(classes: classes, keys: keys, start: start, entryClass: cls, entryWeight: weights, scale: scale)
    }
}

/// The runtime form of a ``WeightTable``: an open-addressing array of 64-bit
/// slots, each holding a 32-bit fingerprint of the feature key (its high
/// bits; the low bits pick the slot), and the start and length of its row in
/// one packed array of (class, 16-bit weight) entries — or, for a row of one
/// entry, that entry itself. A feature costs one probe into the slots and, for
/// a longer row, one read of a short run of entries; scores are summed as
/// integers (the table's scale does not change the argmax).
struct SparseScorer: Sendable {
    /// About 1.4 slots per feature (at most 71% full), any size.
    static func tableSize(_ count: Int) -> Int { max(16, count + count * 2 / 5) }

    /// A key's first slot: its low 32 bits scaled to the table (Lemire's
    /// multiply-shift), so the table need not be a power of two.
    @inline(__always) static func home(_ key: UInt64, _ size: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: key)) &* UInt64(size)) >> 32)
    }
    let classes: Int
    private let slots: [UInt64]
    private let entries: [UInt32]
    private let size: Int

    init(classes: Int, keys: [UInt64], start: [UInt32], entryClass: [UInt8], entryWeight: [Int16]) {
        self.classes = classes
        let size = Self.tableSize(keys.count)
        var slots = [UInt64](repeating: 0, count: size)
        var entries = [UInt32](); entries.reserveCapacity(entryClass.count)
        for (r, key) in keys.enumerated() {
            let s = Int(start[r]), e = Int(start[r + 1])
            guard e > s else { continue }
            let packed: UInt64
            if e - s == 1 {
                // A one-entry row sits in the slot itself: no second memory access.
                packed = (key & 0xffff_ffff_0000_0000) | UInt64(UInt16(bitPattern: entryWeight[s])) << 16
                    | UInt64(entryClass[s]) << 8 | 1
            } else {
                packed = (key & 0xffff_ffff_0000_0000) | UInt64(entries.count) << 8 | UInt64(min(e - s, 255))
                for i in s..<e { entries.append(UInt32(UInt16(bitPattern: entryWeight[i])) << 16 | UInt32(entryClass[i])) }
            }
            var i = Self.home(key, size)
            while slots[i] != 0 { i = i + 1 == size ? 0 : i + 1 }
            slots[i] = packed
        }
        self.slots = slots
        self.entries = entries
        self.size = size
    }

    /// Adds the weights of `count` keys to `scores` (length `classes`).
    ///
    /// Three loops, so that the memory reads of different keys overlap: the
    /// first slot of every key; then each key's slot (rarely a longer probe)
    /// and the first entry of its row; then the sums.
    @inline(__always)
    func score(_ keys: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { found in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { head in
                slots.withUnsafeBufferPointer { sl in
                    entries.withUnsafeBufferPointer { en in
                        let m = size
                        for f in 0..<count { found[f] = sl[Self.home(keys[f], m)] }
                        for f in 0..<count {
                            let key = keys[f]
                            let fp = key & 0xffff_ffff_0000_0000
                            var v = found[f]
                            var i = Self.home(key, m)
                            while v != 0 && v & 0xffff_ffff_0000_0000 != fp {
                                i = i + 1 == m ? 0 : i + 1
                                v = sl[i]
                            }
                            found[f] = v
                            // A row of several entries: read its first now.
                            head[f] = v != 0 && v & 0xff != 1 ? en[Int((v >> 8) & 0xff_ffff)] : 0
                        }
                        for f in 0..<count {
                            let v = found[f]
                            if v == 0 { continue }
                            let n = Int(v & 0xff)
                            if n == 1 {
                                scores[Int((v >> 8) & 0xff)] &+= Int32(Int16(truncatingIfNeeded: v >> 16))
                                continue
                            }
                            let x = head[f]
                            scores[Int(x & 0xff)] &+= Int32(Int16(bitPattern: UInt16(x >> 16)))
                            let s = Int((v >> 8) & 0xff_ffff)
                            for e in (s + 1)..<(s + n) {
                                let y = en[e]
                                scores[Int(y & 0xff)] &+= Int32(Int16(bitPattern: UInt16(y >> 16)))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The runtime form of a three-class ``WeightTable`` (the parser's moves):
/// each 64-bit slot holds the three 16-bit weights and a 16-bit fingerprint
/// of the key, so a feature costs a single memory access. The slot is chosen
/// by the key's low bits and the fingerprint is its top 15 bits (the lowest
/// fingerprint bit is always set, to tell a slot from an empty one); an
/// absent key matches a stored one with probability about 2⁻¹⁵ per probe, a
/// rare extra weight that is the price of halving the table.
struct MoveScorer: Sendable {
    /// About 1.4 slots per feature (at most 71% full), any size.
    static func tableSize(_ count: Int) -> Int { max(16, count + count * 2 / 5) }

    /// A key's first slot: its low 32 bits scaled to the table (Lemire's
    /// multiply-shift), so the table need not be a power of two.
    @inline(__always) static func home(_ key: UInt64, _ size: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: key)) &* UInt64(size)) >> 32)
    }
    private let slots: [UInt64]
    private let size: Int

    init(keys: [UInt64], start: [UInt32], entryClass: [UInt8], entryWeight: [Int16]) {
        let size = Self.tableSize(keys.count)
        var slots = [UInt64](repeating: 0, count: size)
        for (r, key) in keys.enumerated() {
            var w: [UInt64] = [0, 0, 0]
            for e in Int(start[r])..<Int(start[r + 1]) where entryClass[e] < 3 {
                w[Int(entryClass[e])] = UInt64(UInt16(bitPattern: entryWeight[e]))
            }
            let packed = (Self.fingerprint(key) << 48) | w[2] << 32 | w[1] << 16 | w[0]
            var i = Self.home(key, size)
            while slots[i] != 0 { i = i + 1 == size ? 0 : i + 1 }
            slots[i] = packed
        }
        self.slots = slots
        self.size = size
    }

    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt64 { (key >> 48) | 1 }

    /// Adds the weights of `count` keys (at most 128) to `scores[0..<3]`.
    ///
    /// The first slot of every key is read in one loop of independent loads,
    /// so the processor fetches them in parallel; the rare longer probes follow.
    @inline(__always)
    func score(_ keys: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Int32>) {
        var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { first in
            slots.withUnsafeBufferPointer { sl in
                let m = size
                for f in 0..<count { first[f] = sl[Self.home(keys[f], m)] }
                for f in 0..<count {
                    let key = keys[f]
                    let fp = Self.fingerprint(key)
                    var v = first[f]
                    var i = Self.home(key, m)
                    while v != 0 {
                        if v >> 48 == fp {
                            s0 &+= Int32(Int16(truncatingIfNeeded: v))
                            s1 &+= Int32(Int16(truncatingIfNeeded: v >> 16))
                            s2 &+= Int32(Int16(truncatingIfNeeded: v >> 32))
                            break
                        }
                        i = i + 1 == m ? 0 : i + 1
                        v = sl[i]
                    }
                }
            }
        }
        scores[0] &+= s0
        scores[1] &+= s1
        scores[2] &+= s2
    }
}

/// Little-endian binary output for model files.
struct ByteWriter {
    var data: [UInt8] = []
    mutating func u8(_ v: UInt8) { data.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func i16(_ v: Int16) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func bytes(_ v: [UInt8]) { data.append(contentsOf: v) }
    mutating func string(_ s: String) {
        let b = Array(s.utf8)
        u32(UInt32(b.count))
        bytes(b)
    }
    mutating func strings(_ list: [String]) {
        u32(UInt32(list.count))
        for s in list { string(s) }
    }
}

/// Little-endian binary input with bounds checks: a short or damaged file
/// gives a ``SyntaxModelError`` naming the file and byte offset.
struct ByteReader {
    let bytes: [UInt8]
    let file: String
    var offset = 0

    init(_ bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    func error(_ reason: String) -> SyntaxModelError {
        SyntaxModelError(file: file, line: 0, reason: "at byte \(offset): \(reason); rebuild the model with dyad-train-syntax")
    }

    mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, offset + n <= bytes.count else { throw error("the file ends early (needs \(n) more bytes)") }
        defer { offset += n }
        return bytes[offset..<offset + n]
    }

    /// Checks that `n` more bytes are there before arrays are sized from a count.
    func expect(_ n: Int, _ what: String) throws {
        guard n >= 0, n <= bytes.count - offset else { throw error("\(what) needs \(n) bytes, but only \(bytes.count - offset) are left") }
    }

    mutating func u8() throws -> UInt8 { try take(1).first! }
    mutating func u32() throws -> UInt32 {
        var v: UInt32 = 0
        for (i, b) in try take(4).enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
        return v
    }
    mutating func u64() throws -> UInt64 {
        var v: UInt64 = 0
        for (i, b) in try take(8).enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
        return v
    }
    mutating func i16() throws -> Int16 {
        let s = try take(2)
        return Int16(bitPattern: UInt16(s[s.startIndex]) | UInt16(s[s.startIndex + 1]) << 8)
    }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    mutating func bytes(_ n: Int) throws -> [UInt8] { Array(try take(n)) }
    mutating func string() throws -> String {
        let n = Int(try u32())
        return String(decoding: try take(n), as: UTF8.self)
    }
    mutating func strings() throws -> [String] {
        let n = Int(try u32())
        guard n < 1 << 20 else { throw error("a list of \(n) names is implausible") }
        return try (0..<n).map { _ in try string() }
    }
}
