import DyadCoder
import DyadText
import Testing

/// What a political actor says is a statement event (CAMEO 01) when what it
/// says codes no event of its own. Sentences invented for the tests.
@Suite struct StatementEventTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2016-06-01") }
    func summary(_ events: [Event]) -> [String] { BundledCoder.summary(events) }

    @Test func aCommentOnAnotherActorIsAStatementAimedAtIt() throws {
        let e = try code("Kenya's foreign minister said the talks with Uganda had been useful.")
        #expect(summary(e) == ["KENGOV 010 UGA"], "\(summary(e))")
        #expect(e.first?.rule.hasPrefix("speech.speech.txt:") == true, "\(e.first?.rule ?? "")")
    }

    @Test func aCommentNamingNoOtherActorHasNoTarget() throws {
        let e = try code("Kenya's president said the economy was growing.")
        #expect(summary(e) == ["KENGOV 010 -"], "\(summary(e))")
    }

    @Test func contentThatIsAnEventIsCodedInsteadOfTheSaying() throws {
        let e = try code("Kenya said it would send aid to Uganda.")
        #expect(!e.isEmpty && !e.contains { $0.cameo.hasPrefix("01") }, "\(summary(e))")
    }

    @Test func aNewsOutletReportingIsNoStatement() throws {
        let e = try code("Reuters said the border was calm.")
        #expect(e.isEmpty, "\(summary(e))")
    }

    @Test func aNegatedSayingIsNoStatement() throws {
        let e = try code("Kenya's foreign minister did not say whether the talks would resume.")
        #expect(e.isEmpty, "\(summary(e))")
    }

    @Test func aJudgingWordMakesTheStatementCriticism() throws {
        let e = try code("Kenya's foreign minister said Uganda's decision was a mistake.")
        #expect(summary(e) == ["KENGOV 111 UGA"], "\(summary(e))")
        #expect(e.first?.rule.contains("mistake") == true, "\(e.first?.rule ?? "")")
    }

    @Test func theSpeakersOwnWordsSetNoTone() throws {
        // "Concerned" describes who speaks, not what is said.
        let e = try code("Kenya's concerned foreign minister said the talks would resume.")
        #expect(!e.contains { $0.cameo == "012" }, "\(summary(e))")
    }

    @Test func aSpeakersOwnFutureIsAnIntention() throws {
        let e = try code("Kenya's president said he would seek a solution.")
        #expect(summary(e) == ["KENGOV 030 -"], "\(summary(e))")
    }

    @Test func aQuotedPromiseInTheFirstPersonIsAnIntention() throws {
        let e = try code("\"We will seek a solution,\" Kenya's president said.")
        #expect(summary(e) == ["KENGOV 030 -"], "\(summary(e))")
    }

    @Test func aSpeakersOwnRefusalIsARejection() throws {
        let e = try code("Kenya's president said he will not sign the budget bill.")
        #expect(e.contains { $0.cameo == "120" && $0.source.code == "KENGOV" }, "\(summary(e))")
    }

    @Test func anotherActorsFutureIsNoIntentionOfTheSpeaker() throws {
        let e = try code("Kenya's president said the economy would grow.")
        #expect(summary(e) == ["KENGOV 010 -"], "\(summary(e))")
    }

    @Test func aStatementCodedByWhatItSaysLeavesNoBareStatement() throws {
        let e = try code("Kenya issued a statement condemning the attack on Uganda.")
        #expect(summary(e) == ["KEN 111 UGA"], "\(summary(e))")
    }

    @Test func aDecreeActsForItsSigner() throws {
        let e = try code("Kenya's president signed a decree banning protests by Ugandan students.")
        #expect(e.contains { $0.source.code == "KENGOV" && $0.cameo.hasPrefix("17") }, "\(summary(e))")
    }

    @Test func aVehicleDoesNotActForItsAttacker() throws {
        let e = try code("The Kenyan army attacked a convoy carrying aid to Uganda.")
        #expect(!e.contains { $0.cameo.hasPrefix("07") }, "\(summary(e))")
    }

    @Test func aMessagePostedSomewhereActsForItsAuthor() throws {
        let e = try code("Kenya's foreign minister posted a message on Twitter blaming Uganda for the attacks.")
        #expect(e.contains { $0.source.code == "KENGOV" && $0.cameo.hasPrefix("112") && $0.target?.code == "UGA" }, "\(summary(e))")
    }

    @Test func thePassiveAgentOfMembersOfABodyIsTheBody() throws {
        let e = try code("The invasion was condemned by members of the European Union.")
        #expect(e.contains { $0.source.code == "IGOEUR" && $0.cameo.hasPrefix("11") }, "\(summary(e))")
    }

    @Test func aCommentOnTheSpeakersOwnCountryHasNoTarget() throws {
        let e = try code("Kenya's president said Kenya was in the midst of a crisis.")
        #expect(summary(e) == ["KENGOV 010 -"], "\(summary(e))")
    }

    @Test func theSpeakersOwnOurIsNoTarget() throws {
        let e = try code("\"Our economy is growing,\" Kenya's president said.")
        #expect(summary(e) == ["KENGOV 010 -"], "\(summary(e))")
    }

    @Test func callingAnActorsMoveADisgraceCriticizesTheActor() throws {
        let text = """
        Uganda closed its border with Kenya on Monday.

        Kenya's foreign minister called the move a disgrace.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENGOV" && $0.cameo == "111" && $0.target?.code == "UGA" }, "\(summary(e))")
    }

    @Test func describingSomethingWithoutAToneWordIsNoCriticism() throws {
        let e = try code("Kenya's foreign minister described the vote in Uganda as historic.")
        #expect(!e.contains { $0.cameo.hasPrefix("11") }, "\(summary(e))")
    }

    @Test func aProfessorsCommentIsNoPoliticalStatement() throws {
        let e = try code("A Kenyan professor said the economy was growing.")
        #expect(e.isEmpty, "\(summary(e))")
    }

    @Test func aPassivesAgentAfterAParticipleAdjectiveActs() throws {
        let e = try code("Kenya's budget was criticized by the opposing Ugandan party.")
        #expect(e.contains { $0.source.code == "UGAPTY" && $0.cameo.hasPrefix("11") }, "\(summary(e))")
    }
}
