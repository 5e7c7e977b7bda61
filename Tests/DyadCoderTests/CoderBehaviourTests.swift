import DyadCoder
import DyadText
import Testing

/// One behaviour of the coder per test, on sentences written for the test.
@Suite struct CoderBehaviourTests {
    static let coder = Result { try EventCoder.bundled() }

    func code(_ text: String, date: String = "2018-04-24", outlet: String? = nil,
              options: CodingOptions = CodingOptions()) throws -> [Event] {
        var coder = try Self.coder.get()
        coder.options = options
        return coder.code(Document(id: "t", text: text, date: CalendarDate(date), outlet: outlet))
    }

    func summary(_ events: [Event]) -> [String] {
        events.map { "\($0.source.code) \($0.cameo) \($0.target?.code ?? "-")" }
    }

    @Test func passiveVoiceSwapsSourceAndTarget() throws {
        let e = try code("Turkish soldiers were attacked by Syrian rebels.")
        #expect(e.contains { $0.source.code == "SYRREB" && $0.target?.code == "TURMIL" }, "\(summary(e))")
    }

    @Test func negatedVerbIsNotAnEvent() throws {
        let e = try code("Syria did not attack Israel.")
        #expect(e.isEmpty, "\(summary(e))")
    }

    @Test func negatedVerbIsKeptWhenAsked() throws {
        let e = try code("Syria did not attack Israel.", options: CodingOptions(includeNegated: true))
        #expect(e.count == 1)
        #expect(e.first?.negated == true)
    }

    @Test func compoundSubjectMakesOneEventPerActor() throws {
        let e = try code("Jordan and Britain sent humanitarian aid to Lebanon.")
        let sources = Set(e.filter { $0.target?.code == "LBN" }.map(\.source.code))
        #expect(sources == ["JOR", "GBR"], "\(summary(e))")
    }

    @Test func countryAdjectiveComposesWithAgent() throws {
        let e = try code("The Syrian army shelled Turkish troops.")
        #expect(e.first?.source.code == "SYRMIL")
        #expect(e.first?.target?.code == "TURMIL")
    }

    @Test func capitalStandsForTheGovernment() throws {
        let e = try code("Moscow criticized Washington over the new sanctions.")
        #expect(e.contains { $0.source.code == "RUSGOV" && $0.target?.code == "USAGOV" }, "\(summary(e))")
    }

    @Test func pronounResolvesToTheReportingSubject() throws {
        let e = try code("Iran announced that it had released British sailors.")
        let release = e.first { $0.cameo.hasPrefix("08") }
        #expect(release?.source.code == "IRN", "\(summary(e))")
        #expect(release?.source.resolvedFrom == "Iran")
    }

    @Test func sameActorOnBothSidesIsFlagged() throws {
        let e = try code("Egypt accused Egypt of lying.")
        #expect(e.allSatisfy { $0.target?.code != $0.source.code || $0.flags.contains("self_directed") })
    }

    @Test func weekdayResolvesToThePreviousDay() throws {
        let e = try code("Israel bombed Syrian army positions on Monday.")  // 2018-04-24 is a Tuesday
        #expect(e.first?.date?.description == "2018-04-23")
        #expect(e.first?.dateBasis == .text)
    }

    @Test func monthWithoutYearIsTheMostRecentOne() throws {
        let e = try code("In November, Russia sent military aid to Syria.")
        #expect(e.first?.date?.description == "2017-11")
    }

    @Test func lastYearIsTheYearBefore() throws {
        let e = try code("China provided economic aid to Laos last year.")
        #expect(e.first?.date?.description == "2017")
    }

    @Test func undatedClauseTakesTheDocumentDate() throws {
        let e = try code("France praised Germany.")
        #expect(e.first?.date?.description == "2018-04-24")
        #expect(e.first?.dateBasis == .document)
    }

    @Test func accordingToNamesTheSpeaker() throws {
        let e = try code("Iraqi police arrested Iranian smugglers, according to the Iraqi interior ministry.")
        #expect(e.first?.attribution?.speaker?.contains("interior ministry") == true, "\(e.first?.attribution as Any)")
    }

    @Test func trailingSaidClauseNamesTheSpeaker() throws {
        let e = try code("Jordan pledged humanitarian aid to Syrian refugees, the Jordanian foreign ministry said.")
        #expect(e.first?.attribution?.speaker == "Jordanian foreign ministry")
        #expect(e.first?.target?.code == "SYRREF")
    }

    @Test func stateNewsAgencyMarksStateMedia() throws {
        let e = try code("“Syria condemned Turkey for the attack,” SANA reported.")
        #expect(e.first?.attribution?.stateMedia == true, "\(e.first?.attribution as Any)")
    }

    @Test func documentOutletIsTheDefaultOutlet() throws {
        let e = try code("France praised Germany.", outlet: "Example Times")
        #expect(e.first?.attribution?.outlet == "Example Times")
    }

    @Test func eventNounTakesSourceBeforeAndTargetAfter() throws {
        let e = try code("Protesters gathered after Russian airstrikes on Aleppo and Idlib in Syria.")
        #expect(e.contains { $0.source.code == "RUS" && $0.cameo.hasPrefix("19") && $0.flags.contains("noun") }, "\(summary(e))")
    }

    @Test func definiteAgentRefersBack() throws {
        let e = try code("Venezuela expelled the German ambassador. The regime accused Germany of meddling.")
        #expect(e.contains { $0.source.code == "VENGOV" && $0.cameo.hasPrefix("11") }, "\(summary(e))")
    }

    @Test func nameLearnedFromAnAppositionCodesLater() throws {
        let e = try code("The Cuban ambassador to Spain, Ana Torres, met the Spanish king. Torres praised Spain.")
        #expect(e.contains { $0.source.code == "CUBGOV" && $0.cameo.hasPrefix("05") && $0.source.text == "Torres" }, "\(summary(e))")
    }

    @Test func refusedActionIsNotCodedAsDone() throws {
        let e = try code("Serbia refused to recognize Kosovo.")
        #expect(!e.contains { $0.cameo.hasPrefix("05") }, "\(summary(e))")
        #expect(e.contains { $0.cameo.hasPrefix("12") && $0.target?.code == "XKX" }, "\(summary(e))")
    }

    @Test func idsAreStableAcrossRuns() throws {
        let a = try code("France praised Germany.")
        let b = try code("France praised Germany.")
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a.first?.id.count == 16)
    }

    @Test func spansPointAtTheActorText() throws {
        let text = "Après la réunion, France praised Germany."
        let e = try code(text)
        let span = try #require(e.first?.source.span)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])) == "France")
    }

    @Test func ploverGoldsteinAndQuadComeFromTheOntology() throws {
        let e = try code("Canada sent humanitarian aid to Haiti.")
        let aid = try #require(e.first)
        #expect(aid.plover == "AID")
        #expect(aid.quadClass == 2)
        #expect(aid.goldstein > 0)
    }
}

@Suite struct CoderRequestAndConditionTests {
    func code(_ text: String) throws -> [Event] {
        try CoderBehaviourTests.coder.get().code(Document(id: "t", text: text, date: CalendarDate("2020-06-15")))
    }

    @Test func urgedActionIsNotAnEvent() throws {
        let e = try code("Amnesty International urged Egypt to release detained journalists.")
        #expect(!e.contains { $0.cameo.hasPrefix("08") || $0.cameo.hasPrefix("17") })
        #expect(e.contains { $0.cameo.hasPrefix("02") && $0.target?.code == "EGY" })
    }

    @Test func demandAimsAtTheSubjectOfItsThatClause() throws {
        let e = try code("Greece demanded that Turkey withdraw its ships.")
        #expect(e.contains { $0.source.code == "GRC" && $0.cameo.hasPrefix("10") && $0.target?.code == "TUR" })
        #expect(!e.contains { $0.cameo.hasPrefix("08") })
    }

    @Test func promisedActionBecomesAnIntent() throws {
        let e = try code("Japan offered to provide economic aid to the Philippines.")
        #expect(e.contains { $0.source.code == "JPN" && $0.cameo.hasPrefix("03") && $0.target?.code == "PHL" })
        #expect(!e.contains { $0.cameo.hasPrefix("07") })
    }

    @Test func conditionIsHypothetical() throws {
        let e = try code("If Iran enriches uranium further, Israel could strike Iran.")
        #expect(e.isEmpty)
    }

    @Test func compoundFightIsReciprocal() throws {
        let e = try code("Indian and Pakistani troops exchanged fire along the border.")
        let pairs = Set(e.map { "\($0.source.code)>\($0.target?.code ?? "-")" })
        #expect(pairs.isSuperset(of: ["INDMIL>PAKMIL", "PAKMIL>INDMIL"]), "\(pairs)")
    }

    @Test func countryLessTargetTakesTheSourcesCountry() throws {
        let e = try code("Turkish police detained dozens of journalists.")
        #expect(e.first?.target?.code == "TURMED")
    }

    @Test func placeNounKeepsItsCountry() throws {
        let e = try code("Russian troops occupied the Ukrainian city of Kherson.")
        #expect(e.contains { $0.source.code == "RUSMIL" && $0.target?.code == "UKR" })
    }
}
