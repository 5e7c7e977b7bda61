import DyadText

/// The PETRARCH-2 / TABARI dictionary formats: recognising them and the
/// line handling their readers share.
///
/// PETRARCH dictionaries are line-based: `NAME [CODE]` entries, `+SYNONYM`
/// lines, `--- VERB [CODE] ---` blocks with `- pattern [CODE]` lines, `&SYNSET`
/// lists. Words are joined by `_` and written in capitals. `#` starts a
/// comment, and `<!-- … -->` comments may span lines.
public enum PetrarchFormat {
    /// The kinds of PETRARCH dictionary file.
    public enum Kind: String, Sendable {
        case actors, agents, verbs, discards, issues
    }

    /// True when a file that dyad would read by its name (`*.actors.txt` …)
    /// is written in the PETRARCH format: its first entry line is a
    /// PETRARCH line (`NAME [CODE]`, `+NAME`, `---`, `&SET`, `!SUB! =`) rather
    /// than a dyad `keyword …:` header.
    public static func looksLikePetrarch(_ text: String) -> Bool {
        for (_, line) in significantLines(text, limit: 1) {
            let first = line.first ?? " "
            if "-&+!~[".contains(first) { return true }
            if line.contains(":") { return false }
            return line.contains("[")
        }
        return false
    }

    /// The kind of a PETRARCH file that dyad would not pick by its name
    /// (`CAMEO.2.0.txt`, `Phoenix.discards.txt`, `Phoenix.IssueCoding.txt`);
    /// nil when it is not recognisably one.
    public static func kind(ofUnnamed fileName: String, text: String) -> Kind? {
        let lower = fileName.lowercased()
        guard lower.hasSuffix(".txt") else { return nil }
        if lower.contains("discard") { return .discards }
        if lower.contains("issue") || contains("<ISSUE ", in: text) { return .issues }
        // A verb dictionary has a `--- VERB [CODE] ---` block header early on (after synonym sets).
        var found = false
        forEachSignificantLine(text, limit: 2000) { _, line in
            found = isBlockHeader(line)
            return !found
        }
        return found ? .verbs : nil
    }

    /// True when `needle` occurs in `text`, compared byte for byte.
    static func contains(_ needle: String, in text: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var i = 0
            while i + n.count <= bytes.count {
                if bytes[i] == first, n.indices.allSatisfy({ bytes[i + $0] == n[$0] }) { return true }
                i += 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// `--- NAME [CODE] ---`
    static func isBlockHeader(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).contains("---") && line.contains("[")
    }

    /// Lines without comments or surrounding blanks, with their 1-based numbers;
    /// blank lines are dropped unless `keepBlank`.
    static func significantLines(_ text: String, keepBlank: Bool = false, limit: Int = .max) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        forEachSignificantLine(text, keepBlank: keepBlank, limit: limit) { result.append(($0, $1)); return true }
        return result
    }

    /// Calls `body` with each significant line (see ``significantLines(_:keepBlank:limit:)``)
    /// until it returns false or `limit` lines have been seen.
    static func forEachSignificantLine(_ text: String, keepBlank: Bool = false, limit: Int = .max,
                                       _ body: (Int, Substring) -> Bool) {
        var seen = 0
        var inComment = false
        var number = 0
        var next = text.startIndex
        while next < text.endIndex, seen < limit {
            let end = text.utf8[next...].firstIndex(of: 0x0A) ?? text.endIndex
            var line = text[next..<end]
            next = end < text.endIndex ? text.utf8.index(after: end) : text.endIndex
            number += 1
            if inComment {
                guard let end = line.range(of: "-->") else { continue }
                line = line[end.upperBound...]
                inComment = false
            }
            while let open = line.range(of: "<!--") {
                if let close = line[open.upperBound...].range(of: "-->") {
                    line = line[..<open.lowerBound] + line[close.upperBound...]
                } else {
                    line = line[..<open.lowerBound]
                    inComment = true
                }
            }
            var commentOnly = false
            if let hash = commentStart(line) {
                line = line[..<hash]
                commentOnly = trim(line).isEmpty
            }
            let trimmed = trim(line)
            // A comment line is not a blank line: it does not end a synonym set.
            if trimmed.isEmpty && (!keepBlank || commentOnly || inComment) { continue }
            seen += 1
            if !body(number, trimmed) { return }
        }
    }

    /// The `#` that starts a comment: one outside `[ … ]` (`[###]` is a code).
    static func commentStart(_ line: Substring) -> Substring.Index? {
        var depth = 0
        var i = line.startIndex
        while i < line.endIndex {
            switch line[i] {
            case "[": depth += 1
            case "]": depth = max(0, depth - 1)
            case "#" where depth == 0: return i
            default: break
            }
            i = line.index(after: i)
        }
        return nil
    }

    /// A code PETRARCH can record: 2 to 4 digits and an optional capital
    /// letter (`064`, `1721`, `174K`), or `---` for none.
    static func isValidEventCode(_ code: String) -> Bool {
        if code == "---" { return true }
        let u = Array(code.utf8)
        var digits = 0
        while digits < u.count, u[digits] >= 48, u[digits] <= 57 { digits += 1 }
        guard (2...4).contains(digits) else { return false }
        return u.count == digits || (u.count == digits + 1 && u[digits] >= 65 && u[digits] <= 90)
    }

    static func trim(_ s: Substring) -> Substring {
        var s = s
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
        return s
    }

    /// `AL-QAEDA_`, `PRESIDENT_GEORGE_W._BUSH` → dyad names: words split at
    /// `_` and spaces, lowercased so they match in any case; short all-capital
    /// single words (`UN`, `US`, `IS`) stay in capitals so that only the
    /// acronym, not the common word, matches.
    static func name(_ raw: Substring) -> String {
        var words: [Substring] = []
        for part in raw.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }) where !part.isEmpty {
            words.append(part)
        }
        if words.count == 1, words[0].unicodeScalars.filter({ $0.properties.isAlphabetic }).count <= 3 {
            return String(words[0])
        }
        return words.map { $0.lowercased() }.joined(separator: " ")
    }

    /// The text inside the first `[ … ]` and what stands before it.
    static func splitCode(_ line: Substring) -> (before: Substring, code: Substring?, after: Substring) {
        guard let open = line.firstIndex(of: "[") else { return (line, nil, "") }
        guard let close = line[open...].firstIndex(of: "]") else { return (line[..<open], nil, line[open...]) }
        return (trim(line[..<open]), trim(line[line.index(after: open)..<close]), line[line.index(after: close)...])
    }

    /// `000717` (YYMMDD; years up to 30 are 20xx) or `20000717`.
    static func date(_ s: Substring) -> CalendarDate? {
        guard s.allSatisfy(\.isNumber) else { return nil }
        let digits = Array(s).compactMap { $0.wholeNumberValue }
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + digits[$1] } }
        let year: Int, rest: Int
        switch digits.count {
        case 6:
            let yy = number(0..<2)
            year = yy <= 30 ? 2000 + yy : 1900 + yy
            rest = 2
        case 8:
            year = number(0..<4)
            rest = 4
        default: return nil
        }
        let month = number(rest..<(rest + 2)), day = number((rest + 2)..<(rest + 4))
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension DictionarySet {
    /// Parses one PETRARCH / TABARI dictionary's text and adds its entries.
    /// Discard and issue files are recognised but not used by dyad's coder;
    /// a warning says so. With `contentHash` (of the file's bytes), a large
    /// file's entries come from ``PetrarchCache`` when it holds them.
    public mutating func addPetrarch(text: String, kind: PetrarchFormat.Kind, file: String, contentHash: UInt64? = nil) {
        if kind == .discards || kind == .issues {
            issues.append(DictionaryIssue(SourceLocation(file: file),
                "PETRARCH \(kind.rawValue) file recognised and not used: dyad does not apply \(kind.rawValue) lists",
                severity: .warning))
            return
        }
        let parse = { () -> PetrarchCache.Entries in
            var e = PetrarchCache.Entries()
            switch kind {
            case .actors: e.actors = PetrarchActorReader.parse(text, file: file, issues: &e.issues)
            case .agents: e.agents = PetrarchAgentReader.parse(text, file: file, issues: &e.issues)
            case .verbs: e.verbs = PetrarchVerbReader.parse(text, file: file, issues: &e.issues)
            case .discards, .issues: break
            }
            return e
        }
        let entries: PetrarchCache.Entries
        if let contentHash, text.utf8.count >= 16 * 1024 {
            entries = PetrarchCache.load(text: text, contentHash: contentHash, kind: kind, file: file, parse: parse)
        } else {
            entries = parse()
        }
        // Taken whole when nothing came before: no copy of 100,000 patterns.
        func add<T>(_ new: [T], to list: inout [T]) { if list.isEmpty { list = new } else { list += new } }
        add(entries.actors, to: &actors)
        add(entries.agents, to: &agents)
        add(entries.verbs, to: &verbs)
        add(entries.issues, to: &issues)
    }
}
