import Testing
import DyadText

/// Dates of JSON Lines records that are numbers or far-off years: each is one
/// record's error, and the records around it are read.
@Suite struct NumericDateTests {
    /// The message for a record whose date is `value`, written raw into the JSON,
    /// read between two good records that must both survive.
    private func rejection(_ value: String) throws -> InputError {
        let input = #"{"id": "a", "text": "One."}"# + "\n" + #"{"id": "b", "text": "Two.", "date": "# + value + "}\n"
            + #"{"id": "c", "text": "Three."}"#
        let results = read(input, name: "n.jsonl")
        #expect(results.count == 3)
        #expect(results[0].value?.id == "a")
        #expect(results[2].value?.id == "c")
        return try #require(results[1].failure)
    }

    @Test func hugeExponentDateIsARecordError() throws {
        let error = try rejection("1e19")
        #expect(error.location == SourceLocation(file: "n.jsonl", line: 2))
        #expect(error.message.contains("not an 8-digit YYYYMMDD"))
    }

    @Test func negativeHugeDateIsARecordError() throws {
        _ = try rejection("-1e300")
    }

    @Test func smallestIntegerDateIsARecordError() throws {
        _ = try rejection("-9223372036854775808")
    }

    @Test func unixSecondsAsNumberIsRefused() throws {
        #expect(try rejection("1524564000").message.contains("YYYYMMDD"))
    }

    @Test func fractionalNumberDateIsRefused() throws {
        _ = try rejection("20180424.5")
    }

    @Test func eightDigitNumberIsYearMonthDay() throws {
        let doc = try #require(read(#"{"text": "A.", "date": 20180424}"#, name: "n.jsonl").first?.value)
        #expect(doc.date == CalendarDate("2018-04-24"))
    }

    @Test func eightDigitNumberThatIsNoDayIsRefused() throws {
        _ = try rejection("20181345")
    }

    @Test func yearBefore1800IsRefused() throws {
        #expect(try rejection(#""1066-10-14""#).message.contains("outside 1800…2200"))
    }

    @Test func yearAfter2200IsRefused() throws {
        _ = try rejection(#""9999-01-01""#)
    }

    @Test func longDigitStringDateIsRefusedNotTrapped() throws {
        _ = try rejection(#""99999999999999999999999""#)
    }

    @Test func unixSecondsStringIsStillADate() throws {
        let doc = try #require(read(#"{"text": "A.", "date": "1524564000"}"#, name: "n.jsonl").first?.value)
        #expect(doc.date == CalendarDate("2018-04-24"))
    }
}
