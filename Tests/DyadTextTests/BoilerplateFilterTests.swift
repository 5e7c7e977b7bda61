import Testing
import DyadText

@Suite struct BoilerplateFilterTests {
    let filter = BoilerplateFilter()

    @Test func agencyCreditLinesAreDropped() {
        #expect(filter.isBoilerplate("STR/AFP/Getty Images"))
        #expect(filter.isBoilerplate("Jane Roe/Reuters"))
        #expect(filter.isBoilerplate("Photo: Ministry of Defence"))
        #expect(filter.isBoilerplate("(Photo by Jane Roe/AFP via Getty Images)"))
    }

    @Test func photoCaptionsAreDropped() {
        #expect(filter.isBoilerplate("This picture taken on May 2 shows the minister waving to a crowd in the capital."))
        #expect(filter.isBoilerplate("This photo released by the ministry shows troops on parade."))
        #expect(filter.isBoilerplate("In this photo, delegates arrive at the summit."))
        #expect(filter.isBoilerplate("File photo of the presidential palace."))
    }

    @Test func captionWithAFPCreditInsideIsDropped() {
        #expect(filter.isBoilerplate("Soldiers march through the square during a parade. / AFP / Jane Roe"))
    }

    @Test func captionWithCreditOnItsLastLineIsDropped() {
        #expect(filter.isBoilerplate("Soldiers march through the square during a parade on Sunday\nJANE ROE/AFP/Getty Images"))
        #expect(filter.isBoilerplate("Delegates gather before the vote in the assembly hall on Monday.\nJane Roe/Reuters"))
    }

    @Test func followShareAndCommentLinesAreDropped() {
        #expect(filter.isBoilerplate("Follow Jane Roe on Facebook and Twitter."))
        #expect(filter.isBoilerplate("Please let us know if you’re having issues with commenting."))
        #expect(filter.isBoilerplate("Share this article"))
        #expect(filter.isBoilerplate("Sign up for our newsletter"))
    }

    @Test func linkAndAdvertisingLinesAreDropped() {
        #expect(filter.isBoilerplate("Click here to read the full report."))
        #expect(filter.isBoilerplate("Read more: Talks stall over sanctions"))
        #expect(filter.isBoilerplate("Subscribe to get our morning briefing."))
        #expect(filter.isBoilerplate("ADVERTISEMENT"))
        #expect(filter.isBoilerplate("Related: Envoys meet in Geneva"))
    }

    @Test func copyrightLinesAreDropped() {
        #expect(filter.isBoilerplate("© 2018 Example News Ltd"))
        #expect(filter.isBoilerplate("Copyright 2018 Example News. All rights reserved."))
    }

    @Test func articleTextIsKept() {
        #expect(!filter.isBoilerplate("The ministry said on Monday that talks would resume in Geneva next week."))
        #expect(!filter.isBoilerplate("Follow-up talks are planned for March, officials said."))
        #expect(!filter.isBoilerplate("Subscribers to the state broadcaster saw the speech live."))
        #expect(!filter.isBoilerplate("The photographer was detained by police in the capital."))
        #expect(!filter.isBoilerplate("DAMASCUS (Reuters) - Syria accused Israel of striking an air base."))
    }

    @Test func matchingRuleExplainsTheDecision() {
        #expect(filter.matchingRule(for: "© 2018 Example News")?.note == "copyright line")
        #expect(filter.matchingRule(for: "Envoys met on Monday.") == nil)
    }

    @Test func customRulesReplaceTheStandardOnes() {
        let custom = BoilerplateFilter(rules: [BoilerplateRule(.prefix("breaking:"), note: "ticker")])
        #expect(custom.isBoilerplate("BREAKING: Talks collapse"))
        #expect(!custom.isBoilerplate("Share this article"))
    }
}
