import DyadCoder
import DyadText
import Testing

/// A person named in full once is named by surname afterwards ("Varela
/// said"). Names are invented; no dictionary lists them.
@Suite struct PersonNameTests {
    func code(_ text: String) throws -> [Event] { try BundledCoder.code(text, date: "2011-06-01") }

    @Test func aSurnameAloneRefersToThePersonTitledEarlier() throws {
        let text = """
        Kenyan Foreign Minister Tomas Varela arrived in Kampala on Monday.

        Varela criticized Uganda's treatment of refugees.
        """
        let e = try code(text)
        #expect(e.contains { $0.source.code == "KENGOV" && $0.source.text == "Varela" && $0.cameo.hasPrefix("11") }, "\(BundledCoder.summary(e))")
    }

    @Test func aSurnameTwoPeopleShareNamesNeither() throws {
        let text = """
        Kenyan Foreign Minister Tomas Varela arrived in Kampala on Monday.

        Ugandan Defence Minister Ana Varela met him at the airport.

        Varela criticized Tanzania.
        """
        let e = try code(text)
        #expect(!e.contains { $0.source.text == "Varela" }, "\(BundledCoder.summary(e))")
    }

    @Test func aSurnameIsNotLearnedFromAPlural() throws {
        let text = """
        Kenyan ministers Varela and Osei arrived in Kampala on Monday.

        Osei criticized Uganda.
        """
        let e = try code(text)
        #expect(!e.contains { $0.source.text == "Osei" }, "\(BundledCoder.summary(e))")
    }
}
