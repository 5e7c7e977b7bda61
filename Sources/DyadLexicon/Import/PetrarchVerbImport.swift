import Foundation
import DyadText

/// Converts a PETRARCH-2 / TABARI verb dictionary (`CAMEO.2.0.txt`) into
/// dyad's readable `*.verbs.txt` format (`dyad dict import-petrarch`).
///
/// ``PetrarchVerbReader`` reads the blocks as `--dictionaries` does; each
/// pattern then becomes one dyad pattern per verb of its block (with
/// ``PatternVerbs/own``: per verb its `# VERB` comment names) and per member
/// of each synonym set, its words written as lemmas (``ImportWordForms``):
///
/// ```
/// --- ASK [---] ---                      020: ask for humanitarian aid | request for humanitarian aid
/// ASK                               →    #   (one line per source pattern, naming its line)
/// REQUEST
/// - * (FOR {HUMANITARIAN AID}) [0233]
/// ```
///
/// `+` stays where it stands, parentheses and braces are read as plain word
/// order, and `[A:B]` keeps its first code. Patterns dyad's format cannot
/// hold are left out and counted by ``VerbImportSkip``, as are those dyad's
/// own verb files already have (dyad's wins). The result is one file per
/// CAMEO root (`phoenix-04-consult.verbs.txt`), headed with the source and
/// its licence.
///
/// ```swift
/// let own = try DictionarySet.load(folders: [DictionarySet.bundledFolder()]).verbs
/// let result = PetrarchVerbImport.convert(text: text, name: "CAMEO.2.0.txt", path: path,
///                                         own: own, forms: try .bundled())
/// for file in result.files { print(file.fileName, file.names) }
/// ```
public enum PetrarchVerbImport {
    /// Synonym sets after the verb are multiplied out; a pattern that gives
    /// one verb more dyad patterns than this is left out as `unwritable`.
    public static let maxVariants = 200

    /// Which verbs of its block each source pattern is written for
    /// (`dyad dict import-petrarch --verb-patterns`; ``PetrarchPatternVerbs``).
    /// `own` is the default: on the development data it codes as well as
    /// `block` with about an eighth of the patterns (docs/accuracy.md).
    public enum PatternVerbs: String, Sendable, CaseIterable {
        /// Every verb of the block, as PETRARCH applies a pattern.
        case block
        /// The verbs the pattern line's `# VERB` comment names (all of the
        /// block's when it names none of them).
        case own
    }

    public struct Result: Sendable {
        /// One file per CAMEO root (`entries`: lines, `names`: patterns).
        public var files: [PetrarchImport.ConvertedFile] = []
        /// Unreadable input lines (file:line and what to do); none stops the import.
        public var issues: [DictionaryIssue] = []
        /// Source pattern lines (and verb lines) read.
        public var sourcePatterns = 0
        /// dyad patterns written.
        public var patterns = 0
        /// Source lines with a paired code `[A:B]` of which only A is written.
        public var reverseDropped = 0
        /// What was left out: source lines for structural reasons, dyad
        /// patterns for `dyad-has` and `duplicate` (``VerbImportSkip``).
        public var skipped: [VerbImportSkip: Int] = [:]
        /// Each thing left out, with its source line and the pattern.
        public var left: [(location: SourceLocation, reason: VerbImportSkip, pattern: String)] = []

        public init() {}
    }

    /// One dyad line: a code and its patterns from one source line.
    struct Line {
        var code: String
        var sourceLine: Int
        var patterns: [String] = []
    }

    /// Converts every PETRARCH verb dictionary in `folder` (files whose name
    /// dyad does not read as a dyad kind, recognised by their block headers).
    /// The output of the first is named `PREFIX-NN-root.verbs.txt`; a further
    /// one adds its own name (`PREFIX-cameo-tabari-NN-root.verbs.txt`).
    public static func convert(folder: URL, own: [VerbPattern], forms: ImportWordForms, prefix: String = "phoenix",
                               licence: String? = nil, patternVerbs: PatternVerbs = .own,
                               isKnownCode: (String) -> Bool = { _ in true }) throws -> Result {
        var result = Result()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var found = 0
        for name in names where DictionaryKind(fileName: name) == nil && name.lowercased().hasSuffix(".txt") {
            let path = folder.appendingPathComponent(name).path
            guard let text = PetrarchImport.readInput(path, issues: &result.issues),
                  PetrarchFormat.kind(ofUnnamed: name, text: text) == .verbs else { continue }
            let filePrefix = found == 0 ? prefix : "\(prefix)-\(ImportedVerbWriter.slug(name))"
            found += 1
            result = convert(text: text, name: name, path: path, own: own, forms: forms, prefix: filePrefix,
                             licence: licence, patternVerbs: patternVerbs, isKnownCode: isKnownCode, into: result)
        }
        return result
    }

    /// Converts one verb dictionary's text, given its file name and path (for messages).
    public static func convert(text: String, name: String, path: String, own: [VerbPattern], forms: ImportWordForms,
                               prefix: String = "phoenix", licence: String? = nil, patternVerbs: PatternVerbs = .own,
                               isKnownCode: (String) -> Bool = { _ in true }, into start: Result = Result()) -> Result {
        var result = start
        var issues: [DictionaryIssue] = []
        let scope: PetrarchPatternVerbs = patternVerbs == .own ? .own(lemma: forms.verb) : .block
        let read = PetrarchVerbReader.parse(text, file: path, issues: &issues, patternVerbs: scope)
        result.issues += issues.map(PetrarchImport.skippedLine)

        let ownKeys = Set(own.compactMap(ownKey))
        var seen = Set<String>()  // keys of the patterns converted so far
        var lineReasons: [Int: VerbImportSkip] = [:]
        var reversed = Set<Int>()
        var lines: [String: Line] = [:]  // by "line code"
        var sourceLines = Set<Int>()
        for p in read where !p.isNoun {
            let number = p.origin.line ?? 0
            sourceLines.insert(number)
            if lineReasons[number] != nil { continue }
            if let reason = structuralSkip(p, isKnownCode: isKnownCode) {
                lineReasons[number] = reason
                result.left.append((p.origin, reason, p.text))
                continue
            }
            guard let variants = words(of: p, forms: forms) else {
                lineReasons[number] = .unwritable
                result.left.append((p.origin, .unwritable, p.text))
                continue
            }
            if p.reverseCode != nil { reversed.insert(number) }
            let verb = forms.verb(p.head[0])
            for v in variants {
                let pattern = ([verb] + v).joined(separator: " ")
                let key = ([verb] + v.filter { $0 != "+" }).joined(separator: " ")
                if ownKeys.contains(key) {
                    record(.dyadHas, p.origin, pattern, &result)
                } else if !seen.insert(key).inserted {
                    record(.duplicate, p.origin, pattern, &result)
                } else {
                    lines["\(number) \(p.code)", default: Line(code: p.code, sourceLine: number)].patterns.append(pattern)
                }
            }
        }
        for reason in lineReasons.values { result.skipped[reason, default: 0] += 1 }
        result.sourcePatterns += sourceLines.count
        result.reverseDropped += reversed.count

        var byRoot: [String: [Line]] = [:]
        for line in lines.values { byRoot[String(line.code.prefix(2)), default: []].append(line) }
        let licenceLines = PetrarchImport.licenceHeader(text, licence: licence)
        for (root, list) in byRoot {
            let sorted = list.sorted { ($0.code, $0.sourceLine) < ($1.code, $1.sourceLine) }
            let count = sorted.reduce(0) { $0 + $1.patterns.count }
            result.patterns += count
            let header = ImportedVerbWriter.header(source: name, root: root, patternVerbs: patternVerbs, licence: licenceLines,
                                                   lines: sorted.count, patterns: count, skipped: result.skipped)
            result.files.append(PetrarchImport.ConvertedFile(
                fileName: ImportedVerbWriter.fileName(prefix: prefix, root: root), source: name,
                text: header + sorted.map { ImportedVerbWriter.line($0, source: name) }.joined(),
                entries: sorted.count, names: count))
        }
        result.files.sort { $0.fileName < $1.fileName }
        return result
    }

    static func record(_ reason: VerbImportSkip, _ at: SourceLocation, _ pattern: String, _ result: inout Result) {
        result.skipped[reason, default: 0] += 1
        result.left.append((at, reason, pattern))
    }

    /// The comparison key of one of dyad's own patterns: its verb and words,
    /// without the target; nil for a noun or a pattern with PETRARCH elements.
    static func ownKey(_ p: VerbPattern) -> String? {
        guard !p.isNoun else { return nil }
        var words = p.head
        for e in p.elements {
            switch e {
            case .word(let w): words.append(w)
            case .target: continue
            default: return nil
            }
        }
        return words.joined(separator: " ")
    }

    /// The reason a whole source pattern is left out, if any.
    static func structuralSkip(_ p: VerbPattern, isKnownCode: (String) -> Bool) -> VerbImportSkip? {
        if p.code == "---" { return p.reverseCode == nil ? .noEvent : .reverseOnly }
        guard EntryReader.isCameoCode(p.code, length: 2...4), isKnownCode(p.code) else { return .unknownCode }
        // The reader drops `$` before the verb and `%` after it; the text still shows them.
        if let star = p.text.firstIndex(of: "*") {
            if p.text[..<star].contains("$") { return .beforeVerb }
            if p.text[star...].contains("%") { return .actorMarker }
        }
        for e in p.elements {
            switch e {
            case .preceding, .compoundSubject, .marker(.targetBeforeVerb), .marker(.joined): return .beforeVerb
            case .marker(.source), .marker(.skip): return .actorMarker
            case .word, .target, .choice: continue
            }
        }
        return nil
    }

    /// The words after the verb of each dyad pattern `p` expands to (`+` for
    /// the target), or nil when a word cannot be written or the synonym sets
    /// multiply beyond ``maxVariants``.
    static func words(of p: VerbPattern, forms: ImportWordForms) -> [[String]]? {
        var variants: [[String]] = [[]]
        for e in p.elements {
            switch e {
            case .word(let w):
                let ws = forms.words(w)
                variants = variants.map { $0 + ws }
            case .target:
                variants = variants.map { $0 + ["+"] }
            case .choice(let alternatives):
                var options: [[String]] = []
                for a in alternatives {
                    let ws = a.flatMap(forms.words)
                    if !ws.isEmpty, !options.contains(ws) { options.append(ws) }
                }
                guard !options.isEmpty else { continue }
                variants = variants.flatMap { v in options.map { v + $0 } }
                if variants.count > maxVariants { return nil }
            default:
                return nil
            }
        }
        for v in variants {
            if v.filter({ $0 == "+" }).count > 1 { return nil }
            if v.contains(where: { w in w != "+" && w.contains(where: { "|:#+".contains($0) }) }) { return nil }
        }
        return variants
    }
}
