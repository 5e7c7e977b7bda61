import ArgumentParser
import DyadCoder
import DyadLexicon
import Foundation

struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict", abstract: "Work with dictionaries.", subcommands: [DictCheckCommand.self])
}

/// `dyad dict check [DIR]`: validate dictionaries and list every problem as `file:line: message`.
struct DictCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate dictionaries: syntax, CAMEO codes, conflicting names.",
        discussion: "Without DIR, checks dyad's bundled dictionaries. Exits 1 when there are errors (warnings alone exit 0).")

    @Argument(help: "A folder of dyad-format dictionaries.") var folder: String?

    func run() throws {
        let url = try folder.map { URL(fileURLWithPath: $0) } ?? DictionarySet.bundledFolder()
        let set = try DictionarySet.load(folders: [url])
        let report = DictionaryCheck.run(set, ontology: try Ontology.bundled())
        for issue in report.issues { StandardError.print(issue.description) }
        print("\(report.files) files, \(report.actors) actors, \(report.agents) agent words, \(report.patterns) verb patterns: \(report.errors) errors, \(report.issues.count - report.errors) warnings")
        if report.errors > 0 { throw ExitCode(1) }
    }
}
