import DyadText

/// Reads a dyad `*.agents.txt` file: `agent SECTOR: words` entries.
enum AgentFileParser {
    static func parse(_ text: String, file: String, issues: inout [DictionaryIssue]) -> [AgentEntry] {
        var agents: [AgentEntry] = []
        for raw in EntryReader.entries(in: text, file: file, issues: &issues) {
            let here = SourceLocation(file: file, line: raw.line)
            guard let (kind, sector, value) = EntryReader.header(raw.header), kind == "agent" else {
                issues.append(DictionaryIssue(here, "expected 'agent SECTOR: word | word'"))
                continue
            }
            guard EntryReader.isUpperCode(sector, length: 3...3) else {
                issues.append(DictionaryIssue(here, "agent sector '\(sector)' must be three uppercase letters"))
                continue
            }
            var entry = AgentEntry(sector: sector, words: EntryReader.list(value), origin: here)
            if entry.words.isEmpty {
                issues.append(DictionaryIssue(here, "agent \(sector) lists no words; write 'agent \(sector): word | word' or remove it"))
                continue
            }
            for a in raw.attributes {
                if a.key == "plural", let flag = EntryReader.yesNo(a.value) {
                    entry.matchesPlurals = flag
                } else {
                    issues.append(DictionaryIssue(SourceLocation(file: file, line: a.line), "unknown key '\(a.key)' for an agent (plural: yes|no)"))
                }
            }
            agents.append(entry)
        }
        return agents
    }
}
