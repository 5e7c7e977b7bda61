/// One way to recognise a paragraph that is not article text.
///
/// Rules look at the paragraph after normalising it: lowercased, typographic
/// quotes and dashes folded to ASCII, runs of whitespace (line breaks
/// included) collapsed to one space, and trimmed. So a rule is written in
/// lowercase ASCII: `.prefix("follow ")` matches "Follow Jane Roe on
/// Twitter." and `.contains("you're having issues")` matches "you’re having
/// issues".
///
/// A prefix that ends in a letter must end a word in the paragraph too:
/// `.prefix("subscribe")` matches "Subscribe now" but not "Subscribers said".
///
/// ```swift
/// // Drop short "Follow … on Twitter" lines, but not "Follow-up talks …".
/// BoilerplateRule(.prefix("follow "), ifContainsAny: ["twitter", "facebook"], maxWords: 25,
///                 note: "author social-media plug")
/// ```
public struct BoilerplateRule: Sendable, Hashable, CustomStringConvertible {
    /// How the normalised paragraph is compared with the pattern.
    public enum Match: Sendable, Hashable {
        /// The paragraph starts with the text (at a word boundary).
        case prefix(String)
        /// The paragraph contains the text anywhere.
        case contains(String)
        /// The paragraph ends with the text (trailing `.` and `)` ignored).
        case suffix(String)
        /// The whole paragraph is the text (trailing `.` and `:` ignored).
        case equals(String)
        /// A short photo credit such as "STR/AFP/Getty Images" or
        /// "Jane Roe/Reuters": at most 10 words, no sentence-final
        /// period, and either two slashes or a slash next to a news-agency
        /// name. Also checked against the last line of a multi-line paragraph,
        /// which is how captions with a credit line below them are caught.
        case creditLine
    }

    /// The test the paragraph must pass.
    public var match: Match
    /// When set, the paragraph must also contain one of these.
    public var ifContainsAny: [String]
    /// When set, the rule only applies to paragraphs of at most this many words.
    public var maxWords: Int?
    /// Why the rule exists; shown when explaining why a paragraph was dropped.
    public var note: String

    /// A rule: `match`, narrowed by `ifContainsAny` and `maxWords`, with a note saying why.
    public init(_ match: Match, ifContainsAny: [String] = [], maxWords: Int? = nil, note: String) {
        self.match = match
        self.ifContainsAny = ifContainsAny
        self.maxWords = maxWords
        self.note = note
    }

    /// The rule in words: `starts with "photo:" (photo credit)`.
    public var description: String {
        let m: String
        switch match {
        case .prefix(let s): m = "starts with \"\(s)\""
        case .contains(let s): m = "contains \"\(s)\""
        case .suffix(let s): m = "ends with \"\(s)\""
        case .equals(let s): m = "is \"\(s)\""
        case .creditLine: m = "is a photo credit line"
        }
        return "\(m) (\(note))"
    }
}
