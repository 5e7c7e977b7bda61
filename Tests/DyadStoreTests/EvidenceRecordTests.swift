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
                                attribution: e.attribution, negated: e.negated, flags: e.flags)
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
