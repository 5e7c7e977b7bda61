import Testing

/// PETRARCH pattern markers that place actors or tie words: `$`, `^`, `+`
/// before the verb and `_` before it.
extension PetrarchConventionTests {
    static let receive = "--- RECEIVE [070] ---\nRECEIVE\n- + * MONEY $ [071]\n"

    @Test func dollarAfterTheVerbMakesThatActorTheSourceAndTheSubjectTheTarget() throws {
        let e = try coded("Arnor received money from Gondor.", verbs: Self.receive)
        #expect(e == ["GON 071 ARN"])
    }

    @Test func patternWithDollarDoesNotFitAClauseWithoutThatActor() throws {
        let e = try coded("Gondor sent Arnor money.", verbs: "--- SEND [070] ---\nSEND\n- * MONEY $ [071]\n")
        #expect(e == ["GON 070 ARN"])
    }

    @Test func plusBeforeTheVerbTakesTheActorBeforeThePatternWord() throws {
        let e = try coded("Mordor will be hosting Arnor to celebrate May Day with Eriador.",
                          verbs: "--- CELEBRATE [040] ---\nCELEBRATE\n- + HOSTING * MAY_DAY $ [046]\n")
        #expect(e == ["ERI 046 MOR"])
    }

    @Test func caretPassesOverTheNextActor() throws {
        let e = try coded("Arnor celebrated Eid at Gondor with Eriador in Mordor.",
                          verbs: "--- CELEBRATE [040] ---\nCELEBRATE\n- * EID AT ^ ^ + [044]\n")
        #expect(e == ["ARN 044 MOR"])
    }

    static let allowRecently = "--- ALLOW [080] ---\nALLOW\n- RECENTLY_* [025]\n"

    @Test func wordTiedToTheVerbMustStandRightBeforeIt() throws {
        let e = try coded("Arnor recently did allow Gondor in.", verbs: Self.allowRecently)
        #expect(e == ["ARN 080 GON"])
    }

    @Test func wordTiedToTheVerbMatchesRightBeforeIt() throws {
        let e = try coded("Arnor recently allowed Gondor in.", verbs: Self.allowRecently)
        #expect(e == ["ARN 025 GON"])
    }

    @Test func moreSpecificPatternInAGovernedInfinitiveWins() throws {
        let e = try coded("Arnor vowed on Thursday to wage war on Gondor.", verbs: "--- VOW [170] ---\nVOW\n- * WAR [173]\n")
        #expect(e == ["ARN 173 GON"])
    }

    @Test func patternWordsMatchInAParticipleDescribingTheObject() throws {
        let parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD welcomed) (NP (NP (NNS assurances)) (VP (VBN sent) (PP (IN from) (NP (NNP Gondor)))))) (. .)))"
        let e = try coded("Arnor welcomed assurances sent from Gondor.",
                          verbs: "--- WELCOME [041] ---\nWELCOME\n- * ASSURANCES [914]\n- * ASSURANCES FROM [913]\n", parse: parse)
        #expect(e == ["ARN 913 GON"])
    }
}
