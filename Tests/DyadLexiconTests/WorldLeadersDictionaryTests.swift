import Foundation
import DyadText
import Testing
@testable import DyadLexicon

/// The bundled world-leaders dictionary (world-leaders.actors.txt): it loads
/// without problems, its people code as the office they held on a given date
/// (and as former officials after it), and none of its name forms is also a
/// form of another entry in dyad's own dictionaries.
@Suite struct WorldLeadersDictionaryTests {
    static let set = BundledDictionaries.set
    static let lexicon = BundledDictionaries.lexicon

    static func isWorldLeadersFile(_ location: DyadText.SourceLocation) -> Bool {
        BundledDictionaries.isFile(location, named: "world-leaders.actors.txt")
    }

    /// The code of the person matching the whole of `phrase` on `date`, or nil.
    func code(of phrase: String, on date: String) throws -> String? {
        let lexicon = try Self.lexicon.get()
        let tokens = Tokenizer().tokens(in: phrase, from: 0, to: phrase.utf8.count)
        let matches = lexicon.matchNames(tokens, ids: lexicon.wordIDs(tokens))
        guard matches.count == 1, let m = matches.first, m.range == 0..<tokens.count, let i = m.actor else { return nil }
        return lexicon.actors[i].role(on: CalendarDate(date))?.code
    }

    @Test func theFileLoadsWithoutProblems() throws {
        let set = try Self.set.get()
        let people = set.actors.filter { Self.isWorldLeadersFile($0.origin) }
        #expect(people.count > 1000, "world-leaders.actors.txt is missing or nearly empty: \(people.count) entries")
        #expect(people.allSatisfy { $0.kind == .person && !$0.roles.isEmpty })
        let problems = set.issues.filter { Self.isWorldLeadersFile($0.location) }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test(arguments: [
        ("Alexander Lukashenko", "2020-08-10", "BLRGOV"), ("Lukashenka", "2022-03-01", "BLRGOV"),
        ("Viktor Orbán", "2015-06-01", "HUNGOV"), ("Orban", "2022-04-03", "HUNGOV"),
        ("Tsai Ing-wen", "2012-01-14", "TWNOPP"), ("Tsai Ing-wen", "2020-01-11", "TWNGOV"),
        ("Carrie Lam", "2019-07-01", "HKGGOV"), ("Ricardo Rosselló", "2018-01-01", "PRIGOV"),
        ("Albin Kurti", "2022-01-01", "XKXGOV"), ("Kais Saied", "2021-07-25", "TUNGOV"),
        ("Juan Guaidó", "2019-02-01", "VENOPP"), ("Nicolás Maduro", "2019-02-01", "VENGOV"),
        ("Mohamed Bazoum", "2022-05-01", "NERGOV"), ("Mohamed Bazoum", "2024-01-01", "NERELI"),
        ("Sheikh Hasina", "2020-01-01", "BGDGOV"), ("Sheikh Hasina", "2025-01-01", "BGDELI"),
        ("Hemedti", "2021-01-01", "SDNGOV"), ("Hemedti", "2024-01-01", "SDNREBRSF"),
        ("Tedros", "2020-03-11", "IGOUNOWHO"), ("Fatou Bensouda", "2015-01-01", "IGOICC"),
        ("Moussa Faki Mahamat", "2020-01-01", "IGOAFU"), ("Luis Almagro", "2019-01-01", "IGOOAS"),
        ("Kristalina Georgieva", "2022-01-01", "IGOIMF"), ("Pope Francis", "2016-01-01", "VATGOV"),
    ])
    func aLeaderCodesAsTheOfficeHeldOnTheDate(phrase: String, date: String, code: String) throws {
        #expect(try self.code(of: phrase, on: date) == code)
    }

    @Test func noNameFormBelongsToAnotherEntry() throws {
        let set = try Self.set.get()
        let imported = BundledDictionaries.importedFiles(set)
        var others: [String: ActorEntry] = [:]
        for actor in set.actors where !Self.isWorldLeadersFile(actor.origin) && !imported.contains(actor.origin.file) {
            for form in actor.names + actor.adjectives + actor.capitals { others[form.lowercased()] = actor }
        }
        var seen: [String: String] = [:]
        for person in set.actors where Self.isWorldLeadersFile(person.origin) {
            for form in person.names {
                let key = form.lowercased()
                if let other = others[key] { Issue.record("'\(form)' (\(person.name)) is also '\(other.name)' at \(other.origin)") }
                if let first = seen[key], first != person.name { Issue.record("'\(form)' is listed for \(person.name) and \(first)") }
                seen[key] = person.name
            }
        }
    }
}
