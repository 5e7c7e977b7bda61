import DyadCoder
import DyadPetrarch
import DyadText
import Foundation

/// `dyad code FILE.xml`: PETRARCH XML records, each `<Sentence>` a document;
/// `dyad code FILE.conllu`: CoNLL-U, coded from its tags.
///
/// Both feed a ``CodePipeline``: records are cut from the file serially and
/// cheaply, then read, coded and rendered in batches on the coding threads.
enum PetrarchInput {
    /// Records per coding job: enough to make a job's overhead negligible,
    /// few enough that both threads get work from a small file.
    static let batchSize = 32

    /// Input that carries its own syntax: PETRARCH XML (`*.xml`) or CoNLL-U (`*.conllu`).
    static func isParsedInput(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xml") || lower.hasSuffix(".conllu")
    }

    /// Queues the file's records on `pipeline`. Problems become messages in
    /// file order; a file that cannot be read, or stops being readable, is
    /// one error after the records read before it.
    static func submit(path: String, coder: EventCoder, useParse: Bool, writer: any EventWriter,
                       to pipeline: CodePipeline) {
        if path.lowercased().hasSuffix(".conllu") { return submitCoNLLU(path: path, coder: coder, writer: writer, to: pipeline) }
        let coding = PetrarchCoding(coder: coder)
        var batch: [PetrarchRecordSplitter.Item] = []
        func flush() {
            guard !batch.isEmpty else { return }
            let items = batch
            batch = []
            pipeline.submit { coding.code(items, useParse: useParse, file: path, writer: writer) }
        }
        do {
            var splitter = try PetrarchRecordSplitter(path: path)
            while let item = try splitter.next() {
                batch.append(item)
                if batch.count == batchSize { flush() }
            }
            flush()
        } catch {
            flush()
            let message = error.description
            pipeline.submit { CodedOutput(error: message) }
        }
    }

    private static func submitCoNLLU(path: String, coder: EventCoder, writer: any EventWriter, to pipeline: CodePipeline) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return pipeline.submit { CodedOutput(error: "\(path): cannot read the file") }
        }
        let name = (path as NSString).lastPathComponent
        let docs = CoNLLUReader(parser: coder.parser).read(String(decoding: data, as: UTF8.self), name: name)
        for start in stride(from: 0, to: docs.count, by: batchSize) {
            let part = docs[start..<min(docs.count, start + batchSize)]
            pipeline.submit {
                var out = CodedOutput()
                for d in part {
                    let events = coder.code(Document(id: d.id, text: d.body), analysed: d.sentences).events
                    for e in events { writer.appendLine(for: e, to: &out.bytes) }
                    out.count(sentences: d.sentences.count, events: events.count)
                }
                return out
            }
        }
    }
}
