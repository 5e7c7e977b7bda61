import Foundation

/// A problem with the tagger or lemma model files: a missing file, or a line
/// that cannot be read. The message names the file and the 1-based line.
public struct SyntaxModelError: Error, CustomStringConvertible, Equatable {
    public var file: String
    /// 1-based line number, or 0 when the problem is with the file as a whole.
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}

/// Where the model files live and how they are read.
enum ModelFiles {
    static let lexicon = "lexicon.txt"
    static let context = "context-rules.txt"
    static let morphology = "morphology-rules.txt"
    static let lemmas = "lemmas.tsv"
    static let tagSets = "tagsets.tsv"

    /// The `Model` folder bundled with the module.
    static func bundledDirectory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Model", withExtension: nil) else {
            throw SyntaxModelError(file: "Model", line: 0, reason: "the bundled model folder is missing from the DyadSyntax resources")
        }
        return url
    }

    static func read(_ name: String, in directory: URL) throws -> Data {
        let url = directory.appendingPathComponent(name)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw SyntaxModelError(file: url.path, line: 0, reason: "cannot read the file (\(error.localizedDescription))")
        }
    }

    /// Calls `body` with each non-empty line (without its line break) split on
    /// `separator` into fields, and the 1-based line number. Lines starting
    /// with `;;` are comments, as in Brill's files. With a space separator runs
    /// of spaces count as one; with a tab every tab separates a field.
    static func forEachLine(
        _ data: Data, separator: UInt8,
        _ body: (_ fields: [UnsafeBufferPointer<UInt8>], _ line: Int) throws -> Void
    ) rethrows {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var lineStart = 0
            var fields: [UnsafeBufferPointer<UInt8>] = []
            fields.reserveCapacity(8)
            let n = bytes.count
            while lineStart < n {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart && !(bytes[lineStart] == 0x3B && end - lineStart > 1 && bytes[lineStart + 1] == 0x3B) {
                    fields.removeAll(keepingCapacity: true)
                    var fieldStart = lineStart
                    var i = lineStart
                    while i <= end {
                        if i == end || bytes[i] == separator {
                            if i > fieldStart || separator == 0x09 {
                                fields.append(UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]))
                            }
                            fieldStart = i + 1
                        }
                        i += 1
                    }
                    if !fields.isEmpty { try body(fields, lineNumber) }
                }
                lineStart = lineEnd + 1
            }
        }
    }
}

/// 64-bit FNV-1a over UTF-8 bytes: the lexicon's key. With under 100,000
/// words the chance of any two colliding is about 1 in 4 billion.
struct WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    static func of<S: Sequence>(_ bytes: S, continuing h: UInt64 = offset) -> UInt64 where S.Element == UInt8 {
        var h = h
        for b in bytes {
            h ^= UInt64(b)
            h &*= prime
        }
        return h
    }

    static func of(_ s: String) -> UInt64 { of(s.utf8) }
}

extension String {
    init(_ field: UnsafeBufferPointer<UInt8>) {
        self = String(decoding: field, as: UTF8.self)
    }
}
