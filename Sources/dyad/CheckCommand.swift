import ArgumentParser
import DyadStore

/// `dyad check --db FILE`: is the store sound?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an event store: SQLite's integrity check, then dyad's own invariants.",
        discussion: """
        The invariants: every aggregated event's counts, date and flags agree with its mentions, \
        and every mention's document is stored. The store is only read (one made by an older dyad is upgraded first). \
        Exits 1 and lists the problems when there are any; a damaged store is rebuilt by ingesting \
        the source files again into a new store.

        Example:
          dyad check --db news.sqlite
        """)

    @OptionGroup var store: ExistingStoreOptions

    func run() throws {
        var problems: [String] = []
        do {
            let opened = try store.openExisting()
            problems = try opened.problems(quick: false)
            if problems.isEmpty {
                let c = try opened.counts()
                print("ok: \(c.documents) documents, \(c.mentions) mentions, \(c.events) events in '\(store.db)'")
                return
            }
        } catch StoreError.damaged(_, let found) {
            problems = found
        } catch let error as StoreError {
            StandardError.print("dyad check: \(error)")
            throw ExitCode(1)
        } catch let error as ValidationError {
            throw error
        } catch {
            problems = ["SQLite could not read the store: \(error)"]
        }
        for p in problems { print(TerminalText.safe(p)) }
        StandardError.print("dyad check: \(problems.count) problem\(problems.count == 1 ? "" : "s") in '\(store.db)'; "
                            + "rebuild it by ingesting the source files again into a new store")
        throw ExitCode(1)
    }
}
