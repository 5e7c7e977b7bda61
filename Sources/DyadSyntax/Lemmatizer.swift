import Foundation

/// Lemmas of verbs and plural nouns: "awarded" → "award", "went" → "go",
/// "weapons" → "weapon", "children" → "child".
///
/// A lookup table (`Model/lemmas.tsv`, from lemminflect; see
/// `Model/LICENSES.md`) covers the irregular and most regular forms; words it
/// lacks fall back to English suffix rules ("stopped" → "stop",
/// "pledged" → "pledge", "allies" → "ally"). Other tags return the word as given.
public struct Lemmatizer: Sendable {
    let verbs: [String: String]
    let nouns: [String: String]

    /// Loads `lemmas.tsv` (`form<TAB>V|N|VN<TAB>lemma`) from `modelDirectory`.
    public init(modelDirectory: URL) throws {
        let data = try ModelFiles.read(ModelFiles.lemmas, in: modelDirectory)
        var verbs: [String: String] = [:]
        var nouns: [String: String] = [:]
        verbs.reserveCapacity(24_000)
        nouns.reserveCapacity(20_000)
        try ModelFiles.forEachLine(data, separator: 0x09) { f, line in
            guard f.count == 3, !f[0].isEmpty, !f[2].isEmpty else {
                throw SyntaxModelError(file: ModelFiles.lemmas, line: line, reason: "expected `form<TAB>class<TAB>lemma`")
            }
            let form = String(f[0]), lemma = String(f[2])
            switch String(f[1]) {
            case "V": verbs[form] = lemma
            case "N": nouns[form] = lemma
            case "VN": verbs[form] = lemma; nouns[form] = lemma
            case let c: throw SyntaxModelError(file: ModelFiles.lemmas, line: line, reason: "unknown class `\(c)` (expected V, N or VN)")
            }
        }
        self.verbs = verbs
        self.nouns = nouns
    }

    private static let shared = Result<Lemmatizer, any Error> {
        try Lemmatizer(modelDirectory: try ModelFiles.bundledDirectory())
    }

    /// The lemmatizer with dyad's bundled table, loaded on first use and shared.
    public static func bundled() throws -> Lemmatizer {
        try shared.get()
    }

    /// The lemma of a lowercase word with the given tag: verbs (VB…) and plural
    /// nouns (NNS, NNPS) are reduced; any other word is returned unchanged.
    public func lemma(of lower: String, tag: PennTag) -> String {
        if tag.isVerb {
            return verbs[lower] ?? Self.verbRule(lower, tag: tag)
        }
        if tag == .NNS || tag == .NNPS {
            return nouns[lower] ?? Self.nounRule(lower)
        }
        return lower
    }

    // MARK: - Suffix rules for words the table lacks

    static func verbRule(_ w: String, tag: PennTag) -> String {
        switch tag {
        case .VBZ:
            return nounRule(w)
        case .VBD, .VBN:
            if w.hasSuffix("ied") && w.count > 4 { return String(w.dropLast(3)) + "y" }
            if w.hasSuffix("eed") { return String(w.dropLast()) }  // "agreed" → "agree"
            if w.hasSuffix("ed") && w.count > 4 { return restore(String(w.dropLast(2))) }
            return w
        case .VBG:
            if w.hasSuffix("ing") && w.count > 5 { return restore(String(w.dropLast(3))) }
            return w
        default:
            return w
        }
    }

    /// Turns the stem left by "-ed" or "-ing" into a base form: undoubles a
    /// final consonant ("stopp" → "stop") or restores a silent e
    /// ("pledg" → "pledge", "escalat" → "escalate", "clos" → "close").
    static func restore(_ stem: String) -> String {
        let c = Array(stem.utf8)
        let n = c.count
        guard n >= 3 else { return stem }
        func isVowel(_ b: UInt8) -> Bool { "aeiouy".utf8.contains(b) }
        let last = c[n - 1], prev = c[n - 2]
        // "stopped", "planned", "admitted" — but not "called", "pressed", "buzzed".
        if last == prev, !isVowel(last), !"lsfz".utf8.contains(last) {
            return String(stem.dropLast())
        }
        // Endings English never leaves bare: "pledg", "receiv", "forc", "organiz",
        // "argu", "merg", "settl".
        if "vcz".utf8.contains(last) && last != prev || last == UInt8(ascii: "u")
            || (last == UInt8(ascii: "g") && (prev == UInt8(ascii: "d") || prev == UInt8(ascii: "r")))
            || (last == UInt8(ascii: "l") && "btpdgkfz".utf8.contains(prev)) {
            return stem + "e"
        }
        // "escalat", "negotiat", "disput" (not "defeat", "shout"); "bas", "clos",
        // "revis" (not "focus", "pass").
        let before = c[n - 3]
        if last == UInt8(ascii: "t") && (prev == UInt8(ascii: "a") || prev == UInt8(ascii: "u"))
            && before != UInt8(ascii: "e") && before != UInt8(ascii: "o") {
            return stem + "e"
        }
        if last == UInt8(ascii: "s") && "aoi".utf8.contains(prev) && !isVowel(before) {
            return stem + "e"
        }
        return stem
    }

    static func nounRule(_ w: String) -> String {
        guard w.count > 3, w.hasSuffix("s") else { return w }
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        for suffix in ["sses", "shes", "ches", "xes", "zes"] where w.hasSuffix(suffix) {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        return String(w.dropLast())
    }
}
