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
}
