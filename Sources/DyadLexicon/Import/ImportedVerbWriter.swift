/// Writes converted verb patterns in dyad's `*.verbs.txt` format, one file
/// per CAMEO root named after dyad's own file of that root
/// (`phoenix-04-consult.verbs.txt` beside `04-consult.verbs.txt`), so that
/// passing the file with `--dictionaries` adds to dyad's patterns rather
/// than replacing a file.
enum ImportedVerbWriter {
    /// The name part of dyad's own verb file of each CAMEO root.
    static let rootNames: [String: String] = [
        "01": "statements", "02": "appeals", "03": "intent-to-cooperate", "04": "consult",
        "05": "diplomatic-cooperation", "06": "material-cooperation", "07": "aid", "08": "yield",
        "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
        "14": "protest", "15": "force-posture", "16": "reduce-relations", "17": "coerce",
        "18": "assault", "19": "fight", "20": "mass-violence",
    ]

    /// `phoenix` and root `04` → `phoenix-04-consult.verbs.txt`.
    static func fileName(prefix: String, root: String) -> String {
        "\(prefix)-\(root)\(rootNames[root].map { "-\($0)" } ?? "").verbs.txt"
    }

    /// A file name as a lowercase slug: `CAMEO.2.0.txt` → `cameo-2-0`.
    static func slug(_ name: String) -> String {
        let base = name.lowercased().hasSuffix(".txt") ? String(name.dropLast(4)) : name
        return base.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }

    /// Characters of patterns per written line, so that a block of many verbs
    /// and a large synonym set stay readable: the rest go on further lines.
    static let lineWidth = 160

    /// `0233: ask for humanitarian aid | request for humanitarian aid  # CAMEO.2.0.txt:950`,
    /// on as many lines of about ``lineWidth`` characters as the patterns need.
    static func line(_ line: PetrarchVerbImport.Line, source: String) -> String {
        let from = "  # \(source):\(line.sourceLine)\n"
        var text = "", current = ""
        for p in line.patterns {
            if !current.isEmpty, current.count + p.count > lineWidth {
                text += "\(line.code): \(current)\(from)"
                current = ""
            }
            current += current.isEmpty ? p : " | \(p)"
        }
        return text + "\(line.code): \(current)\(from)"
    }

    /// The header of a converted verb file: its source, its licence lines
    /// (``PetrarchImport/licenceHeader(_:licence:)``), and what the whole import left out.
    static func header(source: String, root: String, patternVerbs: PetrarchVerbImport.PatternVerbs = .block,
                       licence: [String], lines: Int, patterns: Int, skipped: [VerbImportSkip: Int]) -> String {
        let verbs = patternVerbs == .own
            ? ["# Each pattern of a block is written for the verbs its source line's # comment names (for every",
               "# verb of the block when it names none of them; --verb-patterns own) and every member of its",
               "# synonym sets;"]
            : ["# Each pattern of a block is written for every verb of the block (--verb-patterns block) and",
               "# every member of its synonym sets;"]
        var text = [
            "\(ImportPrecedence.headerPrefix)verb dictionary \(source)",
            "# by `dyad dict import-petrarch`: the patterns of CAMEO root \(root). Edit the source and",
            "# import again rather than editing this file; each line names the source line it came from.",
        ] + verbs + [
            "# words are lemmas; [A:B] keeps A. dyad's own patterns win (see docs/dictionary-format.md).",
            "#",
        ]
        text += licence
        text.append("#")
        text.append("# \(patterns) patterns on \(lines) lines. Left out of the whole import, by reason:")
        for reason in VerbImportSkip.allCases {
            let unit = reason.isPerPattern ? "patterns" : "source lines"
            text.append("#   \(reason.rawValue): \(skipped[reason] ?? 0) \(unit) (\(reason.explanation))")
        }
        return text.joined(separator: "\n") + "\n\n"
    }
}
