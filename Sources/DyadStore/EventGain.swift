import DyadText

/// What one batch adds to one aggregated event.
///
/// A batch's documents are added in order, each with all its mentions, so a
/// change of document index is a new article. Everything is kept as plain
/// integers — outlets by their ids (``KnownOutlets/id(of:)``), the URL as the
/// batch document that has it — so that the writer's table of a batch's gains
/// (one per event it reports, thousands a batch) holds no reference that
/// would have to be allocated, retained and freed.
struct EventGain {
    /// The aggregated event's row key.
    let id: Int64
    /// Where the batch's first mention of the event is (document and event index): it fills the
    /// event's descriptive columns.
    let document: Int, event: Int
    /// The codings of that document whose source and target codes the event has (see
    /// ``GovernmentSectorRule``).
    let sides: (source: Int, target: Int)
    /// The event's date window (``EventKey/bucket``).
    let bucket: Int?
    var mentions = 0
    var articles = 0
    private var lastDocument = -1
    /// The outlets of the batch's mentions of the event.
    var outlets = OutletIDs()
    /// The batch's mentions' earliest date: the earliest day, and of the dates on
    /// that day the most precise (a day before a month before a year), so that
    /// an event's date does not depend on the order of its mentions.
    var date: CalendarDate?
    var day: Int? { date?.dayNumber }
    var firstSentence = Int.max
    /// The ``EventFlags`` every mention of the batch carries (a bitwise AND).
    var flags = EventFlags.all.rawValue
    /// The batch document with the smallest URL among the mentions' documents, if one has a URL.
    private var urlDocument: Int?
    private var urlRank = Int32.max

    init(id: Int64, document: Int, event: Int, bucket: Int?, sides: (source: Int, target: Int)? = nil) {
        self.id = id
        self.document = document
        self.event = event
        self.sides = sides ?? (event, event)
        self.bucket = bucket
    }

    /// The smallest URL of the mentions' documents, from the batch's `documents`.
    func url(in documents: UnsafeBufferPointer<CodedDocument>) -> String? {
        urlDocument.flatMap { documents[$0].document.url }
    }

    /// Whether `a` is the better event date: an earlier day, or the same day more precisely.
    static func isBetter(_ a: CalendarDate, than b: CalendarDate) -> Bool {
        let (x, y) = (a.dayNumber, b.dayNumber)
        return x < y || (x == y && rank(a.precision) > rank(b.precision))
    }

    private static func rank(_ p: CalendarDate.Precision) -> Int {
        switch p {
        case .year: return 0
        case .month: return 1
        case .day: return 2
        }
    }

    /// Adds a mention dated `eventDate`, in sentence `sentence` of batch document `k`, whose
    /// outlet has the id `outlet` (0 for none) and whose URL has the rank `urlRank` among the
    /// batch's URLs (``URLRanks``), and whose coding carries `flags` (``EventFlags``).
    mutating func add(date eventDate: CalendarDate?, sentence: Int, document k: Int, outlet: UInt32, urlRank rank: Int32,
                      flags mentionFlags: Int = 0) {
        mentions += 1
        flags &= mentionFlags
        if k != lastDocument {
            articles += 1
            lastDocument = k
        }
        if outlet != 0 { outlets.insert(outlet) }
        if let date = eventDate, self.date.map({ EventGain.isBetter(date, than: $0) }) ?? true { self.date = date }
        firstSentence = min(firstSentence, sentence)
        if rank < urlRank {
            urlRank = rank
            urlDocument = k
        }
    }
}

/// The outlets an event gained mentions from in one batch: one or two as a
/// rule, so up to four are kept inline and only more take an array.
struct OutletIDs: Sequence {
    private var a: UInt32 = 0, b: UInt32 = 0, c: UInt32 = 0, d: UInt32 = 0
    private var more: [UInt32]?
    private(set) var count = 0

    /// Adds `id` (not 0) unless it is already there.
    mutating func insert(_ id: UInt32) {
        switch count {
        case 0: a = id
        case 1: if a == id { return }; b = id
        case 2: if a == id || b == id { return }; c = id
        case 3: if a == id || b == id || c == id { return }; d = id
        default:
            if a == id || b == id || c == id || d == id || more?.contains(id) == true { return }
            more = (more ?? []) + [id]
        }
        count += 1
    }

    subscript(i: Int) -> UInt32 {
        switch i {
        case 0: a
        case 1: b
        case 2: c
        case 3: d
        default: more![i - 4]
        }
    }

    struct Iterator: IteratorProtocol {
        let ids: OutletIDs
        var position = 0

        mutating func next() -> UInt32? {
            guard position < ids.count else { return nil }
            defer { position += 1 }
            return ids[position]
        }
    }

    func makeIterator() -> Iterator { Iterator(ids: self) }
}

/// Each batch document's rank among the batch's URLs (0 for the smallest; documents with the
/// same URL share a rank; `Int32.max` for a document without one), so that an event's
/// smallest URL is found by comparing integers. Most corpora have no URLs at all, and then
/// nothing is sorted.
struct URLRanks {
    private let ranks: [Int32]?

    init(_ documents: UnsafeBufferPointer<CodedDocument>) {
        guard documents.contains(where: { $0.document.url != nil }) else {
            ranks = nil
            return
        }
        let order = documents.indices.filter { documents[$0].document.url != nil }
            .sorted { documents[$0].document.url! < documents[$1].document.url! }
        var ranks = [Int32](repeating: .max, count: documents.count)
        var rank: Int32 = -1
        for (n, k) in order.enumerated() {
            if n == 0 || documents[k].document.url != documents[order[n - 1]].document.url { rank += 1 }
            ranks[k] = rank
        }
        self.ranks = ranks
    }

    subscript(document: Int) -> Int32 { ranks?[document] ?? .max }
}
