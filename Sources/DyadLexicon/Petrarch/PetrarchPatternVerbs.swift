/// Which verbs of a PETRARCH verb block each of the block's patterns is
/// read for.
///
/// PETRARCH applies every pattern of a block to every verb of the block,
/// though the dictionary's authors wrote most pattern lines for one verb
/// and named it in the line's comment:
///
/// ```
/// ---  APPEAR   [---]  ---
/// APPEAR
/// LOOK
/// SEEM
/// - * (INTO CHARGES)      [090]   # LOOK
/// - * (IN FAVOR)          [050]   # APPEAR
/// ```
///
/// `.block` reads `look into charge` for all three verbs ("seem into
/// charges" too), as PETRARCH does; `.own` reads it for LOOK alone. A
/// comment may name several verbs (`# CONFIRM , REAFFIRM`), a multi-word
/// verb (`# SET_UP`) or an inflected form (`# RULED_OUT` for `+RULE_OUT`,
/// `# MET` for `MEET {MEETS MET MEETING}`): a name is a block's verb when
/// its words are the verb's or one of its listed forms', compared as
/// lemmas. A line whose comment names no verb of its block (no comment,
/// `# ms 04 Apr 2008`, or a verb of another block) is read for every verb
/// of its block, as under `.block`.
public enum PetrarchPatternVerbs: Sendable {
    /// Every pattern for every verb of its block (PETRARCH's reading).
    case block
    /// Each pattern for the verbs its comment names; `lemma` reduces a
    /// lowercase verb word to its lemma ("ruled" → "rule").
    case own(lemma: @Sendable (String) -> String)

    /// One verb line of a block: `+SET_UP {+SETS_UP +SETTING_UP}` is
    /// lemma `set`, after `["up"]`, forms `[["sets", "up"], ["setting", "up"]]`.
    struct Verb {
        var lemma: String
        var before: [String]
        var after: [String]
        var forms: [[String]]
        var code: String?
        var line: Int

        /// The verb's words in order: `["set", "up"]`.
        var words: [String] { before + [lemma] + after }
    }

    var isOwn: Bool {
        if case .own = self { return true }
        return false
    }

    /// The verbs of `block` that a pattern line with `comment` (the text
    /// after its `#`, if any) is read for.
    func verbs(of comment: Substring?, in block: [Verb]) -> [Verb] {
        guard case .own(let lemma) = self, let comment else { return block }
        let names = comment.split(separator: ",").map { Self.words($0).map(lemma) }.filter { !$0.isEmpty }
        let named = block.filter { verb in
            let written = ([verb.words] + verb.forms).map { $0.map(lemma) }
            return names.contains { written.contains($0) }
        }
        return named.isEmpty ? block : named
    }

    /// A verb or form as written (`+MET_WITH`, `SET_UP`) as lowercase words: `["met", "with"]`.
    static func words(_ written: Substring) -> [String] {
        written.split(whereSeparator: { $0 == "_" || $0.isWhitespace })
            .map { $0.lowercased().filter { $0 != "+" } }
            .filter { !$0.isEmpty }
    }

    /// The comment of each line of `text` (what follows its first `#`
    /// outside `[ … ]`), by 1-based line number, numbered as
    /// ``PetrarchFormat/significantLines(_:keepBlank:limit:)`` numbers them.
    static func comments(_ text: String) -> [Int: Substring] {
        var result: [Int: Substring] = [:]
        for (index, bytes) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = Substring(bytes)
            if let hash = PetrarchFormat.commentStart(line) {
                result[index + 1] = line[line.index(after: hash)...]
            }
        }
        return result
    }
}
