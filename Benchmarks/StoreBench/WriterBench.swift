import DyadCoder
import DyadStore
import DyadText
import Foundation

/// Times the store's writer alone on real codings: codes a corpus into memory
/// first (timed apart), then writes it into a fresh store in batches, committing
/// every few, exactly as `dyad ingest` hands batches to its writer thread — so a change to the
/// schema or the write path can be measured without the coder's noise.
struct WriterBench {
    var batchSize = Ingester.Options.defaultBatchSize

    func run(corpus: String, store path: String) throws {
        let coder = try EventCoder.bundled()
        var docs: [Document] = []
        try CorpusReader().read(path: corpus, root: nil) { result in
            if case .success(let d) = result { docs.append(d) }
        }
        var t = Date()
        var cpu = threadCPUSeconds()
        let coded = docs.map { doc -> CodedDocument in
            let r = coder.codeCounting(doc)
            return CodedDocument(document: doc, contentHash: ContentHash.of(doc), dictionaryVersion: coder.lexicon.version,
                                 sentenceCount: r.sentences, events: r.events,
                                 records: CodedDocument.evidenceRecords(r.events))
        }
        let codeSeconds = Date().timeIntervalSince(t)
        let codeCPU = threadCPUSeconds() - cpu
        let mentions = coded.reduce(0) { $0 + $1.events.count }
        let store = try SQLiteEventStore(path: path)
        t = Date()
        cpu = threadCPUSeconds()
        var start = 0, batches = 0
        while start < coded.count {
            let end = min(start + batchSize, coded.count)
            batches += 1
            try store.store(Array(coded[start..<end]), commit: batches % Ingester.Options.defaultBatchesPerCommit == 0)
            start = end
        }
        try store.commit()
        let writeSeconds = Date().timeIntervalSince(t)
        let writeCPU = threadCPUSeconds() - cpu
        let f = { (x: Double) in String(format: "%.2f", x) }
        print("\(coded.count) documents, \(mentions) codings")
        print("coding:  \(f(codeSeconds)) s wall, \(f(codeCPU)) s CPU")
        print("writing: \(f(writeSeconds)) s wall, \(f(writeCPU)) s CPU (\(f(writeCPU * 1e6 / Double(max(mentions, 1)))) µs CPU "
              + "per coding, \(f(writeCPU / max(codeCPU, 1e-9) * 100))% of the coding CPU)")
    }
}

/// CPU time (user + system) of the calling thread, unaffected by other processes' load.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
