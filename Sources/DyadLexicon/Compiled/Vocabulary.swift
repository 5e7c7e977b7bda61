import Foundation

/// Interns lowercase words as small integers, so dictionary matching compares
/// integers instead of strings.
///
/// Built once when a ``Lexicon`` compiles; at coding time each token is looked
/// up once (``id(of:)``) and every trie walk after that is on ids. Words the
/// dictionaries never mention get ``unknown``.
///
/// Words are equal as Swift strings are (canonically equivalent). ASCII
/// words — nearly all of them — live in a byte-compared ``WordTable``; any
/// other word in a `[String: Int32]`. The three characters whose canonical
/// form is ASCII (Kelvin sign, Greek question mark, Greek varia) are
/// replaced first, so that no word can be equal to one in the other table.
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = -1
    private var ascii = WordTable()
    private var others: [String: Int32] = [:]
    public private(set) var words: [String] = []

    public init() {}

    public mutating func intern(_ word: String) -> Int32 {
        if let id = lookup(word) { return id }
        let id = Int32(words.count)
        words.append(word)
        var key = word.utf8.allSatisfy({ $0 < 0x80 }) ? word : Vocabulary.asciiForm(word) ?? word
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            key.withUTF8 { ascii.insert($0, hash: WordTable.hash($0), id: id) }
        } else {
            others[word] = id
        }
        return id
    }

    @inlinable public func id(of word: String) -> Int32 {
        lookup(word) ?? Vocabulary.unknown
    }

    public func lookup(_ word: String) -> Int32? {
        // An ASCII word (nearly every one) is looked up by its bytes; `.some(nil)` is "not there".
        if let fast = word.utf8.withContiguousStorageIfAvailable({ ascii.idIfASCII($0) }) ?? {
            var word = word
            return word.withUTF8 { ascii.idIfASCII($0) }
        }() {
            return fast
        }
        if var key = Vocabulary.asciiForm(word) {
            return key.withUTF8 { ascii.id(of: $0, hash: WordTable.hash($0)) }
        }
        return others[word]
    }

    public var count: Int { words.count }

    /// The ASCII string canonically equivalent to `word`, when there is one
    /// and `word` is not ASCII already: only U+212A, U+037E and U+1FEF have
    /// ASCII canonical forms.
    static func asciiForm(_ word: String) -> String? {
        var out = String.UnicodeScalarView()
        var replaced = false
        for s in word.unicodeScalars {
            switch s.value {
            case 0..<0x80: out.append(s)
            case 0x212A: out.append("K"); replaced = true
            case 0x037E: out.append(";"); replaced = true
            case 0x1FEF: out.append("`"); replaced = true
            default: return nil
            }
        }
        return replaced ? String(out) : nil
    }
}
