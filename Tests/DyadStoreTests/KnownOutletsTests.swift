@testable import DyadStore
import Testing

@Suite struct KnownOutletsTests {
    @Test func anEventNotRecordedIsUnknown() {
        var known = KnownOutlets()
        #expect(known.lookup(event: 7, outletID: known.id(of: "Levant Wire")) == .unknown)
        #expect(known.isStored(event: 7) == nil)
    }

    @Test func anInsertedEventKnowsItsOutletsAndThatOthersAreNew() {
        var known = KnownOutlets()
        let levant = known.id(of: "Levant Wire"), gulf = known.id(of: "Gulf Courier")
        known.record(event: 42, outletIDs: [levant, gulf], complete: true)
        #expect(known.lookup(event: 42, outletID: levant) == .known)
        #expect(known.lookup(event: 42, outletID: gulf) == .known)
        #expect(known.lookup(event: 42, outletID: known.id(of: "Harbor Times")) == .absent)
    }

    @Test func anEventFirstMetStoredLeavesOtherOutletsToTheStore() {
        var known = KnownOutlets()
        let levant = known.id(of: "Levant Wire")
        known.record(event: 42, outletIDs: [levant], complete: false)
        #expect(known.lookup(event: 42, outletID: levant) == .known)
        #expect(known.lookup(event: 42, outletID: known.id(of: "Gulf Courier")) == .unknown)
    }

    @Test func outletsBeyondThreeAreAskedOfTheStore() {
        var known = KnownOutlets()
        let (a, b, c, d, e) = (known.id(of: "a"), known.id(of: "b"), known.id(of: "c"), known.id(of: "d"), known.id(of: "e"))
        known.record(event: 1, outletIDs: [a, b, c], complete: true)
        #expect(known.lookup(event: 1, outletID: d) == .absent)
        known.record(event: 1, outletIDs: [d], complete: true)
        #expect(known.lookup(event: 1, outletID: a) == .known)
        #expect(known.lookup(event: 1, outletID: d) == .unknown)
        #expect(known.lookup(event: 1, outletID: e) == .unknown)
    }

    @Test func aLaterCompleteRecordKeepsAnEventIncomplete() {
        var known = KnownOutlets()
        known.record(event: 1, outletIDs: [known.id(of: "a")], complete: false)
        known.record(event: 1, outletIDs: [known.id(of: "b")], complete: true)
        #expect(known.lookup(event: 1, outletID: known.id(of: "c")) == .unknown)
    }

    @Test func aForgottenEventIsUnknownAgain() {
        var known = KnownOutlets()
        let a = known.id(of: "a")
        known.record(event: 1, outletIDs: [a], complete: true)
        known.forget(event: 1)
        #expect(known.lookup(event: 1, outletID: a) == .unknown)
    }

    @Test func pastItsCapacityTheMemoryStartsAgain() {
        var known = KnownOutlets(capacity: 2)
        let a = known.id(of: "a")
        known.record(event: 1, outletIDs: [a], complete: true)
        known.record(event: 2, outletIDs: [a], complete: true)
        known.record(event: 3, outletIDs: [a], complete: true)
        #expect(known.count == 1)
        #expect(known.lookup(event: 1, outletID: a) == .unknown)
        #expect(known.lookup(event: 3, outletID: a) == .known)
    }

    @Test func holdingEveryStoredEventAnUnheldEventIsNew() {
        var known = KnownOutlets()
        known.holdsEveryStoredEvent = true
        let a = known.id(of: "a")
        #expect(known.lookup(event: 9, outletID: a) == .absent)
        known.recordWritten(event: 9, outletIDs: [a])
        #expect(known.lookup(event: 9, outletID: known.id(of: "b")) == .absent)
    }

    @Test func notHoldingEveryStoredEventAWrittenEventStaysIncomplete() {
        var known = KnownOutlets()
        let a = known.id(of: "a")
        known.recordWritten(event: 9, outletIDs: [a])
        #expect(known.lookup(event: 9, outletID: a) == .known)
        #expect(known.lookup(event: 9, outletID: known.id(of: "b")) == .unknown)
    }

    @Test func aRecountedEventIsAskedOfTheStore() {
        var known = KnownOutlets()
        known.holdsEveryStoredEvent = true
        let a = known.id(of: "a")
        known.record(event: 1, outletIDs: [a], complete: true)
        known.recordRecounted(event: 1)
        #expect(known.lookup(event: 1, outletID: a) == .unknown)
        #expect(known.holdsEveryStoredEvent)
    }

    @Test func droppingEventsForCapacityEndsHoldingEveryStoredEvent() {
        var known = KnownOutlets(capacity: 1)
        known.holdsEveryStoredEvent = true
        let a = known.id(of: "a")
        known.record(event: 1, outletIDs: [a], complete: true)
        known.record(event: 2, outletIDs: [a], complete: true)
        #expect(!known.holdsEveryStoredEvent)
        #expect(known.lookup(event: 1, outletID: a) == .unknown)
    }

    @Test func whetherAnEventIsStoredIsKnownOnlyForHeldEventsOrAMemoryHoldingEveryEvent() {
        var known = KnownOutlets()
        known.record(event: 1, outletIDs: [known.id(of: "a")], complete: false)
        #expect(known.isStored(event: 1) == true)
        #expect(known.isStored(event: 2) == nil)
        known.holdsEveryStoredEvent = true
        #expect(known.isStored(event: 2) == false)
    }

    @Test func outletIDsOutliveForgettingTheEvents() {
        var known = KnownOutlets()
        let levant = known.id(of: "Levant Wire")
        known.removeAll()
        #expect(known.id(of: "Levant Wire") == levant)
        #expect(known.outlet(levant) == "Levant Wire")
    }
}
