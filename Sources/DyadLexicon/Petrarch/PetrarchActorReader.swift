import DyadText

/// Reads a PETRARCH / TABARI actor dictionary into dyad actor entries.
///
/// ```
/// SYRIA_ [SYR]
/// +SYRIAN_
/// BASHAR_AL-ASSAD_
/// +ASSAD_
///     [SYRMIL 940121-000716]
///     [SYRGOV >000717]
/// ```
///
/// A name line opens an entry; `+` lines add synonyms; `[CODE]` on the name
/// line or on indented lines below gives its codes, optionally limited in
/// time: `>DATE` (from), `<DATE` (until) or `FROM-UNTIL`, dates as `YYMMDD`
/// or `YYYYMMDD`. A three-letter code makes a country, a longer one an
/// organization, dated codes a person with roles. `[---]` marks a name that
/// is deliberately not coded; such entries are dropped.
public enum PetrarchActorReader {
    public static func parse(_ text: String, file: String, issues: inout [DictionaryIssue]) -> [ActorEntry] {
        var actors: [ActorEntry] = []
        var current: (names: [String], roles: [ActorRole], line: Int, null: Bool, joint: [String])?

        func finish() {
            guard let c = current else { return }
            current = nil
            if c.null { return }
            let here = SourceLocation(file: file, line: c.line)
            // A bare name right after a coded entry (`UN_ [IGOUNO]` / `U.N._`) is another name for it.
            if c.roles.isEmpty, c.names.count == 1, let last = actors.last, last.origin.line.map({ c.line - $0 <= 3 }) ?? false {
                actors[actors.count - 1].names += c.names
                return
            }
            guard !c.roles.isEmpty else {
                issues.append(DictionaryIssue(here, "actor '\(c.names.first ?? "")' has no code; add [CODE] after the name or on a line below"))
                return
            }
            let isDated: (ActorRole) -> Bool = { $0.from != nil || $0.until != nil }
            let dated = c.roles.contains(where: isDated)
            let kind: ActorKind = dated || c.roles.count > 1 ? .person : (c.roles[0].code.count == 3 ? .country : .organization)
            // PETRARCH: the first dated code in force wins, an undated code is the
            // default. dyad takes the last role in force, so undated roles go
            // first and dated ones follow in reverse order.
            let roles = c.roles.filter { !isDated($0) } + c.roles.filter(isDated).reversed()
            var entry = ActorEntry(kind: kind, name: c.names.first ?? "", roles: roles, names: c.names, origin: here)
            entry.jointCodes = c.joint
            actors.append(entry)
        }

        for (number, line) in PetrarchFormat.significantLines(text, keepBlank: true) {
            let here = SourceLocation(file: file, line: number)
            if line.isEmpty {
                // A blank line ends an entry still waiting for its codes.
                if current?.roles.isEmpty ?? false { finish() }
                continue
            }
            if line.hasPrefix("[") {
                guard current != nil else {
                    issues.append(DictionaryIssue(here, "a code line before any actor name"))
                    continue
                }
                var rest = line
                while let open = rest.firstIndex(of: "[") {
                    let (_, code, after) = PetrarchFormat.splitCode(rest[open...])
                    guard let code else { issues.append(DictionaryIssue(here, "unclosed '[' in a code")); break }
                    addCode(code, at: here)
                    rest = after
                }
                continue
            }
            if line.hasPrefix("+") {
                guard current != nil else {
                    issues.append(DictionaryIssue(here, "a '+' synonym before any actor name"))
                    continue
                }
                let (before, code, after) = PetrarchFormat.splitCode(line.dropFirst())
                let n = PetrarchFormat.name(before)
                if !n.isEmpty { current!.names.append(n) }
                if let code { addCode(code, at: here); addCodes(after, at: here) }
                continue
            }
            let (before, code, after) = PetrarchFormat.splitCode(line)
            let n = PetrarchFormat.name(before)
            guard !n.isEmpty else {
                finish()
                issues.append(DictionaryIssue(here, "expected 'NAME [CODE]'"))
                continue
            }
            // Name lines before the codes all name the same actor:
            // `YELTSIN` / `PRESIDENT_YELTSIN` / `\t[RUSGOV …]`.
            if let c = current, c.roles.isEmpty, !c.null {
                current!.names.append(n)
            } else {
                finish()
                current = ([n], [], number, false, [])
            }
            if let code { addCode(code, at: here); addCodes(after, at: here) }
        }
        finish()
        return actors

        func addCodes(_ rest: Substring, at here: SourceLocation) {
            var rest = rest
            while let open = rest.firstIndex(of: "[") {
                let (_, code, after) = PetrarchFormat.splitCode(rest[open...])
                guard let code else { break }
                addCode(code, at: here)
                rest = after
            }
        }

        func addCode(_ raw: Substring, at here: SourceLocation) {
            let parts = raw.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = parts.first else {
                issues.append(DictionaryIssue(here, "empty code '[]'"))
                return
            }
            // `[---]` leaves the name uncoded; `[--- <950630]` only while the date applies.
            let uncoded = first.allSatisfy({ $0 == "-" })
            if uncoded && parts.count == 1 { current?.null = true; return }
            // `[FRO/BIL/SAM]`: one name for several actors together.
            let codes = uncoded ? [ActorRole.uncoded] : first.split(separator: "/").map { $0.uppercased() }
            guard uncoded || codes.allSatisfy({ (3...20).contains($0.count) && $0.allSatisfy({ $0.isLetter || $0.isNumber }) }) else {
                issues.append(DictionaryIssue(here, "actor code '\(first)' must be 3 to 20 letters, or such codes joined by '/'"))
                return
            }
            let code = codes[0]
            current?.joint += codes.dropFirst()
            var from: CalendarDate?, until: CalendarDate?
            if parts.count > 1 {
                let range = parts[1...].joined()
                if range.hasPrefix(">") {
                    from = PetrarchFormat.date(range.dropFirst()[...])
                    if from == nil { issues.append(DictionaryIssue(here, "'\(range)' is not a date (>YYMMDD or >YYYYMMDD)")); return }
                } else if range.hasPrefix("<") {
                    until = PetrarchFormat.date(range.dropFirst()[...])
                    if until == nil { issues.append(DictionaryIssue(here, "'\(range)' is not a date (<YYMMDD or <YYYYMMDD)")); return }
                } else {
                    let ends = range.split(separator: "-", omittingEmptySubsequences: false)
                    guard ends.count == 2, let a = PetrarchFormat.date(ends[0]), let b = PetrarchFormat.date(ends[1]) else {
                        issues.append(DictionaryIssue(here, "'\(range)' is not a date range (FROM-UNTIL, >FROM or <UNTIL)"))
                        return
                    }
                    from = a
                    until = b
                }
            }
            current?.roles.append(ActorRole(code: code, from: from, until: until))
        }
    }
}

/// Reads a PETRARCH agent dictionary into dyad agent entries.
///
/// ```
/// !PERSON! = MAN, MEN, WOMAN, WOMEN
/// AMBASSADOR [~GOV]
/// ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
/// MEDIA {} [~MED]
/// CONGRESS!PERSON! [~LEG]
/// ```
///
/// `{…}` lists irregular plurals and turns generated plurals off (`{}` only
/// turns them off); `!NAME!` is replaced by each word of its substitution
/// list; `[~SECTOR]` and `[SECTOR~]` both give the sector.
public enum PetrarchAgentReader {
    public static func parse(_ text: String, file: String, issues: inout [DictionaryIssue]) -> [AgentEntry] {
        var agents: [AgentEntry] = []
        var substitutions: [String: [String]] = [:]
        for (number, line) in PetrarchFormat.significantLines(text) {
            let here = SourceLocation(file: file, line: number)
            if line.hasPrefix("!"), let eq = line.firstIndex(of: "=") {
                let key = PetrarchFormat.trim(line[..<eq]).uppercased()
                substitutions[key] = line[line.index(after: eq)...].split(separator: ",")
                    .map { String(PetrarchFormat.trim($0)) }.filter { !$0.isEmpty }
                continue
            }
            let (before, code, _) = PetrarchFormat.splitCode(line)
            guard let code else {
                issues.append(DictionaryIssue(here, "expected 'AGENT [~CODE]'"))
                continue
            }
            let sector = code.filter { $0 != "~" }.uppercased()
            guard (2...9).contains(sector.count), sector.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                issues.append(DictionaryIssue(here, "agent code '\(code)' must be '~' and 2 to 9 letters"))
                continue
            }
            var phrase = before
            var plurals: [Substring] = []
            var generatePlurals = true
            if let open = phrase.firstIndex(of: "{") {
                guard let close = phrase[open...].firstIndex(of: "}") else {
                    issues.append(DictionaryIssue(here, "unclosed '{' in the plural list"))
                    continue
                }
                plurals = phrase[phrase.index(after: open)..<close].split(separator: " ")
                generatePlurals = false
                phrase = PetrarchFormat.trim(phrase[..<open])
            }
            var words: [String] = []
            for form in [phrase] + plurals {
                for expanded in expand(String(form), substitutions) {
                    let n = PetrarchFormat.name(Substring(expanded))
                    if !n.isEmpty { words.append(n.lowercased()) }
                }
            }
            guard !words.isEmpty else {
                issues.append(DictionaryIssue(here, "agent line has no words before its code"))
                continue
            }
            // Substitution lists already hold both numbers ("MAN, MEN").
            if phrase.contains("!") { generatePlurals = false }
            var entry = AgentEntry(sector: sector, words: words, matchesPlurals: generatePlurals, origin: here)
            entry.isPrefix = PetrarchFormat.trim(code).hasSuffix("~")
            agents.append(entry)
        }
        return agents
    }

    /// `CONGRESS!PERSON!` → `CONGRESSMAN`, `CONGRESSMEN`, …
    static func expand(_ form: String, _ substitutions: [String: [String]]) -> [String] {
        guard let open = form.firstIndex(of: "!"),
              let close = form[form.index(after: open)...].firstIndex(of: "!") else { return [form] }
        let key = String(form[open...close]).uppercased()
        guard let words = substitutions[key] else { return [form.replacingOccurrences(of: key, with: "")] }
        let head = form[..<open], tail = form[form.index(after: close)...]
        return words.flatMap { expand(head + $0 + tail, substitutions) }
    }
}
