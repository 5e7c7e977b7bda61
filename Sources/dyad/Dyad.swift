import ArgumentParser

/// The `dyad` command: political event data from news text.
@main
struct Dyad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Code political events (who did what to whom, when, according to whom) from news text.",
        discussion: """
        Examples:
          dyad code examples/border-talks.txt --date 2019-05-15 --format table
          dyad code examples/border-talks.jsonl > events.jsonl
          dyad code examples/border-talks.txt --date 2019-05-15 --explain
          dyad dict check
        """,
        version: DyadVersion.string,
        subcommands: [CodeCommand.self, DictCommand.self, ValidateCommand.self, EvalCommand.self, IngestCommand.self, RecodeCommand.self, EventsCommand.self,
                      TimelineCommand.self, ActorsCommand.self, NetworkCommand.self, ShowCommand.self, ExportCommand.self, CheckCommand.self,
                      ParseCommand.self,
                      VersionCommand.self],
        defaultSubcommand: nil
    )
}

enum DyadVersion {
    static let string = "0.1.0"
}

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print dyad's version and the version of its dictionary set.",
        discussion: "The dictionary version is a hash of every dictionary file read; stored documents record it, and `dyad recode` re-codes those coded with another.")

    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        let set = try dictionaries.loadSet()
        print("dyad \(DyadVersion.string)")
        print("dictionaries \(set.version) (\(counted(set.files.count, "file")))")
    }
}
