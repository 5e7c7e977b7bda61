/// Interns lowercase words as small integers, so dictionary matching compares
/// integers instead of strings.
///
/// Built once when a ``Lexicon`` compiles; at coding time each token is looked
/// up once (``id(of:)``) and every trie walk after that is on ids. Words the
/// dictionaries never mention get ``unknown``.
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = -1
    private var ids: [String: Int32] = [:]
    public private(set) var words: [String] = []

    public init() {}

    public mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    @inlinable public func id(of word: String) -> Int32 {
        lookup(word) ?? Vocabulary.unknown
    }

    public func lookup(_ word: String) -> Int32? { ids[word] }

    public var count: Int { words.count }
}
