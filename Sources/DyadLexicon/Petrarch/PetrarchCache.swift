import DyadText
import Foundation

/// A compiled cache of parsed PETRARCH dictionaries, so that a large set
/// (Phoenix: 27,000 actors, 120,000 verb patterns) loads in a fraction of the
/// time its text takes to parse.
///
/// One cache file per dictionary file, named by a hash of the file's bytes
/// and of the reader's version: a changed source file simply has no cache
/// yet and is parsed again. The folder is `$DYAD_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/dyad`, else `~/.cache/dyad`; `DYAD_CACHE_DIR=off` turns
/// caching off. A cache that cannot be read or written is ignored.
enum PetrarchCache {
    /// Bump when the readers or the model change what they produce.
    static let version: UInt64 = 8

    static var folder: URL? {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["DYAD_CACHE_DIR"] {
            return dir == "off" || dir.isEmpty ? nil : URL(fileURLWithPath: dir)
        }
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("dyad") }
        guard let home = env["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/dyad")
    }

    static func url(contentHash: UInt64, kind: PetrarchFormat.Kind, file: String) -> URL? {
        var h = StableHash()
        h.combine(String(contentHash))
        h.combine(String(version))
        h.combine(kind.rawValue)
        h.combine(file)
        return folder?.appendingPathComponent("petrarch-\(h.hex).bin")
    }

    /// Entries of one file: read from the cache, or parsed and cached.
    static func load(text: String, contentHash: UInt64, kind: PetrarchFormat.Kind, file: String,
                     parse: () -> Entries) -> Entries {
        guard let url = url(contentHash: contentHash, kind: kind, file: file) else { return parse() }
        if let data = FileManager.default.contents(atPath: url.path), let cached = decode(data) { return cached }
        let entries = parse()
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let tmp = url.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
        // Write aside, then rename over: readers never see half a file.
        if FileManager.default.createFile(atPath: tmp.path, contents: encode(entries)), rename(tmp.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: tmp)
        }
        return entries
    }

    struct Entries {
        var actors: [ActorEntry] = []
        var agents: [AgentEntry] = []
        var verbs: [VerbPattern] = []
        var issues: [DictionaryIssue] = []
    }

    // MARK: - Encoding

    static let magic: UInt64 = 0x6479_6164_7065_7472  // "dyadpetr"

    struct Writer {
        var bytes: [UInt8] = []
        var strings: [String: UInt32] = [:]
        var table: [String] = []

        mutating func int(_ v: Int) { var x = UInt64(bitPattern: Int64(v)); withUnsafeBytes(of: &x) { bytes += $0 } }
        mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
        mutating func string(_ s: String) {
            if let id = strings[s] { int(Int(id)); return }
            let id = UInt32(table.count)
            strings[s] = id
            table.append(s)
            int(Int(id))
        }
        mutating func optionalString(_ s: String?) { bool(s != nil); if let s { string(s) } }
        mutating func strings(_ list: [String]) { int(list.count); for s in list { string(s) } }
        mutating func date(_ d: CalendarDate?) {
            guard let d else { int(-1); return }
            int(d.year); int(d.month ?? 0); int(d.day ?? 0)
        }
        mutating func location(_ l: SourceLocation) { string(l.file); int(l.line ?? -1) }
    }

    static func encode(_ e: Entries) -> Data {
        var w = Writer()
        w.int(e.actors.count)
        for a in e.actors {
            w.int(a.kind == .country ? 0 : a.kind == .person ? 1 : 2)
            w.string(a.name)
            w.int(a.roles.count)
            for r in a.roles { w.string(r.code); w.string(r.country); w.string(r.sector); w.date(r.from); w.date(r.until) }
            w.strings(a.names); w.strings(a.adjectives); w.strings(a.capitals)
            w.bool(a.isStateMedia); w.bool(a.isOutlet); w.optionalString(a.title); w.location(a.origin)
            w.strings(a.jointCodes)
        }
        w.int(e.agents.count)
        for a in e.agents { w.string(a.sector); w.strings(a.words); w.bool(a.matchesPlurals); w.location(a.origin); w.bool(a.isPrefix) }
        w.int(e.verbs.count)
        for p in e.verbs {
            w.string(p.code); w.strings(p.head); w.bool(p.isNoun); w.string(p.text); w.location(p.origin); w.optionalString(p.reverseCode)
            w.int(p.elements.count)
            for el in p.elements {
                switch el {
                case .word(let s): w.int(0); w.string(s)
                case .target: w.int(1)
                case .choice(let alts): w.int(2); w.int(alts.count); for a in alts { w.strings(a) }
                case .preceding(let s): w.int(3); w.string(s)
                case .compoundSubject: w.int(4)
                case .marker(let m): w.int(5); w.int(Int(m.rawValue))
                }
            }
        }
        w.int(e.issues.count)
        for i in e.issues { w.location(i.location); w.string(i.message); w.bool(i.severity == .warning) }
        // Header: magic, string table, then the body.
        var out = Writer()
        out.int(Int(Int64(bitPattern: magic)))
        out.int(w.table.count)
        for s in w.table { out.int(s.utf8.count); out.bytes += Array(s.utf8) }
        out.bytes += w.bytes
        return Data(out.bytes)
    }

    struct Reader {
        let bytes: [UInt8]
        var at = 0
        var table: [String] = []
        var failed = false

        mutating func int() -> Int {
            guard at + 8 <= bytes.count else { failed = true; return 0 }
            var x: UInt64 = 0
            for k in 0..<8 { x |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            at += 8
            return Int(Int64(bitPattern: x))
        }
        mutating func bool() -> Bool {
            guard at < bytes.count else { failed = true; return false }
            at += 1
            return bytes[at - 1] != 0
        }
        mutating func string() -> String {
            let id = int()
            guard id >= 0, id < table.count else { failed = true; return "" }
            return table[id]
        }
        mutating func optionalString() -> String? { bool() ? string() : nil }
        mutating func count() -> Int {
            let n = int()
            if n < 0 || n > bytes.count { failed = true; return 0 }
            return n
        }
        mutating func strings() -> [String] { (0..<count()).map { _ in string() } }
        mutating func date() -> CalendarDate? {
            let y = int()
            if y < 0 { return nil }
            let m = int(), d = int()
            return CalendarDate(year: y, month: m == 0 ? nil : m, day: d == 0 ? nil : d)
        }
        mutating func location() -> SourceLocation {
            let f = string(), l = int()
            return SourceLocation(file: f, line: l < 0 ? nil : l)
        }
    }

    static func decode(_ data: Data) -> Entries? {
        var r = Reader(bytes: [UInt8](data))
        guard UInt64(bitPattern: Int64(r.int())) == magic else { return nil }
        let n = r.count()
        r.table.reserveCapacity(n)
        for _ in 0..<n {
            let len = r.count()
            guard r.at + len <= r.bytes.count else { return nil }
            r.table.append(String(decoding: r.bytes[r.at..<(r.at + len)], as: UTF8.self))
            r.at += len
        }
        var e = Entries()
        for _ in 0..<r.count() {
            let kind: ActorKind = [ActorKind.country, .person, .organization][max(0, min(2, r.int()))]
            let name = r.string()
            var roles: [ActorRole] = []
            for _ in 0..<r.count() {
                let code = r.string(), country = r.string(), sector = r.string()
                roles.append(ActorRole(code: code, country: country, sector: sector, from: r.date(), until: r.date()))
            }
            let names = r.strings(), adjectives = r.strings(), capitals = r.strings()
            let stateMedia = r.bool(), outlet = r.bool(), title = r.optionalString()
            var entry = ActorEntry(kind: kind, name: name, roles: roles, names: names, adjectives: adjectives,
                                   capitals: capitals, isStateMedia: stateMedia, isOutlet: outlet, title: title,
                                   origin: r.location())
            entry.jointCodes = r.strings()
            e.actors.append(entry)
            if r.failed { return nil }
        }
        for _ in 0..<r.count() {
            let sector = r.string(), words = r.strings(), plurals = r.bool()
            var agent = AgentEntry(sector: sector, words: words, matchesPlurals: plurals, origin: r.location())
            agent.isPrefix = r.bool()
            e.agents.append(agent)
        }
        for _ in 0..<r.count() {
            let code = r.string(), head = r.strings(), isNoun = r.bool(), text = r.string(), origin = r.location()
            let reverse = r.optionalString()
            var elements: [PatternElement] = []
            for _ in 0..<r.count() {
                switch r.int() {
                case 0: elements.append(.word(r.string()))
                case 1: elements.append(.target)
                case 2: elements.append(.choice((0..<r.count()).map { _ in r.strings() }))
                case 3: elements.append(.preceding(r.string()))
                case 4: elements.append(.compoundSubject)
                case 5:
                    guard let m = PatternMarker(rawValue: UInt8(clamping: r.int())) else { return nil }
                    elements.append(.marker(m))
                default: return nil
                }
            }
            e.verbs.append(VerbPattern(code: code, head: head, elements: elements, isNoun: isNoun, text: text,
                                       origin: origin, reverseCode: reverse))
            if r.failed { return nil }
        }
        for _ in 0..<r.count() {
            let location = r.location(), message = r.string(), warning = r.bool()
            e.issues.append(DictionaryIssue(location, message, severity: warning ? .warning : .error))
        }
        return r.failed || r.at != r.bytes.count ? nil : e
    }
}
