import DyadCoder
import DyadPetrarch
import DyadText
import Foundation

/// `dyad code FILE.xml`: PETRARCH XML records, each `<Sentence>` a document;
/// `dyad code FILE.conllu`: CoNLL-U, coded from its tags.
enum PetrarchInput {
    /// Input that carries its own syntax: PETRARCH XML (`*.xml`) or CoNLL-U (`*.conllu`).
    static func isParsedInput(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xml") || lower.hasSuffix(".conllu")
    }

    /// Codes the file's records; returns (documents, sentences, events) and
    /// prints problems on stderr. A file that cannot be read throws.
    static func code(path: String, coder: EventCoder, useParse: Bool, emit: (Event) -> Void) throws -> (Int, Int, Int) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PetrarchInputError(description: "\(path): cannot read the file")
        }
        if path.lowercased().hasSuffix(".conllu") {
            let name = (path as NSString).lastPathComponent
            let docs = CoNLLUReader(parser: coder.parser).read(String(decoding: data, as: UTF8.self), name: name)
            var sentences = 0, events = 0
            for d in docs {
                let coded = coder.code(Document(id: d.id, text: d.body), analysed: d.sentences).events
                coded.forEach(emit)
                sentences += d.sentences.count
                events += coded.count
            }
            return (docs.count, sentences, events)
        }
        let file = PetrarchXMLReader.read(String(decoding: data, as: UTF8.self))
        for p in file.problems { StandardError.print("\(path):\(p)") }
        let results = PetrarchCoding(coder: coder).codeAll(file.records, useParse: useParse)
        var events = 0
        for r in results {
            if let p = r.problem { StandardError.print("\(path):\(r.record.line): \(p)") }
            for e in r.events { emit(e) }
            events += r.events.count
        }
        return (results.count, results.count, events)
    }
}

struct PetrarchInputError: Error, CustomStringConvertible {
    var description: String
}
