import DyadSyntax
import DyadText

/// The words of a converted verb pattern as dyad's matcher compares them:
/// tokens as dyad's tokenizer cuts them, lowercase, plurals reduced to their
/// lemma.
///
/// dyad's verb files are written in lemmas (`ask for humanitarian aid`);
/// a pattern word matches a token whose lowercase form or lemma is that word.
/// PETRARCH writes the forms it expects (`* RALLIES`, `+ANGERED_BY`), so the
/// import writes `rally` (matching "rally" and "rallies") and `anger by`.
///
/// ```swift
/// let forms = try ImportWordForms.bundled()
/// forms.words("ARMS_SHIPMENTS")  // ["arm", "shipment"]
/// forms.verb("DETERRING")         // "deter"
/// ```
public struct ImportWordForms: Sendable {
    /// The lemma of a lowercase token standing after the verb.
    let wordLemma: @Sendable (String) -> String
    /// The lemma of a lowercase verb word.
    let verbLemma: @Sendable (String) -> String

    /// Forms with the given lemma functions (for tests: no model files needed).
    public init(word: @escaping @Sendable (String) -> String, verb: @escaping @Sendable (String) -> String) {
        wordLemma = word
        verbLemma = verb
    }

    /// Forms read with dyad's bundled tagger lexicon and lemmatizer. A word
    /// after the verb is reduced when the lexicon reads it as a plural noun
    /// or a verb's `-s` form, or does not know it ("assurances" → "assurance");
    /// any other word stays as written ("towards", "news", "afire"). A verb
    /// written in its `-ed` or `-ing` form is looked up in the lemma table
    /// ("angered" → "anger"); base forms that look like past forms ("found",
    /// "wound") stay as PETRARCH lists them.
    public static func bundled() throws -> ImportWordForms {
        let tagger = try BrillTagger.bundled()
        let lemmatizer = try Lemmatizer.bundled()
        return ImportWordForms(word: { w in
            switch tagger.lexiconTag(for: w) {
            case nil, .NNS?, .NNPS?, .VBZ?: return lemmatizer.lemma(of: w, tag: .NNS)
            default: return w
            }
        }, verb: { w in
            guard w.hasSuffix("ed") || w.hasSuffix("ing") else { return w }
            return lemmatizer.lemma(of: w, tag: .VB)  // the table only: no suffix rule for VB
        })
    }

    /// A PETRARCH word or phrase (`CEASE-FIRE`, `ARMED_FORCES`, `U.S.`) as
    /// dyad pattern words: its tokens, lowercase, each reduced to its lemma.
    public func words(_ written: String) -> [String] {
        let phrase = written.split(whereSeparator: { $0 == "_" || $0 == " " }).joined(separator: " ")
        return ImportNameRules.key(phrase).split(separator: " ").map { wordLemma(String($0)) }
    }

    /// A PETRARCH verb word as dyad's verb lemma.
    public func verb(_ written: String) -> String {
        verbLemma(written.lowercased())
    }
}
