import DyadLexicon
import DyadSyntax
import DyadText

/// The event coder: documents in, events out.
///
/// A pure function of its inputs — the document, the dictionaries, the
/// ontology and the options — so the same input always gives the same events
/// with the same ids, on any machine and any number of threads. An
/// `EventCoder` is an immutable value: build it once and share it.
///
/// ```swift
/// let coder = try EventCoder.bundled()
/// let doc = Document(id: "d1", text: "Syria accused Israel of shelling Damascus.",
///                    date: CalendarDate("2018-04-24"))
/// for e in coder.code(doc) { print(e.source.code, e.cameo, e.target?.code ?? "-") }
/// // SYR 112 ISR
/// ```
public struct EventCoder: Sendable {
    public var lexicon: Lexicon { parts.lexicon }
    public var ontology: Ontology { parts.ontology }
    public var parser: ShallowParser { parts.parser }
    public var pipeline: TextPipeline { parts.pipeline }
    /// The dependency parser the coder asks, sentence by sentence, who acts
    /// where the tag-based clause finder found no actor (``TreeRoles``); nil
    /// codes from tags alone.
    public var dependencies: DependencyParser? { parts.dependencies }
    public var options: CodingOptions

    /// The dictionaries and models, behind one reference: every sentence's
    /// coder holds a copy of the coder, and a copy then counts one reference
    /// rather than one per table (references the coding threads share).
    private final class Parts: Sendable {
        let lexicon: Lexicon
        let ontology: Ontology
        let parser: ShallowParser
        let dependencies: DependencyParser?
        let pipeline = TextPipeline()

        init(lexicon: Lexicon, ontology: Ontology, parser: ShallowParser, dependencies: DependencyParser?) {
            self.lexicon = lexicon
            self.ontology = ontology
            self.parser = parser
            self.dependencies = dependencies
        }
    }

    private let parts: Parts

    public init(lexicon: Lexicon, ontology: Ontology, parser: ShallowParser, dependencies: DependencyParser? = nil,
                options: CodingOptions = CodingOptions()) {
        parts = Parts(lexicon: lexicon, ontology: ontology, parser: parser, dependencies: dependencies)
        self.options = options
    }

    /// The coder with dyad's bundled dictionaries, ontology and syntax models
    /// (the tagger, the lemmatizer and the dependency parser).
    public static func bundled(options: CodingOptions = CodingOptions()) throws -> EventCoder {
        try bundled(lexicon: try Lexicon.bundled(), options: options)
    }

    /// A coder over your dictionaries (`Lexicon(DictionarySet)`) with dyad's
    /// bundled ontology and syntax models: what `dyad code --dictionaries` uses.
    public static func bundled(lexicon: Lexicon, options: CodingOptions = CodingOptions()) throws -> EventCoder {
        EventCoder(lexicon: lexicon, ontology: try Ontology.bundled(), parser: try ShallowParser.bundled(),
                   dependencies: try DependencyParser.bundled(), options: options)
    }

    /// Codes a document from its raw text.
    public func code(_ document: Document) -> [Event] {
        codeWithTrace(document).events
    }

    /// Codes a document from raw text and returns the per-sentence trace too
    /// (filled only when ``CodingOptions/trace`` is on).
    public func codeWithTrace(_ document: Document) -> (events: [Event], trace: [SentenceTrace]) {
        let r = codeInWindows(document)
        return (r.events, r.trace)
    }

    /// Codes a document and also reports how many sentences it had (for throughput figures)
    /// and how many cuts text without sentence ends needed (see ``TextPipeline/sentences(in:cut:)``).
    public func codeCounting(_ document: Document) -> (events: [Event], sentences: Int, cut: Int) {
        let r = codeInWindows(document)
        return (r.events, r.sentences, r.cut)
    }

    /// The most sentences coded together as one document. News articles have a few
    /// dozen; a file of millions of words without paragraphs is coded this many
    /// sentences at a time, each window its own context (the countries it names, the
    /// actors it refers back to), so memory stays bounded whatever the document's size.
    public static let sentencesPerWindow = 2000

    /// Analyses and codes the document's sentences window by window (see ``sentencesPerWindow``).
    private func codeInWindows(_ document: Document) -> (events: [Event], trace: [SentenceTrace], sentences: Int, cut: Int) {
        var cut = 0, count = 0
        var events: [Event] = [], traces: [SentenceTrace] = []
        var window: [AnalyzedSentence] = []
        func codeWindow() {
            let coded = code(document, analysed: window)
            if events.isEmpty { events = coded.events } else { events += coded.events }
            traces += coded.trace
            window.removeAll(keepingCapacity: true)
        }
        pipeline.forEachSentence(in: document, cut: &cut) { sentence in
            window.append(analyze(sentence))
            count += 1
            if window.count == Self.sentencesPerWindow { codeWindow() }
        }
        if !window.isEmpty || count == 0 { codeWindow() }
        return (events, traces, count, cut)
    }

    /// Tags a sentence and finds its verb groups; a sentence Brill's tags leave
    /// with no finite verb gets the dependency tagger's finite verbs
    /// (``ShallowParser/analyze(_:repairingWith:)``).
    func analyze(_ sentence: Sentence) -> AnalyzedSentence {
        parser.analyze(sentence, repairingWith: options.petrarchConventions ? nil : dependencies)
    }

    /// Codes sentences that are already analysed — from a given parse, say.
    public func code(_ document: Document, analysed: [AnalyzedSentence]) -> (events: [Event], trace: [SentenceTrace]) {
        var memory = DocumentMemory()
        var events: [Event] = []
        var traces: [SentenceTrace] = []
        // Names are matched for every sentence first: an agent with no country takes
        // one from what the whole document names (`DocumentCountries`).
        let wordIDs = analysed.map { lexicon.wordIDs($0.tokens) }
        let matches = analysed.indices.map { lexicon.matchNames(analysed[$0].tokens, ids: wordIDs[$0]) }
        var context = DocumentFacts(document: document, coder: self)
        if !options.petrarchConventions {
            context.countries = DocumentCountries(matches: matches, lexicon: lexicon, date: document.date)
        }
        for (k, s) in analysed.enumerated() {
            let coded = SentenceCoder(coder: self, facts: context)
                .code(s, position: k, wordIDs: wordIDs[k], matches: matches[k], memory: &memory, isLast: k == analysed.count - 1)
            // The first sentence's events are taken whole rather than copied one by one.
            if events.isEmpty { events = coded.events } else { events += coded.events }
            if options.trace { traces.append(coded) }
        }
        if options.minConfidence > 0 { events.removeAll { ($0.confidence ?? 1) < options.minConfidence } }
        if !options.includeBackground { events.removeAll { $0.flags.contains("background") } }
        return (events, traces)
    }
}

/// Facts about a document computed once: offset maps, and whether its outlet
/// is state media.
struct DocumentFacts {
    let document: Document
    let bodyOffsets: OffsetMap
    let titleOffsets: OffsetMap?
    let outletIsStateMedia: Bool
    /// The countries each sentence names, for agents with none of their own;
    /// nil under PETRARCH's conventions, which code such agents without a country.
    var countries: DocumentCountries?

    init(document: Document, coder: EventCoder) {
        self.document = document
        bodyOffsets = OffsetMap(document.text)
        titleOffsets = document.title.map { OffsetMap($0) }
        var stateMedia = false
        if let outlet = document.outlet {
            let lexicon = coder.lexicon
            let tokens = Tokenizer().tokens(in: outlet, from: 0, to: outlet.utf8.count)
            let matches = lexicon.matchNames(tokens, ids: lexicon.wordIDs(tokens))
            stateMedia = matches.contains { m in m.actor.map { lexicon.actors[$0].isStateMedia } ?? false }
        }
        outletIsStateMedia = stateMedia
    }
}
