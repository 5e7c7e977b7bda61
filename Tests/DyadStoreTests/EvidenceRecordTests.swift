import DyadCoder
import DyadText
import Testing

@testable import DyadStore

@Suite struct EvidenceRecordTests {
    /// An event with every optional field filled and non-ASCII text.
    static let full = Event(
        id: "e", docID: "d", sentenceIndex: 2, sentence: "Damascus decorated Pyongyang's ambassador.",
        date: CalendarDate("2018-02-23"), dateBasis: .text,
        source: EventActor(text: "Damascus", code: "SYRGOV", country: "SYR", sector: "GOV", name: "Bashar al-Assad",
                           span: [0, 8], resolvedFrom: "it"),
        target: EventActor(text: "Pyongyang’s ambassador", code: "PRKGOV", country: "PRK", sector: "GOV",
                           span: [19, 41]),
        cameo: "057", plover: "AGREE", ploverMode: "cooperate", goldstein: -7.25, quadClass: 4,
        verb: EventVerb(text: "decorated", lemma: "decorate", span: [9, 18]),
        attribution: Attribution(speaker: "KCNA", speakerCode: "PRKMED", outlet: "KCNA", stateMedia: true, cue: "said"),
        negated: true, flags: ["future", "hedged"], rule: "r")

    static func evidence(of e: Event) -> EvidenceRecord.Evidence {
        EvidenceRecord.Evidence(dateBasis: e.dateBasis, source: e.source, target: e.target, ploverMode: e.ploverMode,
                                goldstein: e.goldstein, quadClass: e.quadClass, verb: e.verb,
                                attribution: e.attribution, negated: e.negated, flags: e.flags, confidence: e.confidence)
    }

    @Test func everyFieldSurvivesARoundTrip() throws {
        let decoded = try EvidenceRecord.decode(EvidenceRecord.encode(Self.full))
        #expect(decoded == Self.evidence(of: Self.full))
    }

    @Test func absentOptionalsStayAbsent() throws {
        var e = Self.full
        e.target = nil
        e.ploverMode = nil
        e.attribution = nil
        e.flags = []
        e.source.name = nil
        e.source.resolvedFrom = nil
        e.dateBasis = .none
        let decoded = try EvidenceRecord.decode(EvidenceRecord.encode(e))
        #expect(decoded == Self.evidence(of: e))
    }

    @Test func emptyStringsAreNotNil() throws {
        var e = Self.full
        e.source.name = ""
        e.attribution?.speaker = ""
        #expect(try EvidenceRecord.decode(EvidenceRecord.encode(e)) == Self.evidence(of: e))
    }

    static let minimal = Event(id: "e", docID: "d", sentenceIndex: 0, sentence: "A v C.", date: nil, dateBasis: .document,
                               source: EventActor(text: "A", code: "B", country: "C", sector: "", span: [0, 1]), target: nil,
                               cameo: "010", plover: nil, ploverMode: nil, goldstein: 0, quadClass: 1,
                               verb: EventVerb(text: "v", lemma: "v", span: [2, 3]), attribution: nil, negated: false,
                               flags: [], rule: "r")

    /// Version 1's bytes for ``minimal``: the layout, spelled out byte by byte.
    static let versionOne: [UInt8] = [
        1, 1,  // version, date basis (document)
        1, 0x41, 1, 0x42, 1, 0x43, 0, 0, 2, 0, 2, 0,  // source: text, code, country, sector, no name, span, no "resolved from"
        0, 0,  // no target, no PLOVER mode
        0, 0, 0, 0, 0, 0, 0, 0, 2,  // Goldstein 0.0, quad class 1
        1, 0x76, 1, 0x76, 2, 4, 6,  // verb text, lemma, span
        0, 0, 0,  // no attribution, not negated, no flags
    ]

    @Test func recordsKeepVersionTwosLayout() {
        // Version 2 is version 1 with the actors' country bases and the confidence at the end.
        var expected = Self.versionOne
        expected[0] = 2
        expected.append(0)  // no basis for the source (and no target)
        expected.append(0)  // no confidence
        #expect(EvidenceRecord.encode(Self.minimal) == expected)
    }

    @Test func versionOneRecordsOfOlderStoresStillRead() throws {
        #expect(try EvidenceRecord.decode(Self.versionOne) == Self.evidence(of: Self.minimal))
    }

    @Test func countryBasesAndConfidenceRoundTrip() throws {
        var e = Self.full
        e.source.basis = "document"
        e.target?.basis = "source"
        e.confidence = 0.37
        #expect(try EvidenceRecord.decode(EvidenceRecord.encode(e)) == Self.evidence(of: e))
    }

    @Test func extremeValuesFitTheRecordsCapacity() throws {
        var e = Self.full
        e.source.span = [Int.min, Int.max, -1]
        e.verb.span = [Int.max, Int.min]
        e.quadClass = Int.min
        e.flags = (0..<40).map { "flag \($0) ✓" }
        let bytes = EvidenceRecord.encode(e)
        #expect(bytes.count <= EvidenceRecord.capacity(e))
        #expect(try EvidenceRecord.decode(bytes) == Self.evidence(of: e))
    }

    @Test func aTruncatedRecordIsAnErrorNotACrash() {
        let bytes = EvidenceRecord.encode(Self.full)
        for n in [1, 5, bytes.count / 2, bytes.count - 1] {
            #expect(throws: EvidenceRecord.Malformed.self) { try EvidenceRecord.decode(Array(bytes.prefix(n))) }
        }
    }

    @Test func aRecordOfAnotherVersionNamesTheFix() {
        var bytes = EvidenceRecord.encode(Self.full)
        bytes[0] = 9
        #expect {
            try EvidenceRecord.decode(bytes)
        } throws: { error in
            "\(error)".contains("version 9") && "\(error)".contains("re-ingest")
        }
    }
}
