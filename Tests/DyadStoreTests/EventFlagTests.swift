@testable import DyadStore
import DyadText
import GRDB
import Testing

/// Denied, negated and self-directed codings keep their flags in aggregates and stay out of the counts by default.
@Suite struct EventFlagTests {
    /// "North Korea denied that it had sold weapons to Syria": PRK 016 (the denial) and a denied PRK 072 SYR.
    let denial = "North Korea denied that it had sold weapons to Syria."
    /// "Syria accused Israel of shelling Quneitra": an alleged ISR 194 ISR (Quneitra read as Israel's), self-directed.
    let accusation = "Syria accused Israel of shelling Quneitra."
    let sale = "North Korea sold weapons to Syria."

    @Test func aDeniedSaleIsNotCountedButKeepsItsFlag() throws {
        let s = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-05-20", "Levant Wire", denial)], into: s)
        #expect(try s.events(EventQuery(actor: "PRK", with: "SYR")).isEmpty)
        #expect(try s.network(EventQuery(actor: "PRK", with: "SYR")).isEmpty)
        #expect(try s.timeline(TimelineQuery(a: "PRK", b: "SYR")).rows.isEmpty)
        let all = try s.events(EventQuery(actor: "PRK", with: "SYR", flags: .none))
        #expect(all.map(\.flags) == [["denied"]])
        #expect(try s.events(EventQuery(actor: "PRK", with: "SYR", flags: FlagFilter(required: .denied))).count == 1)
    }

    @Test func aSelfDirectedCodingIsLeftOutOfActors() throws {
        let s = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-05-20", "Levant Wire", accusation)], into: s)
        let counted = try s.actors(top: 10, flags: .standard)
        let everything = try s.actors(top: 10, flags: .none)
        #expect(counted.first { $0.code == "ISR" }?.asTarget == 1)  // Syria accused Israel
        #expect(everything.first { $0.code == "ISR" }?.asTarget == 2)  // … and the self-directed shelling
    }

    @Test func anAllegedEventIsCountedAndMarked() throws {
        let s = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-05-20", "Levant Wire", accusation)], into: s)
        let alleged = try s.events(EventQuery(flags: FlagFilter(required: .alleged)))
        #expect(alleged.count == 1)
        #expect(alleged.first?.flags == ["self_directed", "alleged"])
        #expect(try s.events(EventQuery()).allSatisfy { !$0.flags.contains("self_directed") })
    }

    @Test func anEventIsDeniedOnlyWhileEveryMentionDeniesIt() throws {
        let s = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-05-20", "Levant Wire", denial)], into: s)
        try StoreTestSupport.ingest([StoreTestSupport.article("b", "2019-05-20", "Gulf Courier", sale)], into: s)
        let sale = try #require(try s.events(EventQuery(actor: "PRK", with: "SYR", cameo: "072")).first)
        #expect(sale.numMentions == 2 && sale.flags == [])
        #expect(try s.aggregateDiscrepancies() == [])
        // Re-coding without the asserting report makes it a denied event again.
        try StoreTestSupport.ingest([StoreTestSupport.article("b", "2019-05-20", "Gulf Courier", "Syria thanked Iran.")], into: s)
        #expect(try s.events(EventQuery(actor: "PRK", with: "SYR", cameo: "072")).isEmpty)
        #expect(try s.aggregateDiscrepancies() == [])
    }

    @Test func flagNamesParseAndUnknownOnesAreRefused() {
        #expect(EventFlags(names: "denied, self-directed") == [.denied, .selfDirected])
        #expect(EventFlags(names: "none") == [])
        #expect(EventFlags(names: "deniedd") == nil)
        #expect(EventFlags(negated: true, names: ["modal:could", "title"]) == [.negated, .modal])
    }

    @Test func exportsCarryFlags() throws {
        let s = try StoreTestSupport.temporaryStore()
        try StoreTestSupport.ingest([StoreTestSupport.article("a", "2019-05-20", "Levant Wire", denial)], into: s)
        let e = try #require(try s.events(EventQuery(cameo: "072", flags: .none)).first)
        #expect(PLOVERWriter().line(for: e).contains("\"flags\":[\"denied\"]"))
        #expect(AggregatedEventWriter(format: .jsonl).line(for: e).contains("\"flags\":[\"denied\"]"))
        #expect(AggregatedEventWriter(format: .csv).line(for: e).hasSuffix(",denied"))
    }
}
