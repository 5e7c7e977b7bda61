import DyadText

/// Writes actor entries in dyad's readable `*.actors.txt` format
/// (docs/dictionary-format.md): `country`, `person` with dated `role:` lines,
/// `organization`. Each entry's header ends with a comment naming the line
/// of the source dictionary it came from.
public enum ImportedActorWriter {
    /// The text of one entry, ending in a newline.
    public static func entry(_ actor: ActorEntry, source: String) -> String {
        let names = actor.names.map(displayForm)
        let list = names.joined(separator: " | ")
        let from = "  # \(source)"
        switch actor.kind {
        case .country:
            return "country \(actor.roles[0].code): \(list)\(from)\n"
        case .organization:
            let role = actor.roles[0]
            var text = "organization \(role.code): \(list)\(from)\n"
            if role.country != String(role.code.prefix(3)) { text += "  country: \(role.country)\n" }
            if role.sector != String(role.code.dropFirst(3)) { text += "  sector: \(role.sector)\n" }
            return text
        default:  // a person
            var text = "person \(names.first ?? actor.name): \(list)\(from)\n"
            for role in actor.roles {
                text += "  role: \(role.code)"
                if role.from != nil || role.until != nil {
                    text += " \(role.from.map(\.description) ?? "")..\(role.until.map(\.description) ?? "")"
                }
                text += "\n"
            }
            return text
        }
    }

    /// Words that stay in lowercase inside a name ("Islamic Republic of Iran").
    static let smallWords: Set<String> = ["of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "du", "des", "da", "di", "van", "von", "bin", "ibn", "al", "el", "to", "at", "a", "an", "by", "with", "from"]

    /// A name as the PETRARCH reader gives it ("bashar al-assad", "UN") in the
    /// case news writes it ("Bashar al-Assad"). Matching ignores case for
    /// every form but a one-word acronym, which stays as written.
    public static func displayForm(_ name: String) -> String {
        let words = name.split(separator: " ")
        if words.count == 1, Lexicon.isAcronym(name) { return name }
        return words.enumerated().map { i, word -> String in
            let w = String(word)
            if i > 0, smallWords.contains(w) { return w }
            if let dash = w.firstIndex(of: "-"), smallWords.contains(String(w[..<dash])) {
                return w[...dash] + capitalized(String(w[w.index(after: dash)...]))  // "al-assad" → "al-Assad"
            }
            return capitalized(w)
        }.joined(separator: " ")
    }

    /// First letter up, and each letter after a '.' or '-' ("u.n." → "U.N.", "jong-un" stays "Jong-un").
    static func capitalized(_ word: String) -> String {
        var out = ""
        var upNext = true
        for c in word {
            out += upNext ? c.uppercased() : String(c)
            upNext = c == "."
        }
        return out
    }
}
