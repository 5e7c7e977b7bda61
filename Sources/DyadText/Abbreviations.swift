/// Words that keep their period: "Gen.", "Mr.", "Jan.", "Inc.".
///
/// The tokenizer keeps the period on these words (`Gen.` is one token) and the
/// sentence splitter uses the ``Kind`` to decide whether such a word may end
/// a sentence. Dotted acronyms ("U.S.", "U.N.", "e.g.") and single-letter
/// initials ("C.") are recognised by shape and need no entry here.
///
/// Entries are written without the period. An entry written with a capital
/// ("Gen") only matches a capitalised word, so "gen." in running text is not
/// taken for a rank; an entry written in lowercase ("etc") matches any case.
///
/// ```swift
/// Abbreviations.kind(of: "Gen")    // .prefix — "Gen. Mattis" never ends a sentence
/// Abbreviations.kind(of: "Inc")    // .other  — "Apple Inc. The company …" may
/// Abbreviations.kind(of: "gen")    // nil
/// ```
public enum Abbreviations {
    /// How an abbreviation behaves at a possible sentence end.
    public enum Kind: Sendable, Hashable {
        /// Stands before a name: "Mr. Kim", "Gen. Mattis", "St. Petersburg".
        /// Never ends a sentence.
        case prefix
        /// Stands before a number: "No. 1". Only an abbreviation when a
        /// number follows ("he said no." is a word and a period).
        case number
        /// Anything else: "Inc.", "Jr.", "etc.", "Jan.". Ends a sentence only
        /// when the next word is a typical sentence opener ("The", "He" …).
        case other
    }

    /// Titles, ranks and place prefixes that stand before a name.
    static let prefixes: [String] = [
        // Forms of address
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Rev", "Fr", "Hon", "Rt",
        // Military ranks
        "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpl", "Sgt", "Pvt", "Adm", "Cmdr", "Brig", "Cdr", "Lieut",
        // Political offices
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Amb", "Sec", "Atty", "Supt", "Insp",
        // Place prefixes
        "St", "Ste", "Mt", "Ft",
    ]

    /// Abbreviations that stand before a number.
    static let numbers: [String] = [
        "No", "Nos", "Art", "Vol", "Fig", "Sec", "pp", "p", "para",
    ]

    /// Everything else that keeps its period.
    static let others: [String] = [
        // Months (AP style abbreviates these before a day: "Jan. 5")
        "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // Name suffixes and companies
        "Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Dept", "Univ", "Govt",
        // Street and address words
        "Ave", "Blvd", "Rd",
        // U.S. states in AP style (ambiguous ones such as "Ill." and "Miss." left out)
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Kan", "Ky", "Md", "Mich", "Minn",
        "Mont", "Neb", "Nev", "Okla", "Tenn", "Vt", "Va", "Wis", "Wyo",
        // Latin and other lowercase abbreviations
        "etc", "vs", "approx", "est", "cf", "ca", "viz", "al",
    ]

    /// Capitalised words that typically open a sentence. After an abbreviation
    /// of kind ``Kind/other``, a dotted acronym ("U.S.") or an initial, one of
    /// these means the period also ended the sentence:
    /// "… sanctions imposed by the U.S. The regime denied it."
    public static let sentenceOpeners: Set<String> = [
        "The", "He", "She", "It", "They", "We", "You", "This", "That", "These", "Those",
        "There", "His", "Her", "Its", "Their", "Our", "But", "And", "Yet", "However",
        "Meanwhile", "Earlier", "Later", "Last", "On", "In", "At", "After", "Before",
        "When", "While", "If", "As", "According", "Officials", "Some", "Many", "Both",
        "Such", "Since", "Despite", "Although", "Still", "Also", "Then", "Now", "Today",
    ]

    private static let table: [String: (kind: Kind, capitalizedOnly: Bool)] = {
        var t: [String: (kind: Kind, capitalizedOnly: Bool)] = [:]
        func add(_ words: [String], _ kind: Kind) {
            for w in words where t[w.lowercased()] == nil {
                let cap = w.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
                t[w.lowercased()] = (kind, cap)
            }
        }
        add(prefixes, .prefix)
        add(numbers, .number)
        add(others, .other)
        return t
    }()

    /// The kind of abbreviation `word` (written without its period) is, or nil
    /// when it is not one. Capitalised entries need a capitalised word.
    public static func kind(of word: String) -> Kind? {
        guard let entry = table[word.lowercased()] else { return nil }
        if entry.capitalizedOnly {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return nil }
        }
        return entry.kind
    }
}
