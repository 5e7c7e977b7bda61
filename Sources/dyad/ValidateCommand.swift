import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadPetrarch
import DyadSyntax
import DyadText
import Foundation

/// `dyad validate`: run PETRARCH validation records and report mismatches.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Code PETRARCH validation records (XML) and compare with their expected events.",
        discussion: """
        Reads <Sentence> records with <EventCoding sourcecode targetcode eventcode> lines (or noevents="True"), \
        codes each one, prints every mismatch with its sentence, expected and actual events, and ends with \
        'N passed, N failed'. Dictionaries are those the file's <Environment> names, read from the file's \
        folder, unless --dictionaries is given.

        Examples:
          dyad validate ../shared/petrarch/validate/PETR.UnitTest.records.xml --use-parse
          dyad validate records.xml --dictionaries ../shared/petrarch/phoenix --strict
        """)

    @Argument(help: "A PETRARCH validation file (XML).") var file: String

    @Flag(help: "Use each record's Penn Treebank parse instead of dyad's own syntax.") var useParse = false

    @Flag(help: "Exit with status 1 when any record fails.") var strict = false

    @Flag(help: "Print only the final line.") var quiet = false

    @Option(help: ArgumentHelp("Check only the records with this id.", valueName: "ID")) var record: String?

    @Flag(help: "After each failing record (with --record, after that record), explain how it was coded: tokens, actors, clauses, rules, and which coded events the comparison leaves out.")
    var explain = false

    @Option(name: .customLong("dictionaries"), help: ArgumentHelp("Use the dictionaries in DIR instead of the <Environment>'s.", valueName: "DIR"))
    var folder: String?

    @Flag(help: "Validate even when the --dictionaries folder has errors (the lines concerned are skipped).")
    var allowDictionaryErrors = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ValidationError("cannot read \(file)")
        }
        let parsed = PetrarchXMLReader.read(String(decoding: data, as: UTF8.self))
        for p in parsed.problems { StandardError.print("\(file):\(p)") }
        let set: DictionarySet
        if let folder {
            set = try DictionarySet.load(folders: [try DictionarySet.bundledFolder(), URL(fileURLWithPath: folder)])
        } else if let env = parsed.environment {
            set = env.loadDictionaries(folder: url.deletingLastPathComponent())
        } else {
            throw ValidationError("\(file) has no <Environment> naming its dictionaries; pass --dictionaries DIR")
        }
        try DictionaryErrors.enforce(set, given: folder != nil, allowed: allowDictionaryErrors)
        let coder = try EventCoder.petrarch(set, parser: try ShallowParser.bundled(), options: CodingOptions(includeNegated: true))
        let discards = parsed.environment?.loadDiscards(folder: url.deletingLastPathComponent()) ?? PetrarchDiscards()
        let runner = ValidationRunner(coder: coder, discards: discards)
        let records = record.map { id in parsed.records.filter { $0.id == id } } ?? parsed.records
        let report = runner.run(records, useParse: useParse)
        let out = OutputBuffer()
        if !quiet {
            // With --record, --explain explains the record whether it passes or fails.
            for o in report.outcomes where !o.passed || (explain && record != nil) {
                out.writeLine("\(o.passed ? "PASS" : "FAIL") \(o.record.id) (line \(o.record.line)\(o.record.category.map { ", \($0)" } ?? ""))")
                out.writeLine("  sentence: \(o.record.text)")
                out.writeLine("  expected: \(o.record.expectsNoEvents ? "no events" : o.expected.map(\.description).joined(separator: "; "))")
                out.writeLine("  actual:   \(o.actual.isEmpty ? "no events" : o.actual.map(\.description).joined(separator: "; "))")
                if let note = o.note { out.writeLine("  note:     \(note)") }
                if explain {
                    for t in runner.trace(o.record, useParse: useParse) { out.writeLine(ExplanationWriter().render(t)) }
                    for e in runner.code(o.record, useParse: useParse).events {
                        guard let why = runner.exclusion(of: e, in: o.record) else { continue }
                        out.writeLine("  not counted: \(e.source.code) \(e.cameo) \(e.target?.code ?? "—"): \(why)")
                    }
                }
            }
        }
        out.writeLine("\(report.passed) passed, \(report.failed) failed")
        out.flush()
        if strict && report.failed > 0 { throw ExitCode(1) }
    }
}
