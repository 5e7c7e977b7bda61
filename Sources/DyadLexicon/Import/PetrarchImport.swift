import Foundation
import DyadText

/// Converts PETRARCH / TABARI actor and agent dictionaries into dyad's own
/// readable format (`dyad dict import-petrarch`).
///
/// The PETRARCH readers (`Petrarch/`) parse each file; this keeps every entry
/// dyad's format can hold, drops name forms by ``ImportNameRules`` (dyad's own
/// names win; bare everyday words go), and writes one `*.actors.txt` or
/// `*.agents.txt` text per input file with a header saying where it came from
/// and under which licence. A malformed input line is reported with its
/// file and line and skipped; the rest of the file is still converted.
///
/// ```swift
/// let rules = try ImportNameRules(own: DictionarySet.load(folders: [DictionarySet.bundledFolder()]))
/// let result = try PetrarchImport.convert(folder: url, rules: rules)
/// for file in result.files { print(file.fileName, file.entries) }
/// ```
public enum PetrarchImport {
    /// One converted dictionary.
    public struct ConvertedFile: Sendable {
        /// dyad file name: `Phoenix.Countries.actors.txt` → `phoenix-countries.actors.txt`.
        public var fileName: String
        /// The input file it was converted from.
        public var source: String
        public var text: String
        public var entries: Int
        public var names: Int
    }

    /// A name form left out, where it stood and why.
    public struct DroppedName: Sendable, Hashable {
        public var name: String
        public var rule: ImportDropRule
        public var location: SourceLocation
    }

    public struct Result: Sendable {
        public var files: [ConvertedFile] = []
        public var dropped: [DroppedName] = []
        /// Input lines that could not be read, and entries dyad's format cannot
        /// hold (each with file:line and what to do); none stops the import.
        public var issues: [DictionaryIssue] = []
        /// Codes longer than 9 letters cut to their first three 3-letter parts (`IGOUNOREFHCR` → `IGOUNOREF`).
        public var shortenedCodes = 0
        /// State codes written as dyad writes them (`KSV` → `XKX`), found by
        /// the country names the source and dyad share.
        public var countryCodes: [String: String] = [:]

        public init() {}

        /// How many name forms each rule dropped.
        public var droppedByRule: [ImportDropRule: Int] {
            dropped.reduce(into: [:]) { $0[$1.rule, default: 0] += 1 }
        }
    }

    /// The dyad file name for an input file, or nil when it is neither an
    /// actor nor an agent dictionary.
    public static func outputName(for inputName: String) -> String? {
        let lower = inputName.lowercased()
        for kind in ["actors", "agents"] where lower.hasSuffix(".\(kind).txt") {
            let base = lower.dropLast(kind.count + 5)
            let slug = base.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            return "\(slug).\(kind).txt"
        }
        return nil
    }

    /// Converts every `*.actors.txt` and `*.agents.txt` PETRARCH dictionary in `folder`.
    /// Throws only when the folder cannot be listed.
    /// `licence`, when given, is written into every header before the source's own notice.
    /// Only entries of `kinds` are written (countries, persons, organizations).
    public static func convert(folder: URL, rules: ImportNameRules, licence: String? = nil,
                               kinds: Set<ActorKind> = [.country, .person, .organization]) throws -> Result {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var inputs: [(name: String, path: String, text: String)] = []
        var result = Result()
        for name in names where outputName(for: name) != nil {
            let path = folder.appendingPathComponent(name).path
            guard let text = readInput(path, issues: &result.issues) else { continue }
            guard PetrarchFormat.looksLikePetrarch(text) else {
                result.issues.append(DictionaryIssue(SourceLocation(file: path), "not a PETRARCH dictionary (its first entry is a dyad 'keyword …:' line); dyad reads it as it is", severity: .warning))
                continue
            }
            inputs.append((name, path, text))
        }
        return convert(inputs.map { ($0.name, $0.path, $0.text) }, rules: rules, licence: licence, kinds: kinds, into: result)
    }

    /// Converts dictionary texts given by name (`Phoenix.Countries.actors.txt`),
    /// path (for messages) and content.
    public static func convert(_ inputs: [(name: String, path: String, text: String)], rules: ImportNameRules,
                               licence: String? = nil, kinds: Set<ActorKind> = [.country, .person, .organization],
                               into start: Result = Result()) -> Result {
        var result = start
        var actorFiles: [(input: Int, actors: [ActorEntry])] = []
        var agentFiles: [(input: Int, agents: [AgentEntry])] = []
        for (i, input) in inputs.enumerated() {
            var issues: [DictionaryIssue] = []
            if input.name.lowercased().hasSuffix(".agents.txt") {
                agentFiles.append((i, PetrarchAgentReader.parse(input.text, file: input.path, issues: &issues)))
            } else {
                actorFiles.append((i, PetrarchActorReader.parse(input.text, file: input.path, issues: &issues)))
            }
            result.issues += issues.map(skippedLine)
        }

        // Actors: representable entries, then name forms by the rules, then
        // forms two imported entries share.
        var representableFiles: [[ActorEntry]] = []
        for file in actorFiles {
            representableFiles.append(file.actors.compactMap { representable($0, issues: &result.issues, shortened: &result.shortenedCodes) })
        }
        result.countryCodes = countryCodeMap(representableFiles.flatMap { $0 }, rules: rules)
        var kept: [[ActorEntry]] = []
        for file in representableFiles {
            var entries: [ActorEntry] = []
            for actor in file {
                var entry = dyadCodes(actor, map: result.countryCodes, rules: rules)
                guard kinds.contains(entry.kind) else { continue }
                entry.names = filterNames(entry.names, at: entry.origin, rules: rules, dropped: &result.dropped)
                if !entry.names.isEmpty { entries.append(entry) }
            }
            kept.append(entries)
        }
        dropGivenNames(&kept, dropped: &result.dropped)
        resolveShared(&kept, codes: { Set($0.roles.map(\.code)) }, names: \.names, origin: \.origin, dropped: &result.dropped)

        let keptAgents = convertAgents(agentFiles.map(\.agents), rules: rules, result: &result)

        for (k, file) in actorFiles.enumerated() {
            let input = inputs[file.input]
            let body = kept[k].map { ImportedActorWriter.entry($0, source: sourceNote(input.name, $0.origin)) }
            result.files.append(ConvertedFile(
                fileName: outputName(for: input.name) ?? input.name, source: input.name,
                text: header(for: input, kind: "actor", licence: licence, entries: kept[k].count, dropped: result.dropped) + body.joined(),
                entries: kept[k].count, names: kept[k].reduce(0) { $0 + $1.names.count }))
        }
        for (k, file) in agentFiles.enumerated() {
            let input = inputs[file.input]
            let body = keptAgents[k].map { ImportedAgentWriter.entry($0, source: sourceNote(input.name, $0.origin)) }
            result.files.append(ConvertedFile(
                fileName: outputName(for: input.name) ?? input.name, source: input.name,
                text: header(for: input, kind: "agent", licence: licence, entries: keptAgents[k].count, dropped: result.dropped) + body.joined(),
                entries: keptAgents[k].count, names: keptAgents[k].reduce(0) { $0 + $1.words.count }))
        }
        result.files.sort { $0.fileName < $1.fileName }
        return result
    }

    /// The text of an input dictionary with `\n` line ends, read as UTF-8 or
    /// else Latin-1 (PETRARCH files often are; the output is UTF-8); nil,
    /// with an issue, when it cannot be read.
    static func readInput(_ path: String, issues: inout [DictionaryIssue]) -> String? {
        let at = SourceLocation(file: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            issues.append(DictionaryIssue(at, "cannot read the file; check its permissions"))
            return nil
        }
        guard let text = String(validating: data, as: UTF8.self) ?? String(data: data, encoding: .isoLatin1) else {
            issues.append(DictionaryIssue(at, "neither UTF-8 nor Latin-1 text; save it as UTF-8 and import again"))
            return nil
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// A reader's issue, saying the line was skipped and what to do.
    static func skippedLine(_ issue: DictionaryIssue) -> DictionaryIssue {
        guard issue.severity == .error else { return issue }
        return DictionaryIssue(issue.location, issue.message + "; the line was skipped: fix it in the source dictionary and import again")
    }

    static func sourceNote(_ name: String, _ origin: SourceLocation) -> String {
        origin.line.map { "\(name):\($0)" } ?? name
    }

    /// The entry as dyad's format can hold it, or nil (with an issue) when it cannot.
    /// Codes longer than dyad's 9 letters are cut to their first three 3-letter parts (counted in `shortened`).
    static func representable(_ actor: ActorEntry, issues: inout [DictionaryIssue], shortened: inout Int) -> ActorEntry? {
        let label = "'\(actor.name)'"
        guard actor.jointCodes.isEmpty else {
            issues.append(DictionaryIssue(actor.origin, "\(label) names several actors together (CODE/CODE); dyad's format has no such entry, left out", severity: .warning))
            return nil
        }
        var entry = actor
        // Dated `[---]` (uncoded for a while) has no dyad form; codes must fit dyad's 3 to 9 letters.
        entry.roles = actor.roles.compactMap { role in
            if role.isUncoded { return nil }
            var role = role
            if role.code.count > 9 {
                // CAMEO codes are 3-letter parts, most general first: IGOUNOREFHCR → IGOUNOREF.
                guard role.code.count % 3 == 0 else {
                    issues.append(DictionaryIssue(actor.origin, "\(label): code \(role.code) is longer than dyad's 9 letters and not made of 3-letter parts; that code is left out", severity: .warning))
                    return nil
                }
                shortened += 1
                role = ActorRole(code: String(role.code.prefix(9)), from: role.from, until: role.until)
            }
            if let f = role.from, let u = role.until, u.dayNumber < f.dayNumber {
                issues.append(DictionaryIssue(actor.origin, "\(label): role \(role.code) ends (\(u)) before it starts (\(f)); that role is left out: fix the dates in the source", severity: .warning))
                return nil
            }
            return role
        }
        guard !entry.roles.isEmpty else { return nil }
        if entry.kind == .person, let now = entry.roles.last(where: { $0.code.count == 3 && $0.until == nil }) {
            // A place whose state changed (`[USRARM <900823] [ARM >911221]`): the state of today.
            entry.kind = .country
            entry.roles = [ActorRole(code: now.code)]
        } else if entry.kind == .person, entry.roles.count == 1, entry.roles[0].from == nil, entry.roles[0].until == nil {
            entry.kind = .organization
        }
        return entry
    }

    /// Source state codes → dyad's, where a country-level entry of the source
    /// lists a name of one of dyad's countries under another code, and all such
    /// names agree.
    static func countryCodeMap(_ actors: [ActorEntry], rules: ImportNameRules) -> [String: String] {
        var candidates: [String: Set<String>] = [:]
        for actor in actors where actor.kind == .country {
            let code = actor.roles[0].code
            guard !rules.ownCountryCodes.contains(code) else { continue }
            for n in actor.names {
                if let mine = rules.ownCountries[ImportNameRules.key(n)], mine != code {
                    candidates[code, default: []].insert(mine)
                }
            }
        }
        return candidates.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The entry with dyad's state codes; a 3-letter code that is not one of
    /// dyad's states (`NGO`, `IGO`, `HKG`) makes an organization of that code.
    static func dyadCodes(_ actor: ActorEntry, map: [String: String], rules: ImportNameRules) -> ActorEntry {
        var entry = actor
        entry.roles = actor.roles.map { role in
            guard let state = map[role.country] else { return role }
            return ActorRole(code: state + role.code.dropFirst(3), from: role.from, until: role.until)
        }
        if entry.kind == .country, !rules.ownCountryCodes.contains(entry.roles[0].code) {
            entry.kind = .organization
        }
        return entry
    }

    /// The names to keep, each at most once, recording why the others go.
    static func filterNames(_ names: [String], at origin: SourceLocation, rules: ImportNameRules,
                            dropped: inout [DroppedName]) -> [String] {
        var seen = Set<String>()
        var kept: [String] = []
        for written in names {
            // dyad's names never include the article: the matcher reads "the" apart ("THE_UNITED_NATIONS" → "united nations").
            // Compared as it will be written: the tokenizer reads "M." in "Robert M. Gates" apart from "m." in lowercase.
            let shown = ImportedActorWriter.displayForm(written)
            let n = shown.lowercased().hasPrefix("the ") ? ImportedActorWriter.displayForm(String(shown.dropFirst(4))) : shown
            let key = ImportNameRules.key(n)
            guard seen.insert(key).inserted else { continue }
            if let rule = rules.dropRule(for: n) {
                dropped.append(DroppedName(name: n, rule: rule, location: origin))
            } else {
                kept.append(n)
            }
        }
        return kept
    }

    /// Drops a person's one-word forms that begin a longer name form of any
    /// imported entry: given names, which stand for many people.
    static func dropGivenNames(_ files: inout [[ActorEntry]], dropped: inout [DroppedName]) {
        var firstWords = Set<String>()
        for entries in files {
            for entry in entries {
                for n in entry.names {
                    let key = ImportNameRules.key(n)
                    if let space = key.firstIndex(of: " ") { firstWords.insert(String(key[..<space])) }
                }
            }
        }
        for f in files.indices {
            for e in files[f].indices where files[f][e].kind == .person {
                let origin = files[f][e].origin
                files[f][e].names.removeAll { n in
                    let key = ImportNameRules.key(n)
                    guard !key.contains(" "), firstWords.contains(key) else { return false }
                    dropped.append(DroppedName(name: n, rule: .givenName, location: origin))
                    return true
                }
            }
            files[f].removeAll { $0.names.isEmpty }
        }
    }

    /// A name form several imported entries list: kept on the first when they
    /// all have the same codes, on none when their codes differ.
    static func resolveShared<Entry>(_ files: inout [[Entry]], codes: (Entry) -> Set<String>,
                                     names: WritableKeyPath<Entry, [String]>, origin: KeyPath<Entry, SourceLocation>,
                                     dropped: inout [DroppedName]) {
        var owner: [String: (codes: Set<String>, file: Int, entry: Int)] = [:]
        var ambiguous = Set<String>()
        for (f, entries) in files.enumerated() {
            for (e, entry) in entries.enumerated() {
                for n in entry[keyPath: names] {
                    let key = ImportNameRules.key(n)
                    if let first = owner[key] {
                        if first.codes != codes(entry) { ambiguous.insert(key) }
                    } else {
                        owner[key] = (codes(entry), f, e)
                    }
                }
            }
        }
        for f in files.indices {
            for e in files[f].indices {
                let place = files[f][e][keyPath: origin]
                files[f][e][keyPath: names] = files[f][e][keyPath: names].filter { n in
                    let key = ImportNameRules.key(n)
                    if ambiguous.contains(key) {
                        dropped.append(DroppedName(name: n, rule: .ambiguous, location: place))
                        return false
                    }
                    if let first = owner[key], first.file != f || first.entry != e {
                        dropped.append(DroppedName(name: n, rule: .duplicate, location: place))
                        return false
                    }
                    return true
                }
            }
            files[f].removeAll { $0[keyPath: names].isEmpty }
        }
    }

    /// The header of a converted file: its source, its licence (copied from
    /// the source's own notice), and what the import left out.
    static func header(for input: (name: String, path: String, text: String), kind: String, licence: String?, entries: Int,
                       dropped: [DroppedName]) -> String {
        var lines = [
            "\(ImportPrecedence.headerPrefix)\(kind) dictionary \(input.name)",
            "# by `dyad dict import-petrarch`. Edit the source and import again rather than",
            "# editing this file; each entry names the source line it came from.",
            "# Codes longer than dyad's 9 letters are cut to their first three 3-letter parts.",
            "#",
        ]
        lines += licenceHeader(input.text, licence: licence)
        let mine = dropped.filter { $0.location.file == input.path }
        var counts: [ImportDropRule: Int] = [:]
        for d in mine { counts[d.rule, default: 0] += 1 }
        lines.append("#")
        lines.append("# \(entries) entries. Name forms left out, by rule (see docs/dictionary-format.md):")
        for rule in ImportDropRule.allCases {
            lines.append("#   \(rule.rawValue): \(counts[rule] ?? 0) (\(rule.explanation))")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The licence lines of a converted file's header: `licence` (the
    /// `--licence` option), then the source's own licence and copyright lines.
    static func licenceHeader(_ sourceText: String, licence: String?) -> [String] {
        let notice = licenceLines(sourceText)
        var lines: [String] = []
        if let licence { lines.append("# Licence: \(licence)") }
        if notice.isEmpty, licence == nil {
            lines.append("# Licence: the source file states none; check it before redistributing.")
        } else if !notice.isEmpty {
            lines.append("# The source's own notice:")
            lines += notice.map { "#   \($0)" }
        }
        return lines
    }

    /// The licence name and copyright lines of a dictionary's leading comments.
    static func licenceLines(_ text: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("#") else { if !t.isEmpty { break }; continue }
            let body = t.drop(while: { $0 == "#" || $0 == " " })
            let lower = body.lowercased()
            // "COPYRIGHT HOLDERS BE LIABLE …" is the MIT text's body, not a copyright line.
            let copyright = lower.hasPrefix("copyright") && !lower.hasPrefix("copyright holders")
            if lower.hasPrefix("the mit license") || copyright || lower.hasPrefix("license:") || lower.hasPrefix("licence:") {
                found.append(String(body))
            }
        }
        return found
    }
}
