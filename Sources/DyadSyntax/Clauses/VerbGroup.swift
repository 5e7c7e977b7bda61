/// A verb group: the auxiliaries, negation, modals and adverbs around one
/// main verb, read off the tags — "had successfully evaded", "did not attack",
/// "was attacked", "will meet".
///
/// The coder codes events on verb groups: ``lemma`` picks the verb patterns,
/// ``isNegated`` keeps "did not attack" from being an attack, ``isPassive``
/// swaps source and target ("was attacked by").
public struct VerbGroup: Sendable, Hashable {
    /// How the group stands in its sentence.
    public enum Form: UInt8, Sendable {
        /// Has tense: "attacked", "has attacked", "will attack".
        case finite
        /// "to attack".
        case infinitive
        /// "attacking", "by selling".
        case gerund
        /// A participle without auxiliary: "the order, gifted Sunday".
        case participle
    }

    public enum Tense: String, Sendable {
        case past, present, future, unknown
    }

    /// Token indices of the whole group.
    public var range: Range<Int>
    /// Index of the main verb (the last verb of the group).
    public var head: Int
    /// Lemma of the main verb.
    public var lemma: String
    public var form: Form
    public var tense: Tense
    public var isNegated: Bool
    public var isPassive: Bool
    /// The modal, if any ("will", "could").
    public var modal: String?

    public init(range: Range<Int>, head: Int, lemma: String, form: Form, tense: Tense,
                isNegated: Bool, isPassive: Bool, modal: String?) {
        self.range = range
        self.head = head
        self.lemma = lemma
        self.form = form
        self.tense = tense
        self.isNegated = isNegated
        self.isPassive = isPassive
        self.modal = modal
    }
}
