import DyadCoder

/// The evidence of a stored mention — actors with their spans, verb,
/// attribution, flags and weights — in a compact binary form for the
/// `mentions.record` column.
///
/// Everything else of an ``Event`` has a column of its own (see
/// ``StoredMention``). The record is written for every coding an ingest
/// stores, so it is a flat byte string, not JSON: encoding one costs a few
/// hundred instructions instead of tens of thousands, and the store is
/// smaller. Stores written before it hold JSON text in the column, which
/// ``StoredMention`` still reads.
///
/// Layout (version 2): a version byte, then the fields in a fixed order; version 2
/// added the actors' country bases and the event's confidence at the end, and version 1
/// records are still read.
/// Integers are LEB128 varints (zigzag for signed ones), strings a varint
/// length and their UTF-8 bytes, optional strings a varint of length + 1
/// (0 for none), doubles 8 little-endian bytes.
///
/// ```swift
/// let bytes = EvidenceRecord.encode(event)
/// let evidence = try EvidenceRecord.decode(bytes)   // source, target, verb, …
/// ```
enum EvidenceRecord {
    static let version: UInt8 = 2

    /// The fields of an event a record holds. Decodable from the JSON records of older stores.
    struct Evidence: Equatable, Decodable {
        var dateBasis: DateBasis
        var source: EventActor
        var target: EventActor?
        var ploverMode: String?
        var goldstein: Double
        var quadClass: Int
        var verb: EventVerb
        var attribution: Attribution?
        var negated: Bool
        var flags: [String]
        var confidence: Double?

        enum CodingKeys: String, CodingKey {
            case dateBasis = "date_basis", source, target, ploverMode = "plover_mode", goldstein
            case quadClass = "quad_class", verb, attribution, negated, flags, confidence
        }
    }

    /// A record that cannot be read: cut short, or written by a newer dyad.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func encode(_ e: Event) -> [UInt8] {
        withUnsafePointer(to: e) { encode(at: $0) }
    }

    /// ``encode(_:)`` of the event at `event`, read in place: a closure that captured the event
    /// itself would copy it (a retain per field).
    static func encode(at event: UnsafePointer<Event>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity(event.pointee)) { buffer, count in
            var w = ByteWriter(buffer)
            write(event.pointee, to: &w)
            count = w.count
        }
    }

    private static func write(_ e: borrowing Event, to w: inout ByteWriter) {
        w.byte(version)
        w.byte(e.dateBasis == .text ? 0 : e.dateBasis == .document ? 1 : 2)
        w.actor(e.source)
        w.byte(e.target == nil ? 0 : 1)
        if let t = e.target { w.actor(t) }
        w.optional(e.ploverMode)
        w.double(e.goldstein)
        w.signed(e.quadClass)
        w.string(e.verb.text); w.string(e.verb.lemma); w.ints(e.verb.span)
        if let a = e.attribution {
            w.byte(a.stateMedia ? 2 : 1)
            w.optional(a.speaker); w.optional(a.speakerCode); w.optional(a.outlet); w.optional(a.cue)
        } else {
            w.byte(0)
        }
        w.byte(e.negated ? 1 : 0)
        w.unsigned(UInt64(e.flags.count))
        for f in e.flags { w.string(f) }
        w.optional(e.source.basis)
        if let t = e.target { w.optional(t.basis) }
        if let c = e.confidence { w.byte(1); w.double(c) } else { w.byte(0) }
    }

    /// At least the bytes ``encode(_:)`` writes for `e`: every string's UTF-8 bytes, ten bytes
    /// (the longest varint) for each number and length, eight for the double and one for each flag
    /// byte — so the record is written into one allocation with no growth checks.
    static func capacity(_ e: borrowing Event) -> Int {
        func bytes(_ s: String?) -> Int { 10 + (s?.utf8.count ?? 0) }
        func actor(_ a: EventActor) -> Int {
            bytes(a.text) + bytes(a.code) + bytes(a.country) + bytes(a.sector) + bytes(a.name) + bytes(a.resolvedFrom)
                + bytes(a.basis) + 10 * (a.span.count + 1)
        }
        var n = 5 + 8 + 10 + actor(e.source) + (e.target.map(actor) ?? 0) + bytes(e.ploverMode)
        n += bytes(e.verb.text) + bytes(e.verb.lemma) + 10 * (e.verb.span.count + 1)
        if let a = e.attribution { n += bytes(a.speaker) + bytes(a.speakerCode) + bytes(a.outlet) + bytes(a.cue) }
        n += 10 + 9  // flag count; confidence
        for f in e.flags { n += bytes(f) }
        return n
    }

    static func decode(_ bytes: [UInt8]) throws -> Evidence {
        var r = ByteReader(bytes: bytes)
        let v = try r.byte()
        guard v == version || v == 1 else {
            throw Malformed(description: "evidence record of version \(v) (this dyad reads version \(version)): "
                            + "use the dyad that wrote the store, or re-ingest")
        }
        let basis: DateBasis = try [.text, .document, .none][min(Int(r.byte()), 2)]
        var source = try r.actor()
        var target = try r.byte() == 0 ? nil : try r.actor()
        let ploverMode = try r.optional()
        let goldstein = try r.double()
        let quadClass = try r.signed()
        let verb = EventVerb(text: try r.string(), lemma: try r.string(), span: try r.ints())
        var attribution: Attribution?
        let a = try r.byte()
        if a != 0 {
            let speaker = try r.optional(), code = try r.optional(), outlet = try r.optional(), cue = try r.optional()
            attribution = Attribution(speaker: speaker, speakerCode: code, outlet: outlet, stateMedia: a == 2, cue: cue)
        }
        let negated = try r.byte() == 1
        let flags = try (0..<r.count()).map { _ in try r.string() }
        var confidence: Double?
        if v >= 2 {
            source.basis = try r.optional()
            if target != nil { target?.basis = try r.optional() }
            if try r.byte() == 1 { confidence = try r.double() }
        }
        return Evidence(dateBasis: basis, source: source, target: target, ploverMode: ploverMode, goldstein: goldstein,
                        quadClass: quadClass, verb: verb, attribution: attribution, negated: negated, flags: flags,
                        confidence: confidence)
    }
}

/// Writes the record's primitive values into memory sized by ``EvidenceRecord/capacity(_:)``.
private struct ByteWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func byte(_ b: UInt8) {
        precondition(count < buffer.count, "evidence record larger than its capacity")
        buffer[count] = b
        count += 1
    }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            byte(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        byte(UInt8(v))
    }

    mutating func signed(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func string(_ s: String) {
        utf8(s, lengthOffset: 0)
    }

    mutating func optional(_ s: String?) {
        guard let s else { byte(0); return }
        utf8(s, lengthOffset: 1)
    }

    /// The string's length (plus `lengthOffset`) and its UTF-8 bytes.
    private mutating func utf8(_ s: String, lengthOffset: UInt64) {
        var s = s
        unsigned(UInt64(s.utf8.count) + lengthOffset)
        s.withUTF8 { bytes in
            precondition(count + bytes.count <= buffer.count, "evidence record larger than its capacity")
            if let base = bytes.baseAddress, bytes.count > 0 {
                (buffer.baseAddress! + count).update(from: base, count: bytes.count)
            }
            count += bytes.count
        }
    }

    mutating func double(_ d: Double) {
        let v = d.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { byte(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
    }

    mutating func ints(_ values: [Int]) {
        unsigned(UInt64(values.count))
        for v in values { signed(v) }
    }

    mutating func actor(_ a: EventActor) {
        string(a.text); string(a.code); string(a.country); string(a.sector); optional(a.name)
        ints(a.span); optional(a.resolvedFrom)
    }
}

/// Reads what ``ByteWriter`` wrote, throwing on a record cut short.
private struct ByteReader {
    let bytes: [UInt8]
    var at = 0

    mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw EvidenceRecord.Malformed(description: "evidence record cut short") }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func unsigned() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw EvidenceRecord.Malformed(description: "evidence record has a bad number") }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    mutating func signed() throws -> Int {
        let u = try unsigned()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    /// A length or count, bounded by what is left (so a damaged record cannot ask for gigabytes).
    mutating func count() throws -> Int {
        let n = try unsigned()
        guard n <= UInt64(bytes.count - at) else {
            throw EvidenceRecord.Malformed(description: "evidence record cut short")
        }
        return Int(n)
    }

    mutating func string() throws -> String {
        try text(count())
    }

    mutating func optional() throws -> String? {
        let n = try unsigned()
        guard n > 0 else { return nil }
        guard n - 1 <= UInt64(bytes.count - at) else { throw EvidenceRecord.Malformed(description: "evidence record cut short") }
        return try text(Int(n - 1))
    }

    private mutating func text(_ n: Int) throws -> String {
        let s = String(decoding: bytes[at..<(at + n)], as: UTF8.self)
        at += n
        return s
    }

    mutating func double() throws -> Double {
        var v: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { v |= UInt64(try byte()) << UInt64(shift) }
        return Double(bitPattern: v)
    }

    mutating func ints() throws -> [Int] {
        try (0..<count()).map { _ in try signed() }
    }

    mutating func actor() throws -> EventActor {
        EventActor(text: try string(), code: try string(), country: try string(), sector: try string(),
                   name: try optional(), span: try ints(), resolvedFrom: try optional())
    }
}
