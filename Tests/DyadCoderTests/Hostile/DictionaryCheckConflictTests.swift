import DyadCoder
import DyadLexicon
import Testing

/// `dict check` flags one written name given two different codes.
@Suite struct DictionaryCheckConflictTests {
    func warnings(_ actors: String) throws -> [String] {
        var set = DictionarySet()
        set.add(text: actors, kind: .actors, file: "x.actors.txt")
        return DictionaryCheck.run(set, ontology: try Ontology.bundled()).issues.filter { $0.severity == .warning }.map(\.message)
    }

    @Test func sameNameUnderTwoCodesIsFlagged() throws {
        let found = try warnings("organization ZZZGOV: Zed Council\norganization ZZZMIL: Zed Council\n")
        #expect(found == ["name 'Zed Council' is coded ZZZMIL here and ZZZGOV at x.actors.txt:1 ('Zed Council'); keep it on one entry"])
    }

    @Test func sameNameUnderTheSameCodeIsNotFlagged() throws {
        #expect(try warnings("organization ZZZGOV: Zed Council | Zed Council\n").isEmpty)
    }
}
