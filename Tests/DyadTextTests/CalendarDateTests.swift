import Testing
@testable import DyadText

@Suite struct CalendarDateTests {
    @Test func descriptionIsISOAtEachPrecision() {
        #expect(CalendarDate(year: 2018, month: 4, day: 24).description == "2018-04-24")
        #expect(CalendarDate(year: 2018, month: 2, day: nil).description == "2018-02")
        #expect(CalendarDate(year: 2018, month: nil, day: nil).description == "2018")
    }

    @Test func descriptionPadsSmallYearsToFourDigits() {
        #expect(CalendarDate(year: 7, month: 1, day: 9).description == "0007-01-09")
    }

    @Test func descriptionParsesBackToTheSameDate() {
        for text in ["1999-12-31", "2000-01-01", "2024-02-29", "1970-06", "1066"] {
            #expect(CalendarDate(text)?.description == text)
        }
    }

    @Test func impossibleOrMalformedDaysAreNil() {
        for text in ["2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31", "2019-04-3x", "2019/04/03", "20190-4-03"] {
            #expect(CalendarDate(text) == nil, "\(text)")
        }
        #expect(CalendarDate("2020-02-29") == CalendarDate(year: 2020, month: 2, day: 29))
    }

    @Test func shortFormsAndTimestampsStillParse() {
        #expect(CalendarDate("2019-4-3") == CalendarDate(year: 2019, month: 4, day: 3))
        #expect(CalendarDate("2018-04-24T10:00:00Z") == CalendarDate(year: 2018, month: 4, day: 24))
        #expect(CalendarDate("20180424") == CalendarDate(year: 2018, month: 4, day: 24))
    }
}
