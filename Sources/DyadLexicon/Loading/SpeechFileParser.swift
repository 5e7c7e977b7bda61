import DyadText

/// Words that report speech (`speech:`), multi-word attribution cues (`cue:`),
/// and the speech verbs whose saying is itself an event (`statement CODE:`).
public struct SpeechLexicon: Sendable, Hashable {
    /// Verb lemmas that report speech: "say", "report", "tell".
    public var verbs: Set<String> = []
    /// Cues such as "according to", as lowercase word sequences.
    public var cues: [[String]] = []
    /// Speech verbs that make a public statement when nothing else in their
    /// sentence is an event: "Pelosi said the plan was a mistake" → 010. Keyed
    /// by lemma; each holds the CAMEO code and the line that listed it.
    public var statements: [String: StatementVerb] = [:]

    public init(verbs: Set<String> = [], cues: [[String]] = [], statements: [String: StatementVerb] = [:]) {
        self.verbs = verbs
        self.cues = cues
        self.statements = statements
    }
}

/// A speech verb whose use by a political actor is a statement event (CAMEO 01x).
public struct StatementVerb: Sendable, Hashable {
    public var code: String
    public var origin: SourceLocation

    public init(code: String, origin: SourceLocation) {
        self.code = code
        self.origin = origin
    }
}

/// Reads a dyad `*.speech.txt` file.
enum SpeechFileParser {
    static func parse(_ text: String, file: String, into speech: inout SpeechLexicon, issues: inout [DictionaryIssue]) {
        for raw in EntryReader.entries(in: text, file: file, issues: &issues) {
            let here = SourceLocation(file: file, line: raw.line)
            guard let (kind, code, value) = EntryReader.header(raw.header) else {
                issues.append(DictionaryIssue(here, "expected 'speech: word | word', 'cue: words | words' or 'statement 010: word | word'"))
                continue
            }
            switch kind {
            case "speech": speech.verbs.formUnion(EntryReader.list(value).map { $0.lowercased() })
            case "cue": speech.cues += EntryReader.list(value).map { $0.lowercased().split(separator: " ").map(String.init) }
            case "statement":
                guard (3...4).contains(code.count), code.hasPrefix("01"), code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
                    issues.append(DictionaryIssue(here, "a statement needs a CAMEO code of root 01: 'statement 010: say | tell'"))
                    continue
                }
                for verb in EntryReader.list(value).map({ $0.lowercased() }) {
                    guard speech.verbs.contains(verb) else {
                        issues.append(DictionaryIssue(here, "'\(verb)' is not a speech verb: list it under speech: first"))
                        continue
                    }
                    speech.statements[verb] = StatementVerb(code: code, origin: here)
                }
            default: issues.append(DictionaryIssue(here, "unknown entry '\(kind)'; use speech:, cue: or statement:"))
            }
        }
    }
}
