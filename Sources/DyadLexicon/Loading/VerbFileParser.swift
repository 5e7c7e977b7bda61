import DyadText

/// Reads a dyad `*.verbs.txt` file: `CODE: pattern | pattern` and
/// `CODE noun: noun | noun` lines.
enum VerbFileParser {
    static func parse(_ text: String, file: String, issues: inout [DictionaryIssue]) -> [VerbPattern] {
        var patterns: [VerbPattern] = []
        for raw in EntryReader.entries(in: text, file: file, issues: &issues) {
            let here = SourceLocation(file: file, line: raw.line)
            guard let (code, modifier, value) = EntryReader.header(raw.header),
                  EntryReader.isCameoCode(code, length: 2...4) else {
                issues.append(DictionaryIssue(here, "expected 'CODE: pattern | pattern' with a CAMEO code of 2 to 4 digits"))
                continue
            }
            let isNoun: Bool
            switch modifier {
            case "": isNoun = false
            case "noun": isNoun = true
            default:
                issues.append(DictionaryIssue(here, "unknown modifier '\(modifier)' after the code; only 'noun' is allowed"))
                continue
            }
            for a in raw.attributes {
                issues.append(DictionaryIssue(SourceLocation(file: file, line: a.line), "verb patterns take no indented keys ('\(a.key)')"))
            }
            let alternatives = EntryReader.list(value)
            if alternatives.isEmpty {
                issues.append(DictionaryIssue(here, "code \(code) lists no patterns; write 'CODE: pattern | pattern' or remove the line"))
                continue
            }
            for alternative in alternatives {
                let words = alternative.lowercased().split(separator: " ").map(String.init)
                if isNoun {
                    if words.contains("+") {
                        issues.append(DictionaryIssue(here, "noun pattern '\(alternative)' cannot place '+'; the target is found after the noun"))
                        continue
                    }
                    patterns.append(VerbPattern(code: code, head: words, elements: [], isNoun: true, text: alternative, origin: here))
                    continue
                }
                guard let verb = words.first, verb != "+" else {
                    issues.append(DictionaryIssue(here, "pattern '\(alternative)' must start with a verb"))
                    continue
                }
                let elements: [PatternElement] = words.dropFirst().map { $0 == "+" ? .target : .word($0) }
                if elements.filter({ $0 == .target }).count > 1 {
                    issues.append(DictionaryIssue(here, "pattern '\(alternative)' has more than one '+'"))
                    continue
                }
                patterns.append(VerbPattern(code: code, head: [verb], elements: elements, isNoun: false, text: alternative, origin: here))
            }
        }
        return patterns
    }
}
