import DyadCoder
import Testing

@Suite struct CSVEventWriterTests {
    @Test func plainFieldsStayUnquoted() {
        #expect(CSVEventWriter.quote("SYRGOV") == "SYRGOV")
    }

    @Test func quotesInsideAFieldAreDoubled() {
        #expect(CSVEventWriter.quote("said \"no\", twice") == "\"said \"\"no\"\", twice\"")
    }

    @Test func lineBreaksAreQuoted() {
        #expect(CSVEventWriter.quote("a\nb") == "\"a\nb\"")
    }
}
