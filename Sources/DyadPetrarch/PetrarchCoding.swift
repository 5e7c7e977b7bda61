import DyadCoder
import DyadSyntax
import DyadText
import Foundation

/// Codes the records of a PETRARCH XML file: each `<Sentence>` is a
/// document; with `useParse`, its `<Parse>` replaces dyad's own syntax.
/// A record whose parse cannot be read is coded from its text and reported.
/// Values of this type are immutable and shared by the coding threads.
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

    /// Reads and codes a batch of split records, rendering each event with
    /// `writer`: the work of one coding thread in `dyad code FILE.xml`.
    /// Problems — a record that cannot be read, a parse coded from its text
    /// instead — become messages naming `file` and the record's line.
    public func code(_ items: [PetrarchRecordSplitter.Item], useParse: Bool, file: String,
                     writer: any EventWriter) -> CodedOutput {
        var out = CodedOutput()
        out.bytes.reserveCapacity(items.count * 1024)
        for item in items {
            switch item {
            case .problem(let p):
                out.messages.append("\(file):\(p)")
            case .record(let raw):
                switch raw.read() {
                case .failure(let problem):
                    out.messages.append("\(file):\(problem)")
                case .success(let record):
                    let result = code(record, useParse: useParse)
                    if let p = result.problem { out.messages.append("\(file):\(record.line): \(p)") }
                    // By index: each event is read in place, not copied out of the array.
                    for i in result.events.indices { writer.appendLine(for: result.events[i], to: &out.bytes) }
                    out.count(sentences: 1, events: result.events.count)
                }
            }
        }
        return out
    }
}
