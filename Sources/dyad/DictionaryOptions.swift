import ArgumentParser
import DyadLexicon
import Foundation

/// `--dictionaries DIR` and `--only-dictionaries`, shared by every command that codes.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("dictionaries"),
            help: ArgumentHelp("A folder of extra dictionaries; a file named like a bundled one replaces it. Repeatable.",
                               valueName: "DIR"))
    var folders: [String] = []

    @Flag(help: "Use only the --dictionaries folders, not dyad's bundled dictionaries.")
    var onlyDictionaries = false

    /// The folders to load, bundled first so that user files replace bundled ones.
    func resolvedFolders() throws -> [URL] {
        var urls: [URL] = []
        if !onlyDictionaries { urls.append(try DictionarySet.bundledFolder()) }
        urls += folders.map { URL(fileURLWithPath: $0) }
        return urls
    }

    func loadSet() throws -> DictionarySet {
        try DictionarySet.load(folders: try resolvedFolders())
    }
}
