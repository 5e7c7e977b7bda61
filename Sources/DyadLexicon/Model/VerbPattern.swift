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
        // Written straight into the string's storage: every event asks for it.
        // The file name goes without its folder.
        var file = origin.file, code = writtenCode, text = text, line = String(origin.line ?? 0)
        let noun = isNoun
        return file.withUTF8 { path in code.withUTF8 { code in text.withUTF8 { text in line.withUTF8 { digits in
            let name = UnsafeBufferPointer(rebasing: path[((path.lastIndex(of: 0x2F) ?? -1) + 1)...])
            // The parts and at most ten bytes of separators.
            return String(unsafeUninitializedCapacity: name.count + digits.count + code.count + text.count + 10) { out in
                guard let start = out.baseAddress else { return 0 }
                var p = start
                VerbPattern.write(name, at: &p); VerbPattern.write(":", at: &p); VerbPattern.write(digits, at: &p)
                VerbPattern.write(": ", at: &p); VerbPattern.write(code, at: &p)
                if noun { VerbPattern.write(" noun", at: &p) }
                VerbPattern.write(": ", at: &p); VerbPattern.write(text, at: &p)
                return start.distance(to: p)
            }
        }}}}
    }

    /// Copies `bytes` to `p` and moves `p` past them.
    @inline(__always) private static func write(_ bytes: UnsafeBufferPointer<UInt8>, at p: inout UnsafeMutablePointer<UInt8>) {
        if let base = bytes.baseAddress { p.initialize(from: base, count: bytes.count) }
        p += bytes.count
    }

    @inline(__always) private static func write(_ literal: StaticString, at p: inout UnsafeMutablePointer<UInt8>) {
        write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount), at: &p)
    }
}
