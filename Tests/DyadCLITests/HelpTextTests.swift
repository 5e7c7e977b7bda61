import ArgumentParser
@testable import dyad
import Foundation
import Testing

/// Help that ArgumentParser can wrap: whole sentences, examples on lines of their own, one default each.
@Suite struct HelpTextTests {
    static let commands: [any ParsableCommand.Type] = [
        Dyad.self,
        CodeCommand.self, DictCommand.self, DictCheckCommand.self, DictImportPetrarchCommand.self, ValidateCommand.self,
        EvalCommand.self, IngestCommand.self, RecodeCommand.self, EventsCommand.self, TimelineCommand.self,
        ActorsCommand.self, NetworkCommand.self, ShowCommand.self, ExportCommand.self, CheckCommand.self, ParseCommand.self,
        VersionCommand.self,
    ]

    /// The help of `command` unwrapped: with room enough, every line break in it is one the source wrote.
    static func help(_ command: any ParsableCommand.Type) -> String {
        Dyad.helpMessage(for: command, columns: 10_000)
    }

    @Test(arguments: commands.map { ObjectIdentifier($0) })
    func discussionLinesEndSentences(_ id: ObjectIdentifier) throws {
        let command = try #require(Self.commands.first { ObjectIdentifier($0) == id })
        let discussion = command.configuration.discussion
        for line in discussion.split(separator: "\n") where !line.hasPrefix("  ") {
            let last = line.trimmingCharacters(in: .whitespaces).last
            #expect(last.map { ".:;!?)".contains($0) } == true,
                    "\(command.configuration.commandName ?? "?"): a line break inside a sentence: \(line)")
        }
    }

    @Test(arguments: commands.map { ObjectIdentifier($0) })
    func examplesStandOnLinesOfTheirOwn(_ id: ObjectIdentifier) throws {
        let command = try #require(Self.commands.first { ObjectIdentifier($0) == id })
        for line in Self.help(command).split(separator: "\n") where line.contains("dyad ") && !line.hasPrefix("  dyad ") {
            #expect(!line.contains("Example"), "\(line)")
        }
    }

    @Test(arguments: commands.map { ObjectIdentifier($0) })
    func everyOptionStatesItsDefaultOnce(_ id: ObjectIdentifier) throws {
        let command = try #require(Self.commands.first { ObjectIdentifier($0) == id })
        for line in Self.help(command).split(separator: "\n") {
            #expect(line.components(separatedBy: "default").count <= 2, "\(line)")
        }
    }

    @Test func queryCommandsSayTheStoreMustExist() {
        for command: any ParsableCommand.Type in [EventsCommand.self, TimelineCommand.self, ActorsCommand.self,
                                                   NetworkCommand.self, ShowCommand.self, ExportCommand.self, RecodeCommand.self,
                                                   CheckCommand.self] {
            let db = Self.help(command).split(separator: "\n").first { $0.hasPrefix("  --db") }
            #expect(db?.contains("must exist") == true, "\(command.configuration.commandName ?? "?"): \(db ?? "")")
        }
        #expect(Self.help(IngestCommand.self).contains("created if absent"))
    }

    @Test func codeListsEveryInputFormat() throws {
        // The option's name is long, so its help starts on the next line.
        let lines = Self.help(CodeCommand.self).split(separator: "\n")
        let at = try #require(lines.firstIndex { $0.hasPrefix("  --input-format") })
        let help = lines[at...].prefix(2).joined(separator: " ")
        #expect(help.contains("CoNLL-U") && help.contains("PETRARCH XML"), "\(help)")
    }

    @Test func queryFormatsAreJSONLinesCSVAndTable() {
        for command: any ParsableCommand.Type in [EventsCommand.self, TimelineCommand.self, ActorsCommand.self, NetworkCommand.self] {
            let line = Self.help(command).split(separator: "\n").first { $0.hasPrefix("  --format") } ?? ""
            for format in ["jsonl", "csv", "table"] { #expect(line.contains(format), "\(line)") }
        }
        #expect(Self.help(NetworkCommand.self).contains("dot"))
    }
}
