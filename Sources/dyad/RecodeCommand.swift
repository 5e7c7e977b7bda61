import ArgumentParser
import DyadStore
import Foundation

/// `dyad recode`: code stored documents again after the dictionaries change.
struct RecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Re-code stored documents whose dictionary version differs from the current dictionaries.",
        discussion: "Each document's old codings are replaced in the same transaction as its new ones; aggregated events are recounted.")

    @OptionGroup var store: ExistingStoreOptions
    @Flag(help: "Re-code every stored document, even those coded with the current dictionaries.") var all = false
    @Option(help: "Documents per batch; the writer commits every 4 batches and at the end.") var batchSize = Ingester.Options.defaultBatchSize
    @Option(help: "Threads that code in parallel; one per core unless given (the writer has a thread of its own).")
    var jobs: Int?
    @Flag(help: "No summary.") var quiet = false
    @OptionGroup var dictionaries: DictionaryOptions

    func run() throws {
        let eventStore = try store.openExisting(toWrite: true)
        let coder = try makeCoder(dictionaries)
        let ids = try eventStore.documentIDs(notCodedWith: all ? nil : coder.lexicon.version)
        guard !ids.isEmpty else {
            let current = try eventStore.counts().documents
            if !quiet {
                print("nothing to re-code: \(current == 1 ? "the 1 stored document is" : "all \(current) stored documents are") "
                      + "coded with the current dictionaries (\(coder.lexicon.version)); --all re-codes them anyway")
            }
            return
        }
        let ingester = Ingester(coder: coder, store: eventStore, options: .init(batchSize: batchSize, jobs: jobs ?? Ingester.Options.defaultJobs, force: true))
        let bar = ProgressBar(enabled: !quiet && StandardError.isTerminal, total: ids.count)
        ingester.progress = { bar.update($0) }
        var start = 0
        while start < ids.count {
            let page = Array(ids[start..<min(start + batchSize, ids.count)])
            for doc in try eventStore.documents(ids: page) { try ingester.add(doc) }
            try ingester.flush()
            start += batchSize
        }
        let summary = try ingester.finish()
        bar.finish()
        if !quiet { print(TerminalText.safe(IngestReport.describe(summary, store: eventStore.path))) }
    }
}
