import DyadText

/// Reads a PETRARCH-2 / TABARI verb dictionary into dyad verb patterns.
///
/// ```
/// &CURRENCY
/// +DOLLARS
/// +SWISS FRANCS
///
/// --- GRANT [070] ---
/// GRANT
/// GIVE {GIVES GAVE GIVEN GIVING}
/// - * ASYLUM (TO +)          [075]
/// - SAID * &CURRENCY         [071]
/// - * (TO +) [042:043]
/// ```
///
/// A block's verbs share its patterns. `*` is the verb; words after it must
/// follow it in the clause (`_` joins words, `( )` and `{ }` group phrases
/// and are read as plain word order); words before it must stand before
/// the verb (`WORD_` there: right before what follows); `+` places the
/// target; `&SET` is any member of a synonym set. After the verb `$` places
/// the source and `^` passes over an actor; `+` before the verb puts the
/// target there (see ``PatternMarker``). `%` before the verb asks for a
/// compound subject; after it, and `$` before the verb, are accepted and
/// ignored (the subject is the source anyway). `[A:B]` codes
/// A from source to target and B back; `[---]` blocks an event.
/// Transformation rules (`~ …`) are skipped and counted.
public enum PetrarchVerbReader {
    /// Synset expansions before the verb are multiplied out; beyond this
    /// many variants a pattern is cut and an issue reported.
    static let maxVariants = 400

    /// Reads `text` (named `file` in issues). With `patternVerbs` `.own`,
    /// a pattern line whose `# VERB` comment names verbs of its block is read
    /// for those verbs only (``PetrarchPatternVerbs``); by default every
    /// pattern is read for every verb of its block, as PETRARCH applies it.
    public static func parse(_ text: String, file: String, issues: inout [DictionaryIssue],
                             patternVerbs: PetrarchPatternVerbs = .block) -> [VerbPattern] {
        let lines = PetrarchFormat.significantLines(text, keepBlank: true)
        let comments = patternVerbs.isOwn ? PetrarchPatternVerbs.comments(text) : [:]
        // Pass 1: synonym sets, wherever they stand.
        var synsets: [String: [(words: [String], line: Int)]] = [:]
        var open: String?
        for (number, line) in lines {
            if line.hasPrefix("&") {
                open = synsetName(line)
                if synsets[open!] == nil { synsets[open!] = [] }
            } else if let name = open, line.hasPrefix("+") {
                synsets[name]!.append((words(line.dropFirst()), number))
            } else {
                open = nil
            }
        }
        func members(_ name: String, depth: Int = 0) -> [[String]] {
            guard depth < 8, let list = synsets[name] else { return [] }
            var out: [[String]] = []
            for m in list {
                if m.words.count == 1, m.words[0].hasPrefix("&") {
                    out += members(synsetName(Substring(m.words[0])), depth: depth + 1)
                } else {
                    out.append(m.words)
                }
            }
            return out
        }

        // Pass 2: verb blocks.
        var patterns: [VerbPattern] = []
        var blockCode = ""
        var verbs: [PetrarchPatternVerbs.Verb] = []
        var blockPatterns: [(text: Substring, line: Int)] = []
        var inBlock = false
        var inSynset = false
        var transformations = 0
        var transformationLine = 0

        func flush() {
            defer { verbs = []; blockPatterns = [] }
            for v in verbs {
                let here = SourceLocation(file: file, line: v.line)
                let code = v.code ?? blockCode
                let (forward, reverse) = codes(code)
                if forward != "---" || reverse != nil, !(v.before.isEmpty && v.after.isEmpty && forward == "---") {
                    let elements = v.before.map(PatternElement.preceding) + v.after.map(PatternElement.word)
                    patterns.append(VerbPattern(code: forward, head: [v.lemma], elements: elements, isNoun: false,
                                                text: ([v.lemma] + v.after).joined(separator: " "), origin: here,
                                                reverseCode: reverse))
                }
            }
            for p in blockPatterns {
                let here = SourceLocation(file: file, line: p.line)
                guard let parsed = parsePattern(p.text, here: here, issues: &issues) else { continue }
                for v in patternVerbs.verbs(of: comments[p.line], in: verbs) {
                    let base = v.before.map(PatternElement.preceding) + v.after.map(PatternElement.word)
                    for variant in parsed.variants {
                        // The pattern's words before `*` stand before the verb's own
                        // ("WILL NOT *" of `WIRE_+TAP`: "will not wire tap").
                        var split = (variant.lastIndex { if case .preceding = $0 { true } else { false } } ?? -1) + 1
                        if split > 0, split < variant.count, variant[split] == .marker(.joined) { split += 1 }
                        let elements = Array(variant[..<split]) + base + variant[split...]
                        patterns.append(VerbPattern(code: parsed.code, head: [v.lemma], elements: elements,
                                                    isNoun: false, text: parsed.text, origin: here,
                                                    reverseCode: parsed.reverse))
                    }
                }
            }
        }

        func parsePattern(_ text: Substring, here: SourceLocation, issues: inout [DictionaryIssue])
            -> (code: String, reverse: String?, text: String, variants: [[PatternElement]])? {
            let (body, code, _) = PetrarchFormat.splitCode(text)
            guard let code else {
                issues.append(DictionaryIssue(here, "pattern '\(text)' has no [CODE]"))
                return nil
            }
            let (forward, reverse) = codes(String(code))
            guard PetrarchFormat.isValidEventCode(forward), reverse.map(PetrarchFormat.isValidEventCode) ?? true else {
                issues.append(DictionaryIssue(here, "'\(code)' is not an event code (2 to 4 digits, an optional capital letter, or ---); pattern skipped"))
                return nil
            }
            // Words joined by `_` after the verb must stand side by side
            // (`NEW_&TIETYPES_RELATIONS`); they become one token holding the sequence.
            var tokens: [String] = []
            var sequences: [Int: [[String]]] = [:]
            var seenStar = false
            for chunk in body.split(whereSeparator: { " \t(){}".contains($0) }) {
                let parts = chunk.split(separator: "_").map(String.init)
                let markers: Set<String> = ["*", "+", "$", "%", "^"]
                if seenStar, parts.count > 1, !parts.contains(where: { markers.contains($0) || $0.contains("+") }) {
                    var seqs: [[String]] = [[]]
                    for part in parts {
                        let options = part.hasPrefix("&") ? members(synsetName(Substring(part))) : [[part.lowercased()]]
                        guard !options.isEmpty else {
                            issues.append(DictionaryIssue(here, "unknown synonym set \(part) in pattern '\(body)'"))
                            return nil
                        }
                        seqs = Array(seqs.flatMap { s in options.map { s + $0 } }.prefix(maxVariants))
                    }
                    sequences[tokens.count] = seqs
                    tokens.append("_")
                } else if !seenStar, chunk.contains("_") {
                    // Before the verb, `_` ties a word to the next one or to the verb (`RECENTLY_*`, `WAS_ *`).
                    for (k, part) in parts.enumerated() {
                        tokens.append(part)
                        if k + 1 < parts.count || chunk.hasSuffix("_") { tokens.append(joinToken) }
                    }
                    if parts.contains("*") { seenStar = true }
                } else {
                    if parts.contains("*") { seenStar = true }
                    tokens += parts
                }
            }
            guard let star = tokens.firstIndex(of: "*") else {
                issues.append(DictionaryIssue(here, "pattern '\(body)' has no '*' for the verb"))
                return nil
            }
            var variants: [[PatternElement]] = [[]]
            for (i, t) in tokens.enumerated() where i != star {
                let before = i < star
                var choice: [PatternElement] = []
                var alternatives: [[PatternElement]]?
                switch t {
                case "+":
                    choice = [before ? .marker(.targetBeforeVerb) : .target]
                case "%":
                    // A compound subject before the verb; after it PETRARCH's compound target, not modelled.
                    if before { choice = [.compoundSubject] } else { continue }
                case "$":
                    // Before the verb the source is the subject anyway.
                    if before { continue }
                    choice = [.marker(.source)]
                case "^":
                    if before { continue }
                    choice = [.marker(.skip)]
                case joinToken:
                    if !before { continue }
                    choice = [.marker(.joined)]
                case "*": continue
                case "_":
                    choice = [.choice(sequences[i] ?? [])]
                default:
                    if t.hasPrefix("&") {
                        let list = members(synsetName(Substring(t)))
                        guard !list.isEmpty else {
                            issues.append(DictionaryIssue(here, "unknown synonym set \(t) in pattern '\(body)'"))
                            return nil
                        }
                        if before {
                            alternatives = list.map { $0.map(PatternElement.preceding) }
                        } else {
                            choice = [.choice(list)]
                        }
                    } else {
                        let w = t.lowercased().filter { $0 != "+" }
                        guard !w.isEmpty else { continue }
                        choice = [before ? .preceding(w) : .choice([[w]])]
                    }
                }
                if let alternatives {
                    variants = variants.flatMap { v in alternatives.map { v + $0 } }
                    if variants.count > maxVariants {
                        issues.append(DictionaryIssue(here, "pattern '\(body)' expands to more than \(maxVariants) variants; the rest are dropped", severity: .warning))
                        variants = Array(variants.prefix(maxVariants))
                    }
                } else {
                    variants = variants.map { $0 + choice }
                }
            }
            let shown = PetrarchFormat.trim(body).split(separator: " ").joined(separator: " ")
            return (forward, reverse, shown, variants)
        }

        for (number, line) in lines {
            let here = SourceLocation(file: file, line: number)
            if line.isEmpty { inSynset = false; continue }
            if line.hasPrefix("&") { inSynset = true; continue }
            if line.hasPrefix("+") && inSynset { continue }
            inSynset = false
            if PetrarchFormat.isBlockHeader(line) {
                flush()
                inBlock = true
                let (_, code, _) = PetrarchFormat.splitCode(line)
                blockCode = code.map(String.init) ?? "---"
                continue
            }
            if line.hasPrefix("~") {
                transformations += 1
                if transformationLine == 0 { transformationLine = number }
                continue
            }
            guard inBlock else {
                issues.append(DictionaryIssue(here, "line outside any '--- VERB [CODE] ---' block"))
                continue
            }
            if line.hasPrefix("-") {
                blockPatterns.append((line.dropFirst(), number))
                continue
            }
            // A verb line: VERB {FORMS} [CODE], or a multi-word verb with '+' before the verb word.
            var rest = line
            var forms: [[String]] = []
            if let brace = rest.firstIndex(of: "{") {
                guard let close = rest[brace...].firstIndex(of: "}") else {
                    issues.append(DictionaryIssue(here, "unclosed '{' in the verb forms"))
                    continue
                }
                forms = rest[rest.index(after: brace)..<close].split(separator: " ").map(PetrarchPatternVerbs.words)
                rest = rest[..<brace] + rest[rest.index(after: close)...]
            }
            let (phrase, code, _) = PetrarchFormat.splitCode(rest)
            let parts = phrase.split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
            guard !parts.isEmpty, parts.allSatisfy({ !$0.contains("[") && !$0.contains("]") }) else {
                issues.append(DictionaryIssue(here, "expected a verb, 'VERB {FORMS}' or 'VERB [CODE]'"))
                continue
            }
            let verbIndex = parts.firstIndex { $0.hasPrefix("+") } ?? 0
            let cleaned = parts.map { $0.lowercased().filter { $0 != "+" } }
            guard !cleaned[verbIndex].isEmpty else {
                issues.append(DictionaryIssue(here, "verb line has no verb word"))
                continue
            }
            verbs.append(PetrarchPatternVerbs.Verb(lemma: cleaned[verbIndex], before: Array(cleaned[..<verbIndex]),
                                                   after: Array(cleaned[(verbIndex + 1)...]), forms: forms,
                                                   code: code.map(String.init), line: number))
        }
        flush()
        if transformations > 0 {
            issues.append(DictionaryIssue(SourceLocation(file: file, line: transformationLine),
                "\(transformations) transformation rule(s) ('~ …') skipped: dyad does not apply PETRARCH-2 transformations",
                severity: .warning))
        }
        return patterns
    }

    /// Stands in the token list for a `_` that ties a word before the verb to what follows.
    static let joinToken = "_join"

    static func synsetName(_ s: Substring) -> String {
        var name = PetrarchFormat.trim(s).split(separator: " ").first.map(String.init) ?? ""
        while name.hasSuffix("_") { name.removeLast() }
        return name.uppercased()
    }

    static func words(_ s: Substring) -> [String] {
        s.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }).map { $0.lowercased() }
    }

    /// `042` → ("042", nil); `042:043` → ("042", "043"); `:190` → ("---", "190"); `---` → ("---", nil).
    static func codes(_ raw: String) -> (String, String?) {
        let trimmed = raw.trimmingASCIIWhitespace()
        guard let colon = trimmed.firstIndex(of: ":") else { return (trimmed.isEmpty ? "---" : trimmed, nil) }
        let a = String(trimmed[..<colon]), b = String(trimmed[trimmed.index(after: colon)...])
        return (a.isEmpty ? "---" : a, b.isEmpty || b.allSatisfy({ $0 == "-" }) ? nil : b)
    }
}
