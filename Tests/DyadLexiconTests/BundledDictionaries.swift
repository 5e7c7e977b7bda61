import Foundation
import DyadText
@testable import DyadLexicon

/// dyad's bundled dictionaries, loaded once for the suites that check one of
/// their files.
enum BundledDictionaries {
    static let set = Result { try DictionarySet.load(folders: [DictionarySet.bundledFolder()]) }
    static let lexicon = Result { Lexicon(try set.get()) }

    /// True when `location` is in the bundled file called `name`.
    static func isFile(_ location: DyadText.SourceLocation, named name: String) -> Bool {
        (location.file as NSString).lastPathComponent == name
    }

    /// Files `dyad dict import-petrarch` wrote: the importer leaves out the
    /// forms dyad's own dictionaries already have, so they are not checked for overlaps.
    static func importedFiles(_ set: DictionarySet) -> Set<String> {
        Set(Set(set.actors.map(\.origin.file)).filter { file in
            guard let handle = FileHandle(forReadingAtPath: file) else { return false }
            defer { try? handle.close() }
            return ImportPrecedence.isConverted(String(decoding: handle.readData(ofLength: 64), as: UTF8.self))
        })
    }
}
