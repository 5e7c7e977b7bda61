import ArgumentParser
import DyadCoder
import DyadLexicon
import Foundation

struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict", abstract: "Work with dictionaries.", subcommands: [DictCheckCommand.self, DictImportPetrarchCommand.self])
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
        for line in DictionaryIssue.summarized(report.issues) { StandardError.print(line) }
        print("\(report.files) files, \(report.actors) actors, \(report.agents) agent words, \(report.patterns) verb patterns: \(report.errors) errors, \(report.issues.count - report.errors) warnings")
        if report.errors > 0 { throw ExitCode(1) }
    }
}

/// `dyad dict import-petrarch DIR [--out OUTDIR]`: convert PETRARCH/TABARI actor, agent
/// and verb dictionaries into dyad's readable format, then check what was written.
struct DictImportPetrarchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-petrarch",
        abstract: "Convert PETRARCH/TABARI actor, agent and verb dictionaries into dyad's *.actors.txt / *.agents.txt / *.verbs.txt format.",
        discussion: """
            Reads every *.actors.txt and *.agents.txt PETRARCH dictionary in DIR and writes one dyad file \
            per input (Phoenix.Countries.actors.txt → phoenix-countries.actors.txt) into OUTDIR, with a header \
            naming its source and licence. Name forms dyad's own dictionaries (--own, default: the bundled ones \
            other than files this import writes) already list are left out, so dyad's entries win; so are bare \
            one-word forms that are everyday English words or of at most two letters, and forms that imported \
            entries give to different codes. A verb dictionary (CAMEO.2.0.txt) becomes one PREFIX-NN-root.verbs.txt \
            file per CAMEO root (PREFIX is --verb-prefix): every pattern for every verb of its block \
            (--verb-patterns block) or for the verbs its line's # VERB comment names (own), and for \
            every member of its synonym sets, as lemmas; patterns dyad's format cannot hold, [---] patterns and \
            patterns dyad's own verb files have are left out and counted. \
            Malformed input lines are reported as file:line and skipped; \
            the rest is still converted. The written files are then checked as `dyad dict check` does. \
            Exits 1 when an input line was malformed or the check finds errors.
            """)

    @Argument(help: "A folder of PETRARCH/TABARI dictionaries.") var folder: String
    @Option(name: .long, help: "Folder to write the converted files to (created if needed).") var out: String = "."
    @Option(name: .long, help: "Folder of dyad's own dictionaries whose names win (default: the bundled ones).") var own: String?
    @Option(name: .long, help: "Licence line written into each header, before the source's own notice.") var licence: String?
    @Option(name: .long, help: "Actor kinds to write, comma-separated: country, person, organization.") var kinds: String = "country,person,organization"
    @Option(name: .long, help: "First part of the converted verb files' names: PREFIX-04-consult.verbs.txt.") var verbPrefix: String = "phoenix"
    @Option(name: .long, help: "Which verbs of its block a verb pattern is written for: block (every verb, as PETRARCH applies it) or own (the verbs its line's # VERB comment names; every verb when it names none of them).")
    var verbPatterns: PetrarchVerbImport.PatternVerbs = .own
    @Flag(name: .long, help: "List every name form and verb pattern left out, with its source line and rule.") var listDropped = false

    func run() throws {
        let input = URL(fileURLWithPath: folder)
        let output = URL(fileURLWithPath: out)
        let ownFolder = try own.map { URL(fileURLWithPath: $0) } ?? DictionarySet.bundledFolder()
        let inputNames = try FileManager.default.contentsOfDirectory(atPath: input.path)
        let written = Set(inputNames.compactMap(PetrarchImport.outputName(for:)))
        // dyad's own entries: the folder's files except those this import replaces.
        let ownFiles = try FileManager.default.contentsOfDirectory(atPath: ownFolder.path)
            .filter { !written.contains($0) && DictionaryKind(fileName: $0) != nil }
            .filter { !($0.hasPrefix("\(verbPrefix)-") && $0.hasSuffix(".verbs.txt")) }
        var ownSet = DictionarySet()
        for name in ownFiles.sorted() {
            let url = ownFolder.appendingPathComponent(name)
            guard let kind = DictionaryKind(fileName: name),
                  let text = FileManager.default.contents(atPath: url.path).flatMap({ String(data: $0, encoding: .utf8) }) else { continue }
            ownSet.add(text: text, kind: kind, file: url.path)
        }
        var chosen = Set<ActorKind>()
        for word in kinds.split(separator: ",") {
            guard let kind = ActorKind(rawValue: word.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--kinds: '\(word)' is not a kind; use country, person or organization, comma-separated")
            }
            chosen.insert(kind)
        }
        let rules = try ImportNameRules(own: ownSet)
        let result = try PetrarchImport.convert(folder: input, rules: rules, licence: licence, kinds: chosen)
        for issue in result.issues { StandardError.print(issue.description) }
        let ontology = try Ontology.bundled()
        let verbs = try PetrarchVerbImport.convert(folder: input, own: ownSet.verbs, forms: .bundled(), prefix: verbPrefix,
                                                   licence: licence, patternVerbs: verbPatterns,
                                                   isKnownCode: { ontology[$0] != nil })
        for issue in verbs.issues { StandardError.print(issue.description) }
        if result.files.isEmpty && verbs.files.isEmpty {
            StandardError.print("\(input.path): no PETRARCH *.actors.txt, *.agents.txt or verb dictionary found; nothing written")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for file in result.files + verbs.files {
            let url = output.appendingPathComponent(file.fileName)
            try Data(file.text.utf8).write(to: url, options: .atomic)
            let counts = file.fileName.hasSuffix(".verbs.txt") ? "\(file.names) patterns on \(file.entries) lines"
                : "\(file.entries) entries, \(file.names) names"
            print("\(url.path): \(counts) (from \(file.source))")
        }
        if !result.countryCodes.isEmpty {
            print("state codes written as dyad's: " + result.countryCodes.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value)" }.joined(separator: ", "))
        }
        if result.shortenedCodes > 0 {
            print("\(result.shortenedCodes) codes longer than 9 letters cut to their first three 3-letter parts (IGOUNOREFHCR → IGOUNOREF)")
        }
        let counts = result.droppedByRule
        print("name forms left out: " + ImportDropRule.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", "))
        if !verbs.files.isEmpty {
            print("verb patterns: \(verbs.sourcePatterns) source lines read, \(verbs.patterns) dyad patterns written; "
                  + "\(verbs.reverseDropped) paired codes [A:B] written as A; left out: "
                  + VerbImportSkip.allCases.map { "\($0.rawValue) \(verbs.skipped[$0] ?? 0)" }.joined(separator: ", "))
        }
        if listDropped {
            for d in result.dropped { print("\(d.location): \(d.rule.rawValue): \(d.name)") }
            for v in verbs.left { print("\(v.location): \(v.reason.rawValue): \(v.pattern)") }
        }
        // Every converted file must pass `dyad dict check`.
        var check = DictionarySet()
        for file in result.files + verbs.files {
            if let kind = DictionaryKind(fileName: file.fileName) {
                check.add(text: file.text, kind: kind, file: output.appendingPathComponent(file.fileName).path)
            }
        }
        let report = DictionaryCheck.run(check, ontology: ontology)
        for issue in report.issues { StandardError.print(issue.description) }
        print("check: \(report.actors) actors, \(report.agents) agent words, \(report.patterns) verb patterns: \(report.errors) errors, \(report.issues.count - report.errors) warnings")
        let malformed = (result.issues + verbs.issues).contains { $0.severity == .error }
        if report.errors > 0 || malformed { throw ExitCode(1) }
    }
}

extension PetrarchVerbImport.PatternVerbs: ExpressibleByArgument {}
