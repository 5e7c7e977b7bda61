import DyadText

/// Reads a dyad `*.actors.txt` file: `country`, `person` and `organization`
/// entries (see docs/dictionary-format.md).
enum ActorFileParser {
    static func parse(_ text: String, file: String, issues: inout [DictionaryIssue]) -> [ActorEntry] {
        var actors: [ActorEntry] = []
        for raw in EntryReader.entries(in: text, file: file, issues: &issues) {
            let here = SourceLocation(file: file, line: raw.line)
            guard let (kind, argument, value) = EntryReader.header(raw.header) else {
                issues.append(DictionaryIssue(here, "expected 'country CODE: names', 'place CODE: names', 'person NAME: names' or 'organization CODE: names'"))
                continue
            }
            let names = EntryReader.list(value)
            switch kind {
            case "country":
                guard EntryReader.isUpperCode(argument, length: 3...3) else {
                    issues.append(DictionaryIssue(here, "country code '\(argument)' must be three uppercase letters (ISO 3166 alpha-3)"))
                    continue
                }
                var entry = ActorEntry(kind: .country, name: names.first ?? argument,
                                       roles: [ActorRole(code: argument, country: argument, sector: "")],
                                       names: names, origin: here)
                for a in raw.attributes {
                    let at = SourceLocation(file: file, line: a.line)
                    switch a.key {
                    case "adjectives", "adjective": entry.adjectives += EntryReader.list(a.value)
                    case "capital", "capitals": entry.capitals += EntryReader.list(a.value)
                    case "un": if !["member", "observer", "none"].contains(a.value) {
                        issues.append(DictionaryIssue(at, "un: takes member, observer or none"))
                    }
                    default: issues.append(DictionaryIssue(at, "unknown key '\(a.key)' for a country (adjectives, capital, un)"))
                    }
                }
                if names.isEmpty { issues.append(DictionaryIssue(here, "country \(argument) has no names")) }
                actors.append(entry)
            case "place":
                // Cities, provinces and regions: they compose with agents like a
                // country adjective ("Shanghai police" → CHNCOP) and place an
                // agent ("protesters in Mariupol"), but never stand for the
                // government the way a capital does.
                guard EntryReader.isUpperCode(argument, length: 3...3) else {
                    issues.append(DictionaryIssue(here, "place code '\(argument)' must be its country's three uppercase letters (ISO 3166 alpha-3)"))
                    continue
                }
                for a in raw.attributes {
                    issues.append(DictionaryIssue(SourceLocation(file: file, line: a.line), "a place takes no '\(a.key)'; list its names after the colon"))
                }
                if names.isEmpty { issues.append(DictionaryIssue(here, "place \(argument) has no names")); continue }
                var place = ActorEntry(kind: .country, name: names[0], roles: [ActorRole(code: argument, country: argument, sector: "")],
                                       names: [], adjectives: names, origin: here)
                place.isPlace = true
                actors.append(place)
            case "person":
                let canonical = argument.isEmpty ? (names.first ?? "") : argument
                var entry = ActorEntry(kind: .person, name: canonical, roles: [],
                                       names: names.isEmpty ? [canonical] : names, origin: here)
                for a in raw.attributes {
                    let at = SourceLocation(file: file, line: a.line)
                    switch a.key {
                    case "role":
                        do { entry.roles.append(try parseRole(a.value)) } catch let message as RoleError {
                            issues.append(DictionaryIssue(at, message.text))
                        } catch {}
                    case "title": entry.title = a.value
                    default: issues.append(DictionaryIssue(at, "unknown key '\(a.key)' for a person (role, title)"))
                    }
                }
                if entry.roles.isEmpty {
                    issues.append(DictionaryIssue(here, "person '\(canonical)' has no role; add 'role: CODE FROM..UNTIL'"))
                    continue
                }
                actors.append(entry)
            case "organization", "organisation":
                guard EntryReader.isUpperCode(argument, length: 3...9) else {
                    issues.append(DictionaryIssue(here, "organization code '\(argument)' must be 3 to 9 uppercase letters"))
                    continue
                }
                var country: String?, sector: String?
                var entry = ActorEntry(kind: .organization, name: names.first ?? argument, roles: [],
                                       names: names, origin: here)
                for a in raw.attributes {
                    let at = SourceLocation(file: file, line: a.line)
                    switch a.key {
                    case "country": country = a.value
                    case "sector": sector = a.value
                    case "state-media", "outlet":
                        guard let flag = EntryReader.yesNo(a.value) else {
                            issues.append(DictionaryIssue(at, "\(a.key): takes yes or no")); continue
                        }
                        if a.key == "outlet" { entry.isOutlet = flag } else { entry.isStateMedia = flag; if flag { entry.isOutlet = true } }
                    case "title": entry.title = a.value
                    default: issues.append(DictionaryIssue(at, "unknown key '\(a.key)' for an organization (country, sector, state-media, outlet, title)"))
                    }
                }
                entry.roles = [ActorRole(code: argument, country: country, sector: sector)]
                if names.isEmpty { issues.append(DictionaryIssue(here, "organization \(argument) has no names")) }
                actors.append(entry)
            default:
                issues.append(DictionaryIssue(here, "unknown entry kind '\(kind)'; use country, place, person or organization"))
            }
        }
        return actors
    }

    struct RoleError: Error { var text: String }

    /// `SYRGOV 2000-07-17..2024-12-08`, `USAGOV 2017-01-20..`, `SYRMIL`.
    static func parseRole(_ value: String) throws -> ActorRole {
        let parts = value.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let code = parts.first, EntryReader.isUpperCode(code, length: 3...9) else {
            throw RoleError(text: "role must start with an actor code like SYRGOV")
        }
        var from: CalendarDate?, until: CalendarDate?
        if parts.count > 1 {
            let range = parts[1...].joined()
            guard let dots = range.range(of: "..") else {
                throw RoleError(text: "role dates must be a range FROM..UNTIL (either side may be empty), got '\(range)'")
            }
            let a = String(range[..<dots.lowerBound]), b = String(range[dots.upperBound...])
            if !a.isEmpty { guard let d = CalendarDate(a) else { throw RoleError(text: "'\(a)' is not a date (YYYY-MM-DD)") }; from = d }
            if !b.isEmpty { guard let d = CalendarDate(b) else { throw RoleError(text: "'\(b)' is not a date (YYYY-MM-DD)") }; until = d }
            if let f = from, let u = until, u.dayNumber < f.dayNumber {
                throw RoleError(text: "role ends (\(u)) before it starts (\(f))")
            }
        }
        return ActorRole(code: code, from: from, until: until)
    }
}
