import DyadCoder
import DyadText
import Testing

/// Titles before names, abbreviated or not, and state bodies named by
/// common words. Names are invented; no dictionary lists them.
@Suite struct TitleTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2022-01-01") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events) }

    @Test func anAbbreviatedSenatorBeforeANameIsALegislator() throws {
        let e = try code("Kenyan Sen. Ana Osei criticized Uganda.")
        #expect(summary(e) == ["KENLEG 111 UGA"], "\(summary(e))")
    }

    @Test func anAbbreviatedRankBeforeANameIsTheMilitary() throws {
        let e = try code("Kenyan Lt. Gen. Ana Osei criticized Uganda.")
        #expect(summary(e) == ["KENMIL 111 UGA"], "\(summary(e))")
    }

    @Test func aCapitalizedGeneralBeforeANameIsTheMilitary() throws {
        let text = """
        Kenya's parliament met on Monday.

        General Tomas Varela criticized Uganda.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENMIL" && $0.target?.code == "UGA" }, "\(summary(e))")
    }

    @Test func aMinisterOfSomethingBeforeANameIsTheGovernment() throws {
        let text = """
        Kenya's parliament met on Monday.

        Deputy Minister of Defense Tomas Varela criticized Uganda.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENGOV" && $0.target?.code == "UGA" }, "\(summary(e))")
    }

    @Test func nationalityBeforeMenIsCivilians() throws {
        let e = try code("Four Kenyan men attacked Ugandan troops.")
        #expect(e.contains { $0.source.code == "KENCVL" && $0.target?.code == "UGAMIL" }, "\(summary(e))")
    }

    @Test func aStateBodyNamedByCommonWordsBelongsToItsPossessor() throws {
        let e = try code("Chile's Defense Department criticized Peru.")
        #expect(e.contains { $0.source.code == "CHLMIL" && $0.source.name == nil }, "\(summary(e))")
    }
}

/// A pattern whose only element is its target ("receive +") needs an actor
/// there, not a thing. Sentences invented for the tests.
@Suite struct TargetOnlyPatternTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2022-01-01") }

    @Test func receivingAThingIsNoHostedVisit() throws {
        let e = try code("Kenya's president received several letters of complaint.")
        #expect(!e.contains { $0.cameo == "043" }, "\(BundledCoder.summary(e))")
    }

    @Test func receivingAnEnvoyIsAHostedVisit() throws {
        let e = try code("Kenya's president received Uganda's foreign minister.")
        #expect(e.contains { $0.cameo == "043" && $0.target?.code == "UGAGOV" }, "\(BundledCoder.summary(e))")
    }
}

/// dyad's dictionaries list verbs by lemma: an inflected form some imported
/// line lists as a verb of its own does not hide its lemma's patterns.
@Suite struct InflectedVerbTests {
    @Test func aPastTenseStillFindsItsLemmasPatterns() throws {
        let e = try BundledCoder.code("Kenyan soldiers shot Ugandan villagers dead.", date: "2022-01-01")
        #expect(e.contains { $0.cameo == "1823" && $0.source.code == "KENMIL" }, "\(BundledCoder.summary(e))")
    }
}
