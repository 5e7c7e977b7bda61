import DyadCoder
import DyadLexicon
import DyadSyntax
import DyadText

/// Codes PETRARCH validation records and compares each with its gold
/// codings — what `dyad validate` runs.
///
/// A record passes when the set of (source, target, code) triples dyad codes
/// equals the set it expects; a `noevents` record passes when nothing is
/// coded. A record whose parse cannot be read is coded from its text and
/// noted; no record ever stops the run.
///
/// ```swift
/// let file = PetrarchXMLReader.read(xml)
/// let report = runner.run(file.records, useParse: true)
/// print("\(report.passed) passed, \(report.failed) failed")
/// ```
public struct ValidationRunner: Sendable {
    public let coder: EventCoder
    public let adapter: ParseAdapter

    public let discards: PetrarchDiscards

    public init(coder: EventCoder, discards: PetrarchDiscards = PetrarchDiscards()) {
        self.coder = coder
        self.adapter = ParseAdapter(parser: coder.parser)
        self.discards = discards
    }

    /// The outcome of one record.
    public struct Outcome: Sendable {
        public var record: PetrarchRecord
        public var expected: [ExpectedEvent]
        public var actual: [ExpectedEvent]
        /// Why the given parse was not used, when it was asked for and unreadable.
        public var note: String?
        public var passed: Bool { expected == actual }
    }

    public struct Report: Sendable {
        public var outcomes: [Outcome]
        public var passed: Int { outcomes.filter(\.passed).count }
        public var failed: Int { outcomes.count - passed }
    }

    public func run(_ records: [PetrarchRecord], useParse: Bool) -> Report {
        Report(outcomes: records.filter(\.hasGold).map { check($0, useParse: useParse) })
    }

    public func check(_ record: PetrarchRecord, useParse: Bool) -> Outcome {
        let (coded, note) = code(record, useParse: useParse)
        // PETRARCH records an event only with both a source and a different
        // target, unless the record's `require_dyad` is off: then a missing
        // target or country is written `---`.
        let events = coded.filter { exclusion(of: $0, in: record) == nil }
        func written(_ a: EventActor?) -> String {
            a.map { $0.country.isEmpty && !$0.code.hasPrefix("\"") ? "---" + $0.code : $0.code } ?? "---"
        }
        let actual = Array(Set(events.map { ExpectedEvent(source: written($0.source), target: written($0.target), code: $0.cameo) })).sorted()
        let expected = Array(Set(record.expected)).sorted()
        return Outcome(record: record, expected: expected, actual: actual, note: note)
    }

    /// Why the comparison leaves out a coded event, as PETRARCH does, or nil when it counts: an event
    /// without a target when the record requires a dyad, and an actor acting on itself.
    /// `dyad validate --explain` prints it, so that the events an explanation shows and the
    /// result agree.
    ///
    /// ```swift
    /// runner.exclusion(of: event, in: record)  // "no target, and the record requires a dyad"
    /// ```
    public func exclusion(of e: Event, in record: PetrarchRecord) -> String? {
        if e.target == nil, record.requiresDyad { return "no target, and the record requires a dyad" }
        if e.target?.code == e.source.code { return "source and target are the same actor" }
        return nil
    }

    /// How one record was coded, sentence by sentence (what `dyad validate
    /// --explain` prints): the record coded again with tracing on.
    public func trace(_ record: PetrarchRecord, useParse: Bool) -> [SentenceTrace] {
        var traced = coder
        traced.options.trace = true
        return ValidationRunner(coder: traced, discards: discards).code(record, useParse: useParse).trace
    }

    /// Codes one record, from its parse when asked and readable, else from its text.
    public func code(_ record: PetrarchRecord, useParse: Bool) -> (events: [Event], note: String?) {
        let (events, _, note) = code(record, useParse: useParse)
        return (events, note)
    }

    private func code(_ record: PetrarchRecord, useParse: Bool) -> (events: [Event], trace: [SentenceTrace], note: String?) {
        // The record's <Config> settings.
        var options = coder.options
        options.petrarchUndirectedEvents = !record.requiresDyad
        options.petrarchNewActorLength = record.newActorLength
        if options != coder.options {
            var configured = coder
            configured.options = options
            return ValidationRunner(coder: configured, discards: discards).code(record, useParse: useParse)
        }
        if let phrase = discards.match(record.text) {
            return ([], [], "discarded: contains '\(phrase)'")
        }
        if useParse, let parse = record.parse {
            do {
                let (body, analysed) = try adapter.analyze(parse: parse)
                let doc = Document(id: record.id, text: body, date: record.date)
                let (events, trace) = coder.code(doc, analysed: [analysed])
                return (events, trace, nil)
            } catch {
                // A malformed parse is not guessed at: the record is reported and codes nothing.
                return ([], [], "parse unreadable: \(error)")
            }
        }
        let doc = Document(id: record.id, text: record.text, date: record.date)
        let (events, trace) = coder.codeWithTrace(doc)
        return (events, trace, nil)
    }
}
