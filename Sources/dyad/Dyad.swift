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
          dyad code corpus.jsonl > events.jsonl
          dyad code article.txt --explain
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
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print dyad's version.")

    func run() {
        print("dyad \(DyadVersion.string)")
    }
}
