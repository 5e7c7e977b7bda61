/// Why a PETRARCH verb pattern, or one dyad pattern it expands to, was left
/// out of a converted verb dictionary (`dyad dict import-petrarch`).
///
/// The first five are decided per source pattern line; `dyad-has` and
/// `duplicate` per dyad pattern (one verb of the block, one member of each
/// synonym set), because only some of a line's expansions may collide.
public enum VerbImportSkip: String, Sendable, CaseIterable, Comparable {
    /// `[---]`: PETRARCH's "no event" for the pattern. dyad's files have no
    /// blocking pattern; a verb with no matching pattern codes nothing anyway.
    case noEvent = "no-event"
    /// `[:173]`: an event only from the target back to the source, which
    /// dyad's format cannot write (it keeps the first code of `[042:043]`).
    case reverseOnly = "reverse-only"
    /// Words, a synonym set, the target `+`, the source `$` or a compound
    /// subject `%` before the verb `*`: dyad's patterns read only what
    /// follows the verb.
    case beforeVerb = "before-verb"
    /// `$` (the source placed after the verb), `^` (an actor passed over) or
    /// `%` (a compound target) after the verb: dyad's format places only the
    /// target; the source is always the clause's subject.
    case actorMarker = "actor-marker"
    /// A code dyad's ontology does not list (`[0A]`, or more than 4 digits).
    case unknownCode = "unknown-code"
    /// A word that cannot be written in dyad's format (`|`, `:`, `#`), or
    /// synonym sets that multiply to more than ``PetrarchVerbImport/maxVariants`` patterns.
    case unwritable
    /// dyad's own verb files already have the verb with the same words
    /// (wherever their `+` stands): dyad's pattern wins.
    case dyadHas = "dyad-has"
    /// An earlier converted pattern has the same verb and words (PETRARCH
    /// lists a verb in several blocks, or a pattern twice with two codes):
    /// the first one in the source wins, as PETRARCH's first match would.
    case duplicate

    public static func < (a: VerbImportSkip, b: VerbImportSkip) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// True for the reasons counted per dyad pattern rather than per source line.
    public var isPerPattern: Bool { self == .dyadHas || self == .duplicate }

    /// One line explaining the reason, for reports and file headers.
    public var explanation: String {
        switch self {
        case .noEvent: return "[---]: no event"
        case .reverseOnly: return "[:CODE]: an event only from the target back to the source"
        case .beforeVerb: return "words, a synonym set, '+', '$' or '%' before the verb"
        case .actorMarker: return "'$', '^', or '%' after the verb: dyad places only the target"
        case .unknownCode: return "a code dyad's ontology does not list"
        case .unwritable: return "a word with '|', ':' or '#', or too many synonym-set combinations"
        case .dyadHas: return "dyad's own verb files have the verb with the same words; dyad's pattern wins"
        case .duplicate: return "an earlier converted pattern has the same verb and words"
        }
    }
}
