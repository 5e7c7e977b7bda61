import DyadText
import Foundation

/// One event a human coder assigned to a sentence.
public struct GoldEvent: Sendable, Hashable {
    /// CAMEO code (`"0231"`), when the gold is coded in CAMEO.
    public var cameo: String?
    /// PLOVER event type (`"ASSAULT"`), when the gold is coded in PLOVER.
    public var plover: String?
    public var sources: [String]
    public var targets: [String]

    public init(cameo: String? = nil, plover: String? = nil, sources: [String], targets: [String]) {
        self.cameo = cameo
        self.plover = plover
        self.sources = sources
        self.targets = targets
    }
}

/// A gold-standard document: its text and the events it holds (none for a
/// negative example).
public struct GoldDocument: Sendable, Hashable {
    public var id: String
    public var date: CalendarDate?
    public var text: String
    public var events: [GoldEvent]

    public init(id: String, date: CalendarDate?, text: String, events: [GoldEvent]) {
        self.id = id
        self.date = date
        self.text = text
        self.events = events
    }
}

public struct GoldFormatError: Error, CustomStringConvertible {
    public var description: String
}

/// Reads gold standards in two formats, told apart by their first character:
///
/// - dyad's gold JSON Lines: one document per line,
///   `{"id","text","date","gold":[{"cameo"|"plover","source":[codes],"target":[codes]}]}`;
/// - the PLOVER gold-standard records: one JSON array of
///   `{"id","date","text","event","mode","context","source":[{"actorText","code","sector"}],"target":[…]}`,
///   one event per record; records sharing an id are one document.
public enum GoldReader {
    public static func read(_ text: String, file: String = "gold") throws -> [GoldDocument] {
        let trimmed = text.trimmingASCIIWhitespace()
        if trimmed.hasPrefix("[") { return try readPLOVER(trimmed, file: file) }
        var docs: [GoldDocument] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let l = String(line).trimmingASCIIWhitespace()
            if l.isEmpty { continue }
            guard let obj = (try? JSONSerialization.jsonObject(with: Data(l.utf8))) as? [String: Any] else {
                throw GoldFormatError(description: "\(file):\(n + 1): not a JSON object")
            }
            guard let id = obj["id"].map({ "\($0)" }), let body = obj["text"] as? String else {
                throw GoldFormatError(description: "\(file):\(n + 1): a gold record needs \"id\" and \"text\"")
            }
            docs.append(GoldDocument(id: id, date: (obj["date"] as? String).flatMap(CalendarDate.init), text: body,
                                     events: events(obj["gold"])))
        }
        return docs
    }

    static func readPLOVER(_ text: String, file: String) throws -> [GoldDocument] {
        guard let array = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] else {
            throw GoldFormatError(description: "\(file): expected a JSON array of PLOVER gold-standard records")
        }
        var docs: [GoldDocument] = []
        var index: [String: Int] = [:]
        for (n, r) in array.enumerated() {
            guard let id = r["id"].map({ "\($0)" }), let body = r["text"] as? String else {
                throw GoldFormatError(description: "\(file): record \(n + 1) needs \"id\" and \"text\"")
            }
            let event = (r["event"] as? String).flatMap { $0.isEmpty ? nil : $0.uppercased() }
            let e = event.map { GoldEvent(plover: $0, sources: codes(r["source"]), targets: codes(r["target"])) }
            if let k = index[id] {
                if let e { docs[k].events.append(e) }
            } else {
                index[id] = docs.count
                let date = (r["date"] as? String).flatMap { CalendarDate(String($0.prefix(10))) }
                docs.append(GoldDocument(id: id, date: date, text: body, events: e.map { [$0] } ?? []))
            }
        }
        return docs
    }

    /// The events of a dyad gold line's `gold` list:
    /// `[{"cameo"|"plover", "source": [codes], "target": [codes]}]`.
    static func events(_ value: Any?) -> [GoldEvent] {
        (value as? [[String: Any]] ?? []).map { g in
            GoldEvent(cameo: g["cameo"].map { "\($0)" }, plover: g["plover"] as? String,
                      sources: codes(g["source"]), targets: codes(g["target"]))
        }
    }

    /// `["SYR"]`, `"SYR"` or `[{"actorText":"Syria","code":"SYR","sector":"GOV"}]` → codes.
    static func codes(_ value: Any?) -> [String] {
        if let s = value as? String { return s.isEmpty ? [] : [s] }
        guard let list = value as? [Any] else { return [] }
        return list.compactMap { item in
            if let s = item as? String { return s.isEmpty ? nil : s }
            if let d = item as? [String: Any], let c = d["code"] as? String, !c.isEmpty { return c }
            return nil
        }
    }
}
