import DyadText

extension PetrarchImport {
    /// Agents (`WORD [~SEC]`) as dyad agents, one list per input file: a
    /// prefix agent (`[NGO~]`) or a sector that is not three letters has no
    /// dyad equivalent and is left out with a warning. Agent words are
    /// everyday words by nature, so only dyad's own words, unwritable forms
    /// and words two imported agents share are dropped.
    static func convertAgents(_ files: [[AgentEntry]], rules: ImportNameRules, result: inout Result) -> [[AgentEntry]] {
        var keptAgents: [[AgentEntry]] = []
        for agents in files {
            var entries: [AgentEntry] = []
            for agent in agents {
                guard !agent.isPrefix else {
                    result.issues.append(DictionaryIssue(agent.origin, "prefix agent [\(agent.sector)~] has no equivalent in dyad's agent format; left out (write it as an organization if it names one)", severity: .warning))
                    continue
                }
                guard agent.sector.count == 3, agent.sector.allSatisfy({ $0.isUppercase || $0.isNumber }) else {
                    result.issues.append(DictionaryIssue(agent.origin, "agent sector '\(agent.sector)' is not three letters, as dyad's agents need; left out", severity: .warning))
                    continue
                }
                var entry = agent
                entry.words = agent.words.filter { w in
                        if let rule = rules.dropRule(for: w), rule == .dyadHas || rule == .unwritable {
                        result.dropped.append(DroppedName(name: w, rule: rule, location: agent.origin))
                        return false
                    }
                    return true
                }
                if !entry.words.isEmpty { entries.append(entry) }
            }
            keptAgents.append(entries)
        }
        resolveShared(&keptAgents, codes: { [$0.sector] }, names: \.words, origin: \.origin, dropped: &result.dropped)
        return keptAgents
    }
}

/// Writes agent entries in dyad's `*.agents.txt` format.
public enum ImportedAgentWriter {
    public static func entry(_ agent: AgentEntry, source: String) -> String {
        var text = "agent \(agent.sector): \(agent.words.joined(separator: " | "))  # \(source)\n"
        if !agent.matchesPlurals { text += "  plural: no\n" }
        return text
    }
}
