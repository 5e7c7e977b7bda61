import DyadCoder
import DyadSyntax
import DyadText
import Foundation

/// Codes the records of a PETRARCH XML file: each `<Sentence>` is a
/// document; with `useParse`, its `<Parse>` replaces dyad's own syntax.
/// Records are coded in parallel and returned in file order; a record whose
/// parse cannot be read is coded from its text and reported.
public struct PetrarchCoding: Sendable {
    public let coder: EventCoder
    public let adapter: ParseAdapter

    public init(coder: EventCoder) {
        self.coder = coder
        self.adapter = ParseAdapter(parser: coder.parser)
    }

    /// One record's events, or why its parse was not used.
    public struct Result: Sendable {
        public var record: PetrarchRecord
        public var events: [Event]
        public var problem: String?
    }

    public func code(_ record: PetrarchRecord, useParse: Bool) -> Result {
        if useParse, let parse = record.parse {
            do {
                let (body, analysed) = try adapter.analyze(parse: parse)
                let doc = Document(id: record.id, text: body, date: record.date)
                return Result(record: record, events: coder.code(doc, analysed: [analysed]).events)
            } catch {
                let doc = Document(id: record.id, text: record.text, date: record.date)
                return Result(record: record, events: coder.code(doc), problem: "record \(record.id): \(error); coded from its text")
            }
        }
        return Result(record: record, events: coder.code(Document(id: record.id, text: record.text, date: record.date)))
    }

    /// Codes every record on all cores, in chunks; results keep the records' order.
    public func codeAll(_ records: [PetrarchRecord], useParse: Bool, threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Result] {
        let chunk = 64
        let chunks = (records.count + chunk - 1) / chunk
        let box = ResultBox(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let part = records[(c * chunk)..<min(records.count, (c + 1) * chunk)].map { code($0, useParse: useParse) }
            box.set(c, part)
        }
        return box.joined()
    }
}

/// Per-chunk results written from several threads, each slot once.
private final class ResultBox: @unchecked Sendable {
    private var slots: [[PetrarchCoding.Result]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [PetrarchCoding.Result]) { lock.lock(); slots[i] = value; lock.unlock() }
    func joined() -> [PetrarchCoding.Result] { slots.flatMap { $0 } }
}
