import DyadCoder
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

extension PetrarchEnvironment {
    /// The dictionaries an `<Environment>` names, read from `folder` (the
    /// validation file's folder), plus dyad's bundled speech words (`say`,
    /// `according to`), which dyad's coder needs to tell reports from events.
    /// Files missing or unreadable become issues; loading goes on.
    public func loadDictionaries(folder: URL) -> DictionarySet {
        var set = DictionarySet()
        let named: [(String, PetrarchFormat.Kind)] = verbFiles.map { ($0, .verbs) } + actorFiles.map { ($0, .actors) }
            + agentFiles.map { ($0, .agents) } + discardFiles.map { ($0, .discards) }
        for (name, kind) in named {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                set.issues.append(DictionaryIssue(SourceLocation(file: url.path), "named in <Environment> but cannot be read"))
                continue
            }
            let text = String(validating: data, as: UTF8.self) ?? String(decoding: data, as: UTF8.self)
            if PetrarchFormat.looksLikePetrarch(text) || kind == .discards {
                set.addPetrarch(text: text, kind: kind, file: url.path)
            } else if let dyadKind = DictionaryKind(rawValue: kind.rawValue) {
                set.add(text: text, kind: dyadKind, file: url.path)
            }
            set.files.append((url.path, StableHash.fnv1a(data)))
        }
        if let bundled = try? DictionarySet.bundledFolder() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: bundled.path)) ?? [] where DictionaryKind(fileName: name) == .speech {
                let url = bundled.appendingPathComponent(name)
                if let data = FileManager.default.contents(atPath: url.path), let text = String(validating: data, as: UTF8.self) {
                    set.add(text: text, kind: .speech, file: url.path)
                }
            }
        }
        return set
    }
}

extension PetrarchEnvironment {
    /// The discard phrases of the `<Discardfile>`s, read from `folder`.
    public func loadDiscards(folder: URL) -> PetrarchDiscards {
        var all = PetrarchDiscards()
        for name in discardFiles {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
                all.add(PetrarchDiscards(text: String(decoding: data, as: UTF8.self)))
            }
        }
        return all
    }
}

extension EventCoder {
    /// A coder for PETRARCH dictionaries: dyad's ontology extended with every
    /// code the verb patterns use, so codes outside CAMEO (WEIS codes in the
    /// validation files) still make events, and PETRARCH's conventions on
    /// (``CodingOptions/petrarchConventions``).
    public static func petrarch(_ set: DictionarySet, parser: ShallowParser, options: CodingOptions = CodingOptions()) throws -> EventCoder {
        let codes = set.verbs.flatMap { [$0.code] + ($0.reverseCode.map { [$0] } ?? []) }
        var options = options
        options.petrarchConventions = true
        return EventCoder(lexicon: Lexicon(set), ontology: try Ontology.bundled().including(codes), parser: parser, options: options)
    }
}
