@testable import DyadStore
import Testing

@Suite struct KnownOutletsTests {
    @Test func anEventNotRecordedIsUnknown() {
        let known = KnownOutlets()
        #expect(known.lookup(event: 7, outlet: "Levant Wire") == .unknown)
        #expect(known.isStored(event: 7) == nil)
    }

    @Test func anInsertedEventKnowsItsOutletsAndThatOthersAreNew() {
        var known = KnownOutlets()
        known.record(event: 42, outlets: ["Levant Wire", "Gulf Courier"], complete: true)
        #expect(known.lookup(event: 42, outlet: "Levant Wire") == .known)
        #expect(known.lookup(event: 42, outlet: "Gulf Courier") == .known)
        #expect(known.lookup(event: 42, outlet: "Harbor Times") == .absent)
    }

    @Test func anEventFirstMetStoredLeavesOtherOutletsToTheStore() {
        var known = KnownOutlets()
        known.record(event: 42, outlets: ["Levant Wire"], complete: false)
        #expect(known.lookup(event: 42, outlet: "Levant Wire") == .known)
        #expect(known.lookup(event: 42, outlet: "Gulf Courier") == .unknown)
    }

    @Test func outletsBeyondThreeAreAskedOfTheStore() {
        var known = KnownOutlets()
        known.record(event: 1, outlets: ["a", "b", "c"], complete: true)
        #expect(known.lookup(event: 1, outlet: "d") == .absent)
        known.record(event: 1, outlets: ["d"], complete: true)
        #expect(known.lookup(event: 1, outlet: "a") == .known)
        #expect(known.lookup(event: 1, outlet: "d") == .unknown)
        #expect(known.lookup(event: 1, outlet: "e") == .unknown)
    }

    @Test func aLaterCompleteRecordKeepsAnEventIncomplete() {
        var known = KnownOutlets()
        known.record(event: 1, outlets: ["a"], complete: false)
        known.record(event: 1, outlets: ["b"], complete: true)
        #expect(known.lookup(event: 1, outlet: "c") == .unknown)
    }

    @Test func aForgottenEventIsUnknownAgain() {
        var known = KnownOutlets()
        known.record(event: 1, outlets: ["a"], complete: true)
        known.forget(event: 1)
        #expect(known.lookup(event: 1, outlet: "a") == .unknown)
    }

    @Test func pastItsCapacityTheMemoryStartsAgain() {
        var known = KnownOutlets(capacity: 2)
        known.record(event: 1, outlets: ["a"], complete: true)
        known.record(event: 2, outlets: ["a"], complete: true)
        known.record(event: 3, outlets: ["a"], complete: true)
        #expect(known.count == 1)
        #expect(known.lookup(event: 1, outlet: "a") == .unknown)
        #expect(known.lookup(event: 3, outlet: "a") == .known)
    }

    @Test func holdingEveryStoredEventAnUnheldEventIsNew() {
        var known = KnownOutlets()
        known.holdsEveryStoredEvent = true
        #expect(known.lookup(event: 9, outlet: "a") == .absent)
        known.recordWritten(event: 9, outlets: ["a"])
        #expect(known.lookup(event: 9, outlet: "b") == .absent)
    }

    @Test func notHoldingEveryStoredEventAWrittenEventStaysIncomplete() {
        var known = KnownOutlets()
        known.recordWritten(event: 9, outlets: ["a"])
        #expect(known.lookup(event: 9, outlet: "a") == .known)
        #expect(known.lookup(event: 9, outlet: "b") == .unknown)
    }

    @Test func aRecountedEventIsAskedOfTheStore() {
        var known = KnownOutlets()
        known.holdsEveryStoredEvent = true
        known.record(event: 1, outlets: ["a"], complete: true)
        known.recordRecounted(event: 1)
        #expect(known.lookup(event: 1, outlet: "a") == .unknown)
        #expect(known.holdsEveryStoredEvent)
    }

    @Test func droppingEventsForCapacityEndsHoldingEveryStoredEvent() {
        var known = KnownOutlets(capacity: 1)
        known.holdsEveryStoredEvent = true
        known.record(event: 1, outlets: ["a"], complete: true)
        known.record(event: 2, outlets: ["a"], complete: true)
        #expect(!known.holdsEveryStoredEvent)
        #expect(known.lookup(event: 1, outlet: "a") == .unknown)
    }

    @Test func whetherAnEventIsStoredIsKnownOnlyForHeldEventsOrAMemoryHoldingEveryEvent() {
        var known = KnownOutlets()
        known.record(event: 1, outlets: ["a"], complete: false)
        #expect(known.isStored(event: 1) == true)
        #expect(known.isStored(event: 2) == nil)
        known.holdsEveryStoredEvent = true
        #expect(known.isStored(event: 2) == false)
    }
}
