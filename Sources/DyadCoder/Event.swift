import DyadText

/// One coded event: who did what to whom, when, according to whom — with the
/// evidence that produced it.
///
/// This is dyad's output record (one JSON object per line in the default
/// output). Field names follow the event record in docs/ARCHITECTURE.md.
/// Spans are `[start, end)` character (Unicode scalar) offsets into the
/// document body, or into the title when `flags` holds `"title"`.
///
/// ```json
/// {"doc_id":"nk-syria-2018","sentence_index":2,"cameo":"051","plover":"SUPPORT",
///  "source":{"text":"it","code":"SYRGOV","country":"SYR","sector":"GOV"}, …}
/// ```
public struct Event: Sendable, Hashable, Codable {
    /// Deterministic id: a hash of the document id, sentence index, verb span,
    /// actor codes, CAMEO code and the dictionary version.
    public var id: String
    public var docID: String
    public var sentenceIndex: Int
    public var sentence: String
    /// ISO 8601 at the precision known: `2018-04-23`, `2018-02`, `2017`; nil when undated.
    public var date: CalendarDate?
    public var dateBasis: DateBasis
    public var source: EventActor
    public var target: EventActor?
    public var cameo: String
    public var plover: String?
    public var ploverMode: String?
    public var goldstein: Double
    public var quadClass: Int
    public var verb: EventVerb
    public var attribution: Attribution?
    public var negated: Bool
    public var flags: [String]
    /// Where the pattern that fired lives: `file:line: pattern`.
    public var rule: String
    /// Document metadata carried for downstream use.
    public var outlet: String?
    public var url: String?
    /// How far to trust the coding, in [0, 1] (``EventConfidence``); nil for
    /// records written before dyad gave one.
    public var confidence: Double?

    public init(id: String, docID: String, sentenceIndex: Int, sentence: String, date: CalendarDate?,
                dateBasis: DateBasis, source: EventActor, target: EventActor?, cameo: String,
                plover: String?, ploverMode: String?, goldstein: Double, quadClass: Int, verb: EventVerb,
                attribution: Attribution?, negated: Bool, flags: [String], rule: String,
                outlet: String? = nil, url: String? = nil, confidence: Double? = nil) {
        self.id = id
        self.docID = docID
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.date = date
        self.dateBasis = dateBasis
        self.source = source
        self.target = target
        self.cameo = cameo
        self.plover = plover
        self.ploverMode = ploverMode
        self.goldstein = goldstein
        self.quadClass = quadClass
        self.verb = verb
        self.attribution = attribution
        self.negated = negated
        self.flags = flags
        self.rule = rule
        self.outlet = outlet
        self.url = url
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case id, docID = "doc_id", sentenceIndex = "sentence_index", sentence, date
        case dateBasis = "date_basis", source, target, cameo, plover, ploverMode = "plover_mode"
        case goldstein, quadClass = "quad_class", verb, attribution, negated, flags, rule, outlet, url, confidence
    }
}

/// Where an event's date came from.
public enum DateBasis: String, Sendable, Codable {
    /// A date expression in the sentence or its context ("Monday", "in February").
    case text
    /// The document's publication date.
    case document
    /// Neither the text nor the document gave one.
    case none
}

/// One side of an event: the words in the text and the actor they code as.
public struct EventActor: Sendable, Hashable, Codable {
    /// The words as written ("North Korean Ambassador"), or the pronoun ("it").
    public var text: String
    /// Full actor code: country + sector ("PRKGOV"), or an organization code ("IGOUNO").
    public var code: String
    /// ISO alpha-3, or IGO / NGO / a group code.
    public var country: String
    /// Sector code ("GOV", "MIL"), empty for a bare state.
    public var sector: String
    /// Canonical name of a person or organization, when the actor is one.
    public var name: String?
    /// Character span `[start, end)` of ``text``.
    public var span: [Int]
    /// For a pronoun or "the regime": the text of the mention it was resolved to.
    public var resolvedFrom: String?
    /// How the country was found when the words do not state it: `sentence` (the
    /// one country its sentence names), `document` (the country the rest of the
    /// document names most), `source` (a target agent of its source's country);
    /// nil when the words name it ("Syrian army", "Damascus", a listed person).
    /// Filter on it to keep or drop inferred countries.
    public var basis: String?

    public init(text: String, code: String, country: String, sector: String, name: String? = nil,
                span: [Int], resolvedFrom: String? = nil, basis: String? = nil) {
        self.text = text
        self.code = code
        self.country = country
        self.sector = sector
        self.name = name
        self.span = span
        self.resolvedFrom = resolvedFrom
        self.basis = basis
    }

    enum CodingKeys: String, CodingKey {
        case text, code, country, sector, name, span, resolvedFrom = "resolved_from", basis
    }
}

/// The verb (or event noun) that carried the event.
public struct EventVerb: Sendable, Hashable, Codable {
    public var text: String
    public var lemma: String
    public var span: [Int]

    public init(text: String, lemma: String, span: [Int]) {
        self.text = text
        self.lemma = lemma
        self.span = span
    }
}

/// Who reported the event: the speaker of the reported speech and the outlet.
public struct Attribution: Sendable, Hashable, Codable {
    /// The speaker or source named in the text ("Myong Ho", "independent monitors").
    public var speaker: String?
    /// The speaker's actor code, when it is in the dictionaries.
    public var speakerCode: String?
    /// The news outlet: one named in the text ("SANA"), else the document's.
    public var outlet: String?
    /// True when the outlet is a state news agency.
    public var stateMedia: Bool
    /// The words that signalled the attribution ("said", "according to").
    public var cue: String?

    public init(speaker: String?, speakerCode: String? = nil, outlet: String?, stateMedia: Bool, cue: String?) {
        self.speaker = speaker
        self.speakerCode = speakerCode
        self.outlet = outlet
        self.stateMedia = stateMedia
        self.cue = cue
    }

    enum CodingKeys: String, CodingKey {
        case speaker, speakerCode = "speaker_code", outlet, stateMedia = "state_media", cue
    }
}
