import Foundation
import DyadLexicon
import DyadText

/// Validates dictionaries beyond their syntax: every verb code exists in the
/// CAMEO table, no name is listed under two different codes, every person has a role.
/// What `dyad dict check` runs.
///
/// ```swift
/// let report = try DictionaryCheck.run(folders: [url], ontology: .bundled())
/// report.issues.forEach { print($0) }
/// ```
public enum DictionaryCheck {
    public struct Report: Sendable {
        public var issues: [DictionaryIssue]
        public var actors: Int
        public var agents: Int
        public var patterns: Int
        public var files: Int
        public var errors: Int { issues.filter { $0.severity == .error }.count }
    }

    public static func run(_ set: DictionarySet, ontology: Ontology) -> Report {
        var issues = set.issues
        for p in set.verbs where ontology[p.code] == nil && p.code != "---" {  // "---": a PETRARCH pattern that blocks coding
            issues.append(DictionaryIssue(p.origin, "unknown CAMEO code \(p.code) in '\(p.text)'; see the ontology table for valid codes"))
        }
        // The same written name for two different actors is ambiguous.
        var seen: [String: ActorEntry] = [:]
        for actor in set.actors {
            for name in actor.names + actor.capitals {
                let key = name.lowercased()
                if let other = seen[key] {
                    if Set(other.roles.map(\.code)) != Set(actor.roles.map(\.code)) {
                        func codes(_ a: ActorEntry) -> String { Set(a.roles.map(\.code)).sorted().joined(separator: "/") }
                        issues.append(DictionaryIssue(actor.origin,
                            "name '\(name)' is coded \(codes(actor)) here and \(codes(other)) at \(other.origin) ('\(other.name)'); "
                            + "keep it on one entry", severity: .warning))
                    }
                } else {
                    seen[key] = actor
                }
            }
        }
        var patternSeen: [String: VerbPattern] = [:]
        for p in set.verbs {
            let key = (p.isNoun ? "noun " : "") + p.text.lowercased()
            if let other = patternSeen[key], other.code != p.code {
                issues.append(DictionaryIssue(p.origin, "pattern '\(p.text)' is also coded \(other.code) at \(other.origin); the first one wins",
                                              severity: .warning))
            } else if patternSeen[key] == nil {
                patternSeen[key] = p
            }
        }
        issues.sort { ($0.location.file, $0.location.line ?? 0) < ($1.location.file, $1.location.line ?? 0) }
        return Report(issues: issues, actors: set.actors.count, agents: set.agents.reduce(0) { $0 + $1.words.count },
                      patterns: set.verbs.count, files: set.files.count)
    }
}
