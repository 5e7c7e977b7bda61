import DyadText

/// One element of a verb pattern after the verb itself.
public enum PatternElement: Sendable, Hashable {
    /// A word (lemma) that must follow the verb in the clause.
    case word(String)
    /// The place the target actor stands.
    case target
    /// Any one of several word sequences, in the clause after the verb, each
    /// matched word for word as written, side by side (a PETRARCH synset such
    /// as `&CURRENCY`: `dollars` | `swiss francs`, or words joined by `_`).
    case choice([[String]])
    /// A word (lemma) that must stand before the verb in the sentence
    /// (PETRARCH patterns with words before `*`: `- SAID * …`).
    case preceding(String)
    /// The clause's subject names two or more actors ("Gondor and Arnor agreed"):
    /// PETRARCH's `%` before the verb.
    case compoundSubject
    /// A PETRARCH marker that places an actor or ties words together (``PatternMarker``).
    case marker(PatternMarker)
}

/// PETRARCH pattern markers beyond the target `+`:
///
/// ```
/// - + * MONEY $        [071]   "Eriador received money from Osgiliath": OSG 071 ERI
/// - * IFTAR AT ^ ^ +   [044]   skip two actors after AT, the third is the target
/// - RECENTLY_*         [080]   "recently" right before the verb
/// ```
public enum PatternMarker: UInt8, Sendable, Hashable {
    /// `$` after the verb: the source is the actor at this place, not the subject.
    case source
    /// `^` after the verb: the actor at this place is passed over.
    case skip
    /// `+` before the verb: the target is the actor standing here, before the
    /// next word of the pattern (or the verb).
    case targetBeforeVerb
    /// `_` after a word before the verb (`WAS_ *`): the next word of the
    /// pattern, or the verb, follows this one directly.
    case joined
}

/// A verb (or event noun) pattern mapped to a CAMEO code.
///
/// Written in a `*.verbs.txt` file as `112: accuse + of`: the verb lemma
/// `accuse`, then the target, then the word `of`. ``rule`` is how the pattern
/// is shown in explanations: `02-appeals.verbs.txt:14: accuse + of`.
public struct VerbPattern: Sendable, Hashable {
    /// CAMEO event code, 2 to 4 digits.
    public var code: String
    /// The verb lemma or, for noun patterns, the event noun's words (lemmas).
    public var head: [String]
    /// What must follow the head.
    public var elements: [PatternElement]
    /// True for an event noun ("airstrike").
    public var isNoun: Bool
    /// The pattern as written.
    public var text: String
    public var origin: SourceLocation
    /// A second event from the target back to the source, for PETRARCH
    /// paired codes `[042:043]` ("A visited B": A 042 B and B 043 A).
    public var reverseCode: String?

    public init(code: String, head: [String], elements: [PatternElement], isNoun: Bool, text: String, origin: SourceLocation,
                reverseCode: String? = nil) {
        self.reverseCode = reverseCode
        self.code = code
        self.head = head
        self.elements = elements
        self.isNoun = isNoun
        self.text = text
        self.origin = origin
        self.writtenCode = code
    }

    /// Number of literal words; more words make a more specific pattern.
    public var specificity: Int {
        head.count + elements.reduce(0) { n, e in
            switch e {
            case .word, .preceding, .compoundSubject: return n + 1
            case .choice(let alternatives):
                var shortest = Int.max
                for a in alternatives where a.count < shortest { shortest = a.count }
                return n + (alternatives.isEmpty ? 0 : shortest)
            case .target, .marker: return n
            }
        }
    }

    /// The code as the dictionary writes it: ``rule`` shows it even when a
    /// coder changes ``code`` (an intended action, a paired reverse code).
    private let writtenCode: String

    /// `file:line: code: pattern`, the provenance shown for every event.
    /// Computed when asked (for matched patterns only): large PETRARCH sets
    /// hold 100,000+ patterns.
    public var rule: String {
        // Made as bytes: every event asks for it. The file name goes without its folder.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(origin.file.utf8.count + writtenCode.utf8.count + text.utf8.count + 24)
        var file = origin.file
        file.withUTF8 { path in
            let start = (path.lastIndex(of: 0x2F) ?? -1) + 1
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: path[start...]))
        }
        bytes.append(0x3A)
        var line = origin.line ?? 0
        if line < 0 { bytes.append(0x2D); line = -line }
        let digitsFrom = bytes.count
        repeat { bytes.append(0x30 + UInt8(line % 10)); line /= 10 } while line > 0
        bytes[digitsFrom...].reverse()
        bytes.append(0x3A); bytes.append(0x20)
        bytes.append(contentsOf: writtenCode.utf8)
        if isNoun { bytes.append(contentsOf: " noun".utf8) }
        bytes.append(0x3A); bytes.append(0x20)
        bytes.append(contentsOf: text.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }
}
