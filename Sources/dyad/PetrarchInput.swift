import DyadCoder
import DyadPetrarch
import Foundation

/// `dyad code FILE.xml`: PETRARCH XML records, each `<Sentence>` a document.
enum PetrarchInput {
    static func isPetrarchXML(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".xml")
    }

    /// Codes the file's records; returns (documents, sentences, events) and
    /// prints problems on stderr. A file that cannot be read throws.
    static func code(path: String, coder: EventCoder, useParse: Bool, emit: (Event) -> Void) throws -> (Int, Int, Int) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PetrarchInputError(description: "\(path): cannot read the file")
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
