import DyadSyntax
import DyadText
import Foundation

/// Tokens for a sentence written with spaces between tokens
/// ("North Korea 's envoy"), for tests that do not need a tokenizer.
func tokens(_ sentence: String) -> [Token] {
    var out: [Token] = []
    var offset = 0
    for word in sentence.split(separator: " ").map(String.init) {
        let n = word.utf8.count
        let kind: TokenKind
        if word.first?.isNumber == true {
            kind = .number
        } else if word.contains(where: { $0.isLetter || $0.isNumber }) {
            kind = .word
        } else {
            kind = .punctuation
        }
        out.append(Token(start: offset, end: offset + n, text: word, lower: word.lowercased(), kind: kind,
                         isCapitalized: word.first { $0.isLetter }?.isUppercase ?? false))
        offset += n + 1
    }
    return out
}

/// Tags of a space-separated sentence, as Treebank strings.
func tagStrings(_ tagger: BrillTagger, _ sentence: String) -> [String] {
    tagger.tag(tokens(sentence)).map(\.string)
}

/// The shared data folder beside the package root (`../shared`), when present.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/DyadSyntaxTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .deletingLastPathComponent()  // its parent
        .appendingPathComponent("shared")

    static let unitTestRecords = root.appendingPathComponent("petrarch/validate/PETR.UnitTest.records.xml")
    static let gigaWordSample = root.appendingPathComponent("petrarch/text/GigaWord.sample.PETR.xml")

    static var available: Bool {
        FileManager.default.fileExists(atPath: unitTestRecords.path)
            && FileManager.default.fileExists(atPath: gigaWordSample.path)
    }

    /// The texts between `<Parse>` and `</Parse>`, with XML entities decoded.
    static func parses(in url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "<Parse>"), let close = rest.range(of: "</Parse>", range: open.upperBound..<rest.endIndex) {
            out.append(decodeEntities(String(rest[open.upperBound..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        return out
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func trees(in url: URL) throws -> [PennTree] {
        try parses(in: url).map { try PennTree.parse($0) }
    }
}
