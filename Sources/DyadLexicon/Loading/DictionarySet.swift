import Foundation
import DyadText

/// Every dyad-format dictionary of one or more folders, parsed but not yet
/// compiled: the readable model that `dyad dict check` reports on and
/// ``Lexicon`` compiles into matchers.
///
/// Files are read in name order so results never depend on the file system.
/// A file in a later folder with the same name as one in an earlier folder
/// replaces it; other files add to the set.
///
/// ```swift
/// let set = try DictionarySet.load(folders: [DictionarySet.bundledFolder()])
/// print(set.issues.count, "problems")
/// ```
public struct DictionarySet: Sendable {
    public var actors: [ActorEntry] = []
    public var agents: [AgentEntry] = []
    public var verbs: [VerbPattern] = []
    public var speech = SpeechLexicon()
    /// Problems found while reading; the lines concerned were skipped.
    public var issues: [DictionaryIssue] = []
    /// The files read, in order, with a content hash each.
    public var files: [(path: String, hash: UInt64)] = []

    public init() {}

    /// The folder of dictionaries shipped with dyad.
    public static func bundledFolder() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Dictionaries", withExtension: nil) else {
            throw DictionaryIssue(SourceLocation(file: "Dictionaries"),
                "dyad's bundled dictionaries are missing; reinstall dyad or pass --dictionaries DIR")
        }
        return url
    }

    /// Loads every dyad-format dictionary in `folders` (later folders replace
    /// same-named files of earlier ones). Throws only when a folder cannot be
    /// read at all; bad lines become ``issues``.
    public static func load(folders: [URL]) throws -> DictionarySet {
        var byName: [String: URL] = [:]
        var order: [String] = []
        var set = DictionarySet()
        for folder in folders {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
                throw DictionaryIssue(SourceLocation(file: folder.path), "not a folder of dictionaries; pass a directory with *.actors.txt, *.agents.txt, *.verbs.txt files")
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            // Files dyad does not know by name may still be PETRARCH dictionaries (CAMEO.2.0.txt).
            let candidates = names.filter { DictionaryKind(fileName: $0) != nil || $0.lowercased().hasSuffix(".txt") }
            if candidates.isEmpty {
                set.issues.append(DictionaryIssue(SourceLocation(file: folder.path),
                    "no dictionary file in the folder; dyad reads *.actors.txt, *.agents.txt, *.verbs.txt, *.speech.txt "
                    + "and PETRARCH dictionaries (*.txt)"))
            }
            for name in candidates {
                let url = folder.appendingPathComponent(name)
                if let earlier = byName[name] {
                    if DictionarySet.holdsNoEntries(url) {
                        set.issues.append(DictionaryIssue(SourceLocation(file: url.path),
                            "replaces \(earlier.path) with a file holding no entries, so every entry of it is dropped; "
                            + "delete the file to keep them", severity: .warning))
                    }
                } else {
                    order.append(name)
                }
                byName[name] = url
            }
        }
        var converted = Set<String>()  // files `dyad dict import-petrarch` wrote
        for name in order {
            guard let url = byName[name] else { continue }
            let kind = DictionaryKind(fileName: name)
            let location = SourceLocation(file: url.path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                set.issues.append(DictionaryIssue(location, "cannot read the file; check its permissions"))
                continue
            }
            if let nul = data.firstIndex(of: 0) {
                let line = data[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                set.issues.append(DictionaryIssue(SourceLocation(file: url.path, line: line),
                    "a NUL byte: the file looks binary, so none of it was read; save the dictionary as UTF-8 text"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                // PETRARCH dictionaries are often Latin-1: read them as such, with a warning.
                if let latin = String(data: data, encoding: .isoLatin1), kind != .speech,
                   let petrarch = kind.flatMap({ PetrarchFormat.Kind(rawValue: $0.rawValue) }) ?? PetrarchFormat.kind(ofUnnamed: name, text: latin),
                   kind == nil || PetrarchFormat.looksLikePetrarch(latin) {
                    set.issues.append(DictionaryIssue(location, "not UTF-8 text; read as Latin-1", severity: .warning))
                    set.addPetrarch(text: latin, kind: petrarch, file: url.path, contentHash: StableHash.fnv1a(data))
                    set.files.append((url.path, StableHash.fnv1a(data)))
                    continue
                }
                if kind != nil {
                    set.issues.append(DictionaryIssue(location, "not UTF-8 text; save the dictionary as UTF-8"))
                }
                continue
            }
            guard let kind else {
                // Not a dyad file name: read it only when it is a PETRARCH dictionary.
                guard let petrarch = PetrarchFormat.kind(ofUnnamed: name, text: text) else { continue }
                set.addPetrarch(text: text, kind: petrarch, file: url.path, contentHash: StableHash.fnv1a(data))
                set.files.append((url.path, StableHash.fnv1a(data)))
                continue
            }
            if kind != .speech, PetrarchFormat.looksLikePetrarch(text) {
                set.addPetrarch(text: text, kind: PetrarchFormat.Kind(rawValue: kind.rawValue)!, file: url.path,
                                contentHash: StableHash.fnv1a(data))
            } else {
                set.add(text: text, kind: kind, file: url.path)
                if ImportPrecedence.isConverted(text) { converted.insert(url.path) }
            }
            set.files.append((url.path, StableHash.fnv1a(data)))
        }
        ImportPrecedence.apply(to: &set, convertedFiles: converted)
        return set
    }

    /// Whether the file at `url` is empty, or holds only blank lines and `#` comments.
    static func holdsNoEntries(_ url: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: url.path) else { return false }
        return data.split(separator: 0x0A).allSatisfy { line in
            let first = line.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
            return first == nil || first == UInt8(ascii: "#")
        }
    }

    /// Parses one dictionary's text and adds its entries.
    public mutating func add(text: String, kind: DictionaryKind, file: String) {
        switch kind {
        case .actors: actors += ActorFileParser.parse(text, file: file, issues: &issues)
        case .agents: agents += AgentFileParser.parse(text, file: file, issues: &issues)
        case .verbs: verbs += VerbFileParser.parse(text, file: file, issues: &issues)
        case .speech: SpeechFileParser.parse(text, file: file, into: &speech, issues: &issues)
        }
    }

    /// A short hash of every file read: events record it so a change of
    /// dictionaries is visible and stored documents can be re-coded.
    public var version: String {
        var h = StableHash()
        for f in files {
            h.combine((f.path as NSString).lastPathComponent)
            h.combine(String(f.hash))
        }
        return h.hex
    }
}

/// The kinds of dyad dictionary file, named by their file-name ending.
public enum DictionaryKind: String, Sendable, CaseIterable {
    case actors, agents, verbs, speech

    /// `countries.actors.txt` → `.actors`; nil for files dyad does not read.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        for kind in DictionaryKind.allCases where lower.hasSuffix(".\(kind.rawValue).txt") {
            self = kind
            return
        }
        return nil
    }
}
