import DyadText

/// PETRARCH discard phrases: a sentence (or, for `+` entries, a story)
/// containing one is about sport, weather or the like and codes nothing.
///
/// ```
/// +TYPHOON          # story-level
/// BASEBALL          # sentence-level
/// AFRICAN NATIONS CUP
/// ```
///
/// dyad applies both levels to the text it is given (a record, a document).
public struct PetrarchDiscards: Sendable {
    public private(set) var phrases: [[String]] = []

    public init() {}

    public init(text: String) {
        for raw in text.split(separator: "\n") {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if line.hasPrefix("+") { line = line.dropFirst() }
            let words = PetrarchDiscards.words(String(line).replacingAll("_", with: " "))
            if !words.isEmpty { phrases.append(words) }
        }
    }

    public mutating func add(_ other: PetrarchDiscards) { phrases += other.phrases }

    /// The first discard phrase found in `text`, as written, or nil.
    public func match(_ text: String) -> String? {
        guard !phrases.isEmpty else { return nil }
        let words = PetrarchDiscards.words(text)
        for p in phrases where p.count <= words.count {
            for start in 0...(words.count - p.count) where words[start] == p[0] {
                if (1..<p.count).allSatisfy({ words[start + $0] == p[$0] }) { return p.joined(separator: " ") }
            }
        }
        return nil
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }).map(String.init)
    }
}
