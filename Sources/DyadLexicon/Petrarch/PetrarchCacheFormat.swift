import DyadText
import Foundation

/// The binary format of a ``PetrarchCache`` file, made to be read fast: the
/// whole file is read at once and walked in place, numbers are LEB128
/// varints, and every string is stored once in a table and referred to by
/// its index.
///
/// Layout: the magic number `dyadpetr`, the string table (count, then each
/// string's byte length and UTF-8 bytes), the table of word-sequence choices
/// (PETRARCH synsets, stored once however many patterns use them, and read
/// back as one shared array each), then actors (ending with their joint
/// codes, ``ActorEntry/jointCodes``), agents (ending with
/// ``AgentEntry/isPrefix``), verb patterns and issues, each list preceded
/// by its count. A pattern element is a kind number and its payload: 0 a
/// word, 1 the target, 2 a choice, 3 a word before the verb, 4 a compound
/// subject, 5 a ``PatternMarker`` by its raw value. Values that may be absent
/// or negative (a line number, a date) are stored plus one, so that 0 means
/// none. Any damage — a short file, an index out of range, bytes left over —
/// makes ``PetrarchCache/decode(_:)`` return nil and the dictionary is parsed
/// again.
extension PetrarchCache {
    static let magic: UInt64 = 0x6479_6164_7065_7472  // "dyadpetr"

    struct Writer {
        var bytes: [UInt8] = []
        var strings: [String: Int] = [:]
        var table: [String] = []
        var choiceIDs: [[[String]]: Int] = [:]
        var choices: [[[String]]] = []

        mutating func int(_ v: Int) {
            var x = UInt64(bitPattern: Int64(v))
            while x >= 0x80 { bytes.append(UInt8(x & 0x7F) | 0x80); x >>= 7 }
            bytes.append(UInt8(x))
        }
        mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
        mutating func string(_ s: String) {
            if let id = strings[s] { int(id); return }
            strings[s] = table.count
            int(table.count)
            table.append(s)
        }
        /// nil as 0, else the string's index plus one.
        mutating func optionalString(_ s: String?) {
            guard let s else { int(0); return }
            if let id = strings[s] { int(id + 1); return }
            strings[s] = table.count
            int(table.count + 1)
            table.append(s)
        }
        mutating func strings(_ list: [String]) { int(list.count); for s in list { string(s) } }
        mutating func date(_ d: CalendarDate?) {
            guard let d else { int(0); return }
            int(d.year + 1); int(d.month ?? 0); int(d.day ?? 0)
        }
        mutating func location(_ l: SourceLocation) { string(l.file); int((l.line ?? -1) + 1) }
        mutating func choice(_ alternatives: [[String]]) {
            if let id = choiceIDs[alternatives] { int(id); return }
            choiceIDs[alternatives] = choices.count
            int(choices.count)
            choices.append(alternatives)
        }
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
        for a in e.agents {
            w.string(a.sector); w.strings(a.words); w.bool(a.matchesPlurals); w.location(a.origin); w.bool(a.isPrefix)
        }
        w.int(e.verbs.count)
        for p in e.verbs {
            w.string(p.code); w.strings(p.head); w.bool(p.isNoun); w.string(p.text); w.location(p.origin); w.optionalString(p.reverseCode)
            w.int(p.elements.count)
            for el in p.elements {
                switch el {
                case .word(let s): w.int(0); w.string(s)
                case .target: w.int(1)
                case .choice(let alts): w.int(2); w.choice(alts)
                case .preceding(let s): w.int(3); w.string(s)
                case .compoundSubject: w.int(4)
                case .marker(let m): w.int(5); w.int(Int(m.rawValue))
                }
            }
        }
        w.int(e.issues.count)
        for i in e.issues { w.location(i.location); w.string(i.message); w.bool(i.severity == .warning) }
        // The choice table, with strings of the same table, goes before the body.
        var c = Writer(strings: w.strings, table: w.table)
        c.int(w.choices.count)
        for alts in w.choices { c.int(alts.count); for a in alts { c.strings(a) } }
        var out = Writer()
        withUnsafeBytes(of: magic.littleEndian) { out.bytes += $0 }
        out.int(c.table.count)
        for s in c.table { out.int(s.utf8.count); out.bytes += s.utf8 }
        out.bytes += c.bytes
        out.bytes += w.bytes
        return Data(out.bytes)
    }

    /// Walks the bytes of a cache file in place; a read past the end or an
    /// index out of range sets `failed` and yields an empty value.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0
        var table: [String] = []
        var choices: [[[String]]] = []
        var failed = false

        mutating func int() -> Int {
            var x: UInt64 = 0
            var shift: UInt64 = 0
            while at < bytes.count, shift < 64 {
                let b = bytes[at]
                at += 1
                x |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return Int(Int64(bitPattern: x)) }
                shift += 7
            }
            failed = true
            return 0
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
        mutating func optionalString() -> String? {
            let id = int()
            guard id > 0 else { return nil }
            guard id <= table.count else { failed = true; return nil }
            return table[id - 1]
        }
        /// A list length: never more than the bytes left could hold.
        mutating func count() -> Int {
            let n = int()
            if n < 0 || n > bytes.count - at { failed = true; return 0 }
            return n
        }
        mutating func strings() -> [String] {
            let n = count()
            var list: [String] = []
            list.reserveCapacity(n)
            for _ in 0..<n { list.append(string()) }
            return list
        }
        mutating func date() -> CalendarDate? {
            let y = int()
            if y <= 0 { return nil }
            let m = int(), d = int()
            return CalendarDate(year: y - 1, month: m == 0 ? nil : m, day: d == 0 ? nil : d)
        }
        mutating func location() -> SourceLocation {
            let f = string(), l = int()
            return SourceLocation(file: f, line: l <= 0 ? nil : l - 1)
        }

        /// The string table at the start of the file.
        mutating func readTable() -> Bool {
            let n = count()
            table.reserveCapacity(n)
            for _ in 0..<n {
                let len = count()
                guard !failed, at + len <= bytes.count else { return false }
                table.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + len)]), as: UTF8.self))
                at += len
            }
            return !failed
        }

        /// The choice table after the string table.
        mutating func readChoices() -> Bool {
            let n = count()
            choices.reserveCapacity(n)
            for _ in 0..<n {
                let alternatives = count()
                var list: [[String]] = []
                list.reserveCapacity(alternatives)
                for _ in 0..<alternatives { list.append(strings()) }
                choices.append(list)
            }
            return !failed
        }
        mutating func choice() -> [[String]] {
            let id = int()
            guard id >= 0, id < choices.count else { failed = true; return [] }
            return choices[id]
        }
    }

    static func decode(_ data: Data) -> Entries? {
        data.withUnsafeBytes { raw -> Entries? in
            guard raw.count >= 8, UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) == magic else { return nil }
            var r = Reader(bytes: raw, at: 8)
            guard r.readTable(), r.readChoices() else { return nil }
            return decodeBody(&r)
        }
    }

    private static func decodeBody(_ r: inout Reader) -> Entries? {
        var e = Entries()
        let actorCount = r.count()
        e.actors.reserveCapacity(actorCount)
        for _ in 0..<actorCount {
            let kind: ActorKind = [ActorKind.country, .person, .organization][max(0, min(2, r.int()))]
            let name = r.string()
            var roles: [ActorRole] = []
            for _ in 0..<r.count() {
                let code = r.string(), country = r.string(), sector = r.string()
                roles.append(ActorRole(code: code, country: country, sector: sector, from: r.date(), until: r.date()))
            }
            let names = r.strings(), adjectives = r.strings(), capitals = r.strings()
            let stateMedia = r.bool(), outlet = r.bool(), title = r.optionalString()
            var actor = ActorEntry(kind: kind, name: name, roles: roles, names: names, adjectives: adjectives,
                                   capitals: capitals, isStateMedia: stateMedia, isOutlet: outlet, title: title,
                                   origin: r.location())
            actor.jointCodes = r.strings()
            e.actors.append(actor)
            if r.failed { return nil }
        }
        for _ in 0..<r.count() {
            let sector = r.string(), words = r.strings(), plurals = r.bool()
            var agent = AgentEntry(sector: sector, words: words, matchesPlurals: plurals, origin: r.location())
            agent.isPrefix = r.bool()
            e.agents.append(agent)
        }
        let verbCount = r.count()
        e.verbs.reserveCapacity(verbCount)
        for _ in 0..<verbCount {
            let code = r.string(), head = r.strings(), isNoun = r.bool(), text = r.string(), origin = r.location()
            let reverse = r.optionalString()
            let n = r.count()
            var elements: [PatternElement] = []
            elements.reserveCapacity(n)
            for _ in 0..<n {
                switch r.int() {
                case 0: elements.append(.word(r.string()))
                case 1: elements.append(.target)
                case 2: elements.append(.choice(r.choice()))
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
