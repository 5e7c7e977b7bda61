import DyadCoder
import DyadLexicon
import DyadText

/// The identity of an aggregated event: who (source code), to whom (target
/// code), what (CAMEO code) and when (date window).
///
/// Windows are fixed, not sliding: day numbers (days since 1970-01-01) are
/// cut into blocks of ``windowDays``, starting at 1970-01-01. With the default
/// one-day window an event is "this dyad, this code, this day". Fixed blocks
/// make the id a pure function of one mention — reports never merge or split
/// depending on which arrived first — so the same corpus gives the same ids
/// in any order, on any number of cores, resumed or not. The cost: two reports
/// either side of a block boundary stay two events.
///
/// Undated mentions share one "undated" window per dyad and code.
///
/// The store keys a coding by another coding's codes when ``GovernmentSectorRule`` joins them
/// (a headline's `SYR` and the body's `SYRGOV` in one article): such a coding's event id is
/// that of the government code, not `EventKey(coding).id`.
///
/// ```swift
/// let key = EventKey(event, windowDays: 1)
/// key.id   // "3f9a…" — 16 hex digits
/// ```
public struct EventKey: Sendable, Hashable {
    public var sourceCode: String
    public var targetCode: String
    public var cameo: String
    /// `dayNumber / windowDays`, nil when undated.
    public var bucket: Int?

    public init(_ event: Event, windowDays: Int) {
        sourceCode = event.source.code
        targetCode = event.target?.code ?? ""
        cameo = event.cameo
        bucket = event.date.map { EventKey.bucket(day: $0.dayNumber, windowDays: windowDays) }
    }

    /// Floor division, so days before 1970 fall in the right block.
    public static func bucket(day: Int, windowDays: Int) -> Int {
        let w = max(windowDays, 1)
        return day >= 0 ? day / w : -((-day + w - 1) / w)
    }

    /// The event id: 16 hex digits of a stable hash of the key.
    public var id: String { Self.hash(sourceCode, targetCode, cameo, bucket).hex }

    /// The hash behind ``id``, from the key's fields: the store's writer calls it for every
    /// coding with fields read in place, building no key and no strings on the way.
    static func hash(_ source: String, _ target: String, _ cameo: String, _ bucket: Int?) -> StableHash {
        var h = StableHash()
        h.combine("event")
        h.combine(source)
        h.combine(target)
        h.combine(cameo)
        if let bucket {
            h.combine(decimal: bucket)  // as `String(bucket)` spells it
            h.combine(byte: 0x1F)
        } else {
            h.combine("undated")
        }
        return h
    }
}

extension EventKey {
    /// The event id as GDELT wants its GLOBALEVENTID: a non-negative 64-bit integer, written in
    /// decimal — the id's low 63 bits. ``ids(forNumeric:)`` turns it back into the (at most two)
    /// hex ids it can come from, so `dyad show` accepts either form.
    ///
    /// ```swift
    /// EventKey.numericID("8000000000000001")  // "1"
    /// ```
    public static func numericID(_ hexID: String) -> String? {
        guard let v = UInt64(hexID, radix: 16) else { return nil }
        return String(v & UInt64(Int64.max))
    }

    /// The hex ids whose ``numericID(_:)`` is `decimal`.
    public static func ids(forNumeric decimal: String) -> [String] {
        guard let v = UInt64(decimal), v <= UInt64(Int64.max) else { return [] }
        return [v, v | (1 << 63)].map(StableHash.hex)
    }

    /// The event's row key in the store: the id's 64 bits as SQLite's signed `INTEGER PRIMARY KEY`,
    /// so the `events` table is keyed by an integer and every index and mention carries 8 bytes
    /// instead of 16 characters. Nil for anything but 1–16 hex digits.
    ///
    /// ```swift
    /// EventKey.rowKey("ffffffffffffffff")  // -1
    /// EventKey.id(rowKey: -1)              // "ffffffffffffffff"
    /// ```
    public static func rowKey(_ id: String) -> Int64? {
        let isHexDigit = { (c: UInt8) in (0x30...0x39).contains(c) || (0x61...0x66).contains(c | 0x20) }
        guard (1...16).contains(id.utf8.count), id.utf8.allSatisfy(isHexDigit), let v = UInt64(id, radix: 16) else {
            return nil
        }
        return Int64(bitPattern: v)
    }

    /// The 16-hex-digit event id of a row key (``rowKey(_:)`` backwards).
    public static func id(rowKey: Int64) -> String { StableHash.hex(UInt64(bitPattern: rowKey)) }
}

/// The content hash that decides whether a stored document is up to date:
/// every field of the document that can change its coding.
public enum ContentHash {
    public static func of(_ d: Document) -> String {
        var h = StableHash()
        h.combine(d.id)
        h.combine(d.text)
        h.combine(d.title ?? "\u{0}")
        h.combine(d.date?.description ?? "\u{0}")
        h.combine(d.outlet ?? "\u{0}")
        h.combine(d.url ?? "\u{0}")
        h.combine(d.author ?? "\u{0}")
        return h.hex
    }
}
