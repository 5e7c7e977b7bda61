import Foundation
import DyadText
import Testing
@testable import DyadLexicon

/// The bundled gazetteer (places.actors.txt): its places load, match as whole
/// phrases and stand for the state they belong to, and none of its name forms
/// is also a name, adjective or capital of another entry.
@Suite struct PlacesDictionaryTests {
    static let set = BundledDictionaries.set
    static let lexicon = BundledDictionaries.lexicon

    static func isPlacesFile(_ location: DyadText.SourceLocation) -> Bool {
        BundledDictionaries.isFile(location, named: "places.actors.txt")
    }

    /// The country of the actor matching the whole of `phrase`, or nil.
    func country(of phrase: String) throws -> String? {
        let lexicon = try Self.lexicon.get()
        let tokens = Tokenizer().tokens(in: phrase, from: 0, to: phrase.utf8.count)
        let matches = lexicon.matchNames(tokens, ids: lexicon.wordIDs(tokens))
        guard matches.count == 1, let m = matches.first, m.range == 0..<tokens.count, let i = m.actor else { return nil }
        return lexicon.actors[i].roles.first?.country
    }

    @Test func thePlacesFileLoadsWithoutProblems() throws {
        let set = try Self.set.get()
        let places = set.actors.filter { Self.isPlacesFile($0.origin) }
        #expect(places.count > 300, "places.actors.txt is missing or nearly empty: \(places.count) entries")
        let problems = set.issues.filter { Self.isPlacesFile($0.location) }
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Loading a folder must keep every place entry: a place has no `names`
    /// (its forms are adjectives), so a step that drops actors left without
    /// names must not touch them.
    @Test func loadingKeepsEveryPlaceEntry() throws {
        let url = try DictionarySet.bundledFolder().appendingPathComponent("places.actors.txt")
        var issues: [DictionaryIssue] = []
        let parsed = ActorFileParser.parse(try String(contentsOf: url, encoding: .utf8), file: url.path, issues: &issues)
        let loaded = try Self.set.get().actors.filter { Self.isPlacesFile($0.origin) }
        #expect(loaded.count == parsed.count, "\(parsed.count) place entries in the file, \(loaded.count) after loading the folder")
    }

    @Test(arguments: [
        ("Shanghai", "CHN"), ("Kano State", "NGA"), ("Rakhine", "MMR"), ("Mariupol", "UKR"),
        ("Kharkov", "UKR"), ("Crimea", "UKR"), ("Abkhazia", "GEO"), ("South Ossetia", "GEO"),
        ("Transnistria", "MDA"), ("Nagorno-Karabakh", "AZE"), ("Somaliland", "SOM"),
        ("Republika Srpska", "BIH"), ("Iraqi Kurdistan", "IRQ"), ("Golan Heights", "SYR"),
        ("Bombay", "IND"), ("Kowloon", "HKG"), ("Texas", "USA"), ("New Mexico", "USA"),
        ("Bavaria", "DEU"), ("Zürich", "CHE"), ("Laayoune", "ESH"), ("Mitrovica", "XKX"),
    ])
    func aPlaceStandsForItsState(place: String, code: String) throws {
        #expect(try country(of: place) == code)
    }

    @Test func leftOutNamesAreNotPlaces() throws {
        let set = try Self.set.get()
        let forms = Set(set.actors.filter { Self.isPlacesFile($0.origin) }.flatMap(\.adjectives).map { $0.lowercased() })
        for word in ["nice", "reading", "mobile", "victoria", "florence", "jackson", "georgia", "jordan", "chad",
                     "kashmir", "kurdistan", "birmingham", "punjab", "washington"] {
            #expect(!forms.contains(word), "\(word) should not be a place")
        }
    }

    @Test func noPlaceNameBelongsToAnotherEntry() throws {
        let set = try Self.set.get()
        let imported = BundledDictionaries.importedFiles(set)
        var others: [String: ActorEntry] = [:]
        for actor in set.actors where !Self.isPlacesFile(actor.origin) && !imported.contains(actor.origin.file) {
            for form in actor.names + actor.adjectives + actor.capitals { others[form.lowercased()] = actor }
        }
        var seen: [String: String] = [:]
        for place in set.actors where Self.isPlacesFile(place.origin) {
            let code = place.roles.first?.country ?? ""
            for form in place.adjectives {
                let key = form.lowercased()
                if let other = others[key] { Issue.record("place '\(form)' (\(code)) is also '\(other.name)' at \(other.origin)") }
                if let first = seen[key] { Issue.record("place '\(form)' (\(code)) is listed twice (also \(first))") }
                seen[key] = code
            }
        }
    }

    @Test func everyPlaceCodeIsAStateOrTerritory() throws {
        let set = try Self.set.get()
        let states = Set(set.actors.filter { $0.kind == .country && !Self.isPlacesFile($0.origin) }.compactMap { $0.roles.first?.country })
        for place in set.actors where Self.isPlacesFile(place.origin) {
            let code = place.roles.first?.country ?? ""
            #expect(states.contains(code), "place code \(code) at \(place.origin) is no state or territory")
        }
    }
}
