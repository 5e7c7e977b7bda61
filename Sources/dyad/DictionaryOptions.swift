import ArgumentParser
import DyadCoder
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

    @Flag(help: "Code even when the --dictionaries folders have errors (the lines concerned are skipped).")
    var allowDictionaryErrors = false

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

    /// ``loadSet()``, with its errors — every error `dyad dict check` reports — printed, and
    /// refused when they come from `--dictionaries` folders (see ``DictionaryErrors``).
    func loadCheckedSet() throws -> DictionarySet {
        let set = try loadSet()
        try DictionaryErrors.enforce(set, given: !folders.isEmpty, allowed: allowDictionaryErrors)
        return set
    }
}

/// What a coding command does with dictionary errors: prints each distinct one once (with
/// how many more like it), and when the dictionaries were given with `--dictionaries` and
/// `--allow-dictionary-errors` was not, stops with exit status 1 — an event file coded with
/// half a dictionary looks complete and is not.
enum DictionaryErrors {
    static func enforce(_ set: DictionarySet, given: Bool, allowed: Bool) throws {
        let errors = DictionaryCheck.run(set, ontology: try Ontology.bundled()).issues.filter { $0.severity == .error }
        for line in DictionaryIssue.summarized(errors) { StandardError.print("dictionary: \(line)") }
        guard !errors.isEmpty, given, !allowed else { return }
        StandardError.print("dyad: \(errors.count) dictionary error\(errors.count == 1 ? "" : "s") in --dictionaries (listed above, "
                            + "also by `dyad dict check DIR`); fix them, or pass --allow-dictionary-errors to code without the lines concerned")
        throw ExitCode(1)
    }
}
