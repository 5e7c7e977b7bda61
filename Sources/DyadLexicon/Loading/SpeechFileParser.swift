import DyadText

/// Words that report speech (`speech:`) and multi-word attribution cues (`cue:`).
public struct SpeechLexicon: Sendable, Hashable {
    /// Verb lemmas that report speech: "say", "report", "tell".
    public var verbs: Set<String> = []
    /// Cues such as "according to", as lowercase word sequences.
    public var cues: [[String]] = []

    public init(verbs: Set<String> = [], cues: [[String]] = []) {
        self.verbs = verbs
        self.cues = cues
    }
}

/// Reads a dyad `*.speech.txt` file.
enum SpeechFileParser {
    static func parse(_ text: String, file: String, into speech: inout SpeechLexicon, issues: inout [DictionaryIssue]) {
        for raw in EntryReader.entries(in: text, file: file, issues: &issues) {
            let here = SourceLocation(file: file, line: raw.line)
            guard let (kind, _, value) = EntryReader.header(raw.header) else {
                issues.append(DictionaryIssue(here, "expected 'speech: word | word' or 'cue: words | words'"))
                continue
            }
            switch kind {
            case "speech": speech.verbs.formUnion(EntryReader.list(value).map { $0.lowercased() })
            case "cue": speech.cues += EntryReader.list(value).map { $0.lowercased().split(separator: " ").map(String.init) }
            default: issues.append(DictionaryIssue(here, "unknown entry '\(kind)'; use speech: or cue:"))
            }
        }
    }
}
