/// What the writer knows, without asking SQLite, about which outlets have
/// reported each aggregated event.
///
/// An event's `num_sources` counts the distinct outlets of its stored
/// mentions, so every batch that adds to an existing event must tell which of
/// its outlets are new to it. Asked of the store, that is a failed insert and
/// an index probe per outlet per event per batch — most of the writer's event
/// work on a corpus whose events are reported again and again. This memory
/// answers instead for the events this process has written:
///
/// Outlets are named by ids (``id(of:)``), so the writer interns each
/// document's outlet once and carries integers from then on:
///
/// ```swift
/// var known = KnownOutlets()
/// let levant = known.id(of: "Levant Wire"), gulf = known.id(of: "Gulf Courier")
/// known.record(event: 42, outletIDs: [levant], complete: true)   // inserted with these
/// known.lookup(event: 42, outletID: levant)     // .known
/// known.lookup(event: 42, outletID: gulf)       // .absent: new to the event
/// known.lookup(event: 7, outletID: gulf)        // .unknown: ask the store
/// ```
///
/// When the memory started on a store without events and has dropped
/// nothing since, it holds every stored event (``holdsEveryStoredEvent``):
/// an event it does not hold is not stored, so every outlet is new to it and
/// a fresh ingest never asks the store at all.
///
/// Each event keeps up to three interned outlets packed in 64 bits; an event
/// with more is marked incomplete, and outlets beyond those three are asked of
/// the store again. The memory is a cache, never a source of truth: the store
/// clears it when a batch fails (its writes were rolled back) or another
/// connection has written to the file, and it clears itself past
/// ``capacity`` events (a million events take about 50 MB).
struct KnownOutlets {
    /// What the memory says about one outlet of one event.
    enum Answer: Equatable {
        /// A stored mention of the event came from the outlet.
        case known
        /// The event is stored and no stored mention came from the outlet.
        case absent
        /// The event is not in memory, or the outlet is beyond what it holds: ask the store.
        case unknown
    }

    /// The most events held before the memory starts again empty.
    let capacity: Int
    /// Whether every stored event is held, so that an event not held is not stored. Set by the
    /// store when the memory is empty and the store has no events; anything dropped clears it.
    var holdsEveryStoredEvent = false
    private var events: [Int64: UInt64] = [:]
    /// Outlet names and their ids (from 1). Never cleared: an id names the same outlet for the
    /// whole process, so the writer can carry ids instead of strings.
    private var outletIDs: [String: UInt32] = [:]
    private var outletNames: [String] = []

    private static let slotBits: UInt64 = 20
    private static let slotMask: UInt64 = (1 << slotBits) - 1
    private static let slots = 3
    /// Set when the event has outlets the three slots do not hold.
    private static let incomplete: UInt64 = 1 << 63

    init(capacity: Int = 1 << 20) {
        self.capacity = capacity
    }

    /// The number of events held.
    var count: Int { events.count }

    /// The outlet's id, from 1, the same for the whole process. Ids past what the slots can
    /// hold (about a million outlets) still name their outlet; the events they report are
    /// just not held complete.
    mutating func id(of outlet: String) -> UInt32 {
        if let id = outletIDs[outlet] { return id }
        outletNames.append(outlet)
        let id = UInt32(outletNames.count)
        outletIDs[outlet] = id
        return id
    }

    /// The outlet an ``id(of:)`` names.
    func outlet(_ id: UInt32) -> String { outletNames[Int(id) - 1] }

    /// Whether the event is stored: true when it is held, false when it is not and the memory
    /// holds every stored event, nil when only the store can say.
    func isStored(event: Int64) -> Bool? {
        events[event] != nil ? true : (holdsEveryStoredEvent ? false : nil)
    }

    /// Whether the event's stored mentions include one from the outlet with id `id` (``id(of:)``),
    /// as far as the memory knows.
    func lookup(event: Int64, outletID id: UInt32) -> Answer {
        guard let packed = events[event] else { return holdsEveryStoredEvent ? .absent : .unknown }
        if id != 0, Self.holds(packed, UInt64(id)) { return .known }
        return packed & Self.incomplete == 0 ? .absent : .unknown
    }

    /// Records that the event is stored and that mentions from the outlets `ids` are among its stored
    /// mentions. `complete` says these are all of them (the event was just inserted, or was held
    /// complete and gained only these).
    mutating func record(event: Int64, outletIDs ids: some Sequence<UInt32>, complete: Bool) {
        let held = events[event]
        var packed = held ?? 0
        if !complete { packed |= Self.incomplete }
        for id in ids {
            guard UInt64(id) <= Self.slotMask, Self.insert(&packed, UInt64(id)) else { packed |= Self.incomplete; continue }
        }
        if held == nil, events.count >= capacity {
            events.removeAll(keepingCapacity: true)
            holdsEveryStoredEvent = false
        }
        events[event] = packed
    }

    /// Records that a batch added mentions from the outlets `ids` to the event, whose other outlets were
    /// settled by ``lookup(event:outletID:)`` just before: what was known stays known, and an event
    /// that was not held is complete when the memory holds every stored event (it was new).
    mutating func recordWritten(event: Int64, outletIDs ids: some Sequence<UInt32>) {
        record(event: event, outletIDs: ids, complete: events[event] != nil || holdsEveryStoredEvent)
    }

    /// Records that the event is stored but its outlets are no longer known (it was recounted
    /// from its mentions after some were removed).
    mutating func recordRecounted(event: Int64) {
        events[event] = nil
        record(event: event, outletIDs: [], complete: false)
    }

    /// Forgets an event that is no longer stored.
    mutating func forget(event: Int64) { events[event] = nil }

    /// Forgets every event (the outlets' ids stay: they say nothing about the store).
    mutating func removeAll() {
        events.removeAll()
        holdsEveryStoredEvent = false
    }

    private static func holds(_ packed: UInt64, _ id: UInt64) -> Bool {
        for slot in 0..<slots where (packed >> (UInt64(slot) * slotBits)) & slotMask == id { return true }
        return false
    }

    /// Adds `id` to the first free slot; false when all are taken by other outlets.
    private static func insert(_ packed: inout UInt64, _ id: UInt64) -> Bool {
        for slot in 0..<slots {
            let shift = UInt64(slot) * slotBits
            let value = (packed >> shift) & slotMask
            if value == id { return true }
            if value == 0 {
                packed |= id << shift
                return true
            }
        }
        return false
    }
}
