/// `<Config option="require_dyad" value="false"></Config>` lines between the
/// records of a PETRARCH validation file: each changes one coding option for
/// the records that follow it, until another `<Config>` sets it again.
///
/// ```swift
/// let file = PetrarchXMLReader.read(xml)
/// file.records[0].requiresDyad  // false after <Config option="require_dyad" value="False">
/// ```
public enum PetrarchConfig {
    /// One `<Config>` tag: where it stands and what it sets.
    struct Setting {
        var line: Int
        var option: String
        var value: String
    }

    private static let open = Array("<Config".utf8)

    /// The `<Config>` tags of a file's bytes (comments already removed), in order.
    static func settings(in bytes: [UInt8]) -> [Setting] {
        var found: [Setting] = []
        var from = 0, line = 1, countedTo = 0
        while let at = find(open, in: bytes, from: from) {
            let after = at + open.count
            guard after < bytes.count, let end = find([0x3E], in: bytes, from: after) else { break }
            from = end + 1
            guard [0x20, 0x09, 0x0A, 0x0D].contains(bytes[after]) else { continue }
            line += bytes[countedTo..<at].lazy.filter { $0 == 0x0A }.count
            countedTo = at
            let attributes = PetrarchXMLReader.parseAttributes(bytes[after..<end])
            guard let option = attributes["option"], let value = attributes["value"] else { continue }
            found.append(Setting(line: line, option: option.lowercased(), value: value))
        }
        return found
    }

    /// Gives each record the settings of the `<Config>` tags above it.
    static func apply(_ settings: [Setting], to records: inout [PetrarchRecord]) {
        guard !settings.isEmpty else { return }
        var next = 0
        var current: [String: String] = [:]
        for i in records.indices {
            while next < settings.count, settings[next].line < records[i].line {
                current[settings[next].option] = settings[next].value
                next += 1
            }
            records[i].config = current
        }
    }
}

extension PetrarchRecord {
    /// PETRARCH's `require_dyad` (on unless a `<Config>` turns it off): an
    /// event needs both a source and a target. Off, an event with no target
    /// is coded with the target `---`.
    public var requiresDyad: Bool {
        config["require_dyad"].map { $0.lowercased() != "false" } ?? true
    }

    /// PETRARCH's `new_actor_length` (0, off, unless a `<Config>` sets it):
    /// noun phrases of at most this many words that name no dictionary actor
    /// are coded as actors of their own, their words in quotes.
    public var newActorLength: Int {
        config["new_actor_length"].flatMap { Int($0) } ?? 0
    }
}
