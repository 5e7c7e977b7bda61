import ArgumentParser
import DyadStore
import Foundation

/// `dyad recode`: code stored documents again after the dictionaries change.
struct RecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Re-code stored documents whose dictionary version differs from the current dictionaries.",
        discussion: "Each document's old codings are replaced in the same transaction as its new ones; aggregated events are recounted.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Re-code every stored document, even those coded with the current dictionaries.") var all = false
    @Option(help: "Documents per batch; the writer commits every 4 batches and at the end.") var batchSize = Ingester.Options.defaultBatchSize
    @Option(help: "Threads that code in parallel (default: one per core; the writer has a thread of its own).") var jobs = Ingester.Options.defaultJobs
    @Flag(help: "No summary.") var quiet = false
    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        let eventStore = try store.openExisting(toWrite: true)
        let coder = try makeCoder(dictionaries)
        let ids = try eventStore.documentIDs(notCodedWith: all ? nil : coder.lexicon.version)
        let ingester = Ingester(coder: coder, store: eventStore, options: .init(batchSize: batchSize, jobs: jobs, force: true))
        let bar = IngestProgress(enabled: !quiet && StandardError.isTerminal, total: ids.count)
        ingester.progress = { bar.update($0) }
        var start = 0
        while start < ids.count {
            let page = Array(ids[start..<min(start + batchSize, ids.count)])
            for doc in try eventStore.documents(ids: page) { try ingester.add(doc) }
            try ingester.flush()
            start += batchSize
        }
        let summary = try ingester.finish()
        bar.clear()
        if !quiet { print(TerminalText.safe(IngestProgress.describe(summary, store: eventStore.path))) }
    }
}
