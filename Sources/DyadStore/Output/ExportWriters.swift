import DyadText

/// Writes aggregated events as rows of the GDELT 2.0 event table: 61
/// tab-separated columns, no header, in GDELT's column order.
///
/// Filled: GLOBALEVENTID (dyad's event id as a decimal integer, see
/// ``EventKey/numericID(_:)``; `dyad show` accepts it),
/// SQLDATE, MonthYear, Year, FractionDate, Actor1/2 Code, Name (the name the
/// event's own mentions give the actor most often, when it is a person or
/// organization), CountryCode, KnownGroupCode
/// (for IGO/NGO/… actors), Type1Code (the sector), IsRootEvent, EventCode,
/// EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
/// NumSources, NumArticles, SOURCEURL.
///
/// A tab, CR or LF inside a field is written `\t`, `\r` or `\n` (a
/// backslash `\\`, other control characters as `\u0007`), so every event
/// is one row of 61 fields.
///
/// Blank: Ethnic, Religion and Type2/3 codes, AvgTone (dyad measures no tone),
/// all 24 geography columns (dyad does not geocode), and DATEADDED (the time
/// of ingest is not part of the data, so it is left out to keep exports
/// reproducible).
public struct GDELTWriter: Sendable {
    public init() {}

    public static let columns: [String] = {
        func actor(_ n: Int) -> [String] {
            ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
             "Type1Code", "Type2Code", "Type3Code"].map { "Actor\(n)\($0)" }
        }
        func geo(_ p: String) -> [String] {
            ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map { "\(p)Geo_\($0)" }
        }
        return ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + actor(1) + actor(2)
            + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
               "NumMentions", "NumSources", "NumArticles", "AvgTone"]
            + geo("Actor1") + geo("Actor2") + geo("Action") + ["DATEADDED", "SOURCEURL"]
    }()

    /// Country codes that GDELT files as known groups rather than countries.
    static let groups: Set<String> = ["IGO", "NGO", "MNC", "INT", "IMG", "UAF", "REB", "OPP", "SEP"]

    /// The names come from the event's own mentions (``AggregatedEvent/sourceName``). GDELT has no
    /// column for dyad's flags, so an event's flags are not in its row: export events whose flags
    /// matter with `--flags` (or to PLOVER, csv or jsonl, which carry them).
    public func line(for e: AggregatedEvent) -> String {
        var f: [String] = []
        let date = e.date.flatMap(CalendarDate.init)
        f.append(EventKey.numericID(e.id) ?? e.id)
        if let d = date, let m = d.month {
            let day = d.day ?? 1
            f.append(String(format4(d.year)) + two(m) + two(day))
            f.append(format4(d.year) + two(m))
            f.append(String(d.year))
            let doy = d.dayNumber - CalendarDate(year: d.year, month: 1, day: 1).dayNumber + 1
            f.append(String((Double(d.year) + Double(doy) / 365).rounded(toPlaces: 4)))
        } else {
            f += ["", "", date.map { String($0.year) } ?? "", ""]
        }
        f += actor(e.sourceCode, e.sourceCountry, e.sourceName)
        f += actor(e.targetCode, e.targetCountry, e.targetName)
        f += [e.isRoot ? "1" : "0", e.cameo, String(e.cameo.prefix(3)), String(e.cameo.prefix(2)), String(e.quadClass),
              String(e.goldstein), String(e.numMentions), String(e.numSources), String(e.numArticles), ""]
        f += Array(repeating: "", count: 24)
        f += ["", e.url ?? ""]
        return f.map(GDELTWriter.field).joined(separator: "\t")
    }

    /// A field as TSV holds it: a tab, CR or LF inside it (a URL or name
    /// scraped with a line break) would break the row, so they are written
    /// `\t`, `\r` and `\n`, other control characters `\u0007`, and a
    /// backslash `\\` (see ``JSONObject/escaped(_:quotes:)``).
    static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x5C }) else { return s }
        return JSONObject.escaped(s, quotes: false)
    }

    private func actor(_ code: String, _ country: String, _ name: String?) -> [String] {
        guard !code.isEmpty else { return Array(repeating: "", count: 10) }
        let isGroup = GDELTWriter.groups.contains(country)
        let sector = code.count > 3 ? String(code.dropFirst(3).prefix(3)) : ""
        return [code, name ?? "", isGroup ? "" : country, isGroup ? country : "", "", "", "", sector, "", ""]
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private func format4(_ y: Int) -> String { let s = String(y); return String(repeating: "0", count: max(4 - s.count, 0)) + s }
}

extension Double {
    func rounded(toPlaces p: Int) -> Double {
        var m = 1.0
        for _ in 0..<p { m *= 10 }
        return (self * m).rounded() / m
    }
}

/// Writes aggregated events as PLOVER JSON records, one per line:
///
/// ```json
/// {"id":"…","date":"2019-05-13","event_type":"AID","mode":null,"context":[],
///  "source":{"code":"JOR","name":null,"country":"JOR","sector":null},"target":{…},
///  "cameo":"073","quad_class":2,"goldstein":7.4,
///  "num_mentions":1,"num_articles":1,"num_sources":1,"url":null,"flags":["alleged"]}
/// ```
///
/// `name` is the name the event's own mentions give the actor most often; `flags` the
/// ``EventFlags`` every mention carries (`alleged`, `denied`, …), empty for most events.
///
/// `event_type` and `mode` come from dyad's CAMEO→PLOVER table; events whose
/// CAMEO code has no PLOVER type are written with `event_type` null.
/// `context` is always empty: dyad does not yet assign PLOVER contexts.
public struct PLOVERWriter: Sendable {
    public init() {}

    /// `modes` maps CAMEO codes to PLOVER modes.
    public func line(for e: AggregatedEvent, mode: String? = nil) -> String {
        var j = JSONObject()
        j.add("id", e.id)
        j.add("date", e.date)
        j.add("event_type", e.plover)
        j.add("mode", mode)
        j.add("context", raw: "[]")
        j.add("source", raw: actor(e.sourceCode, e.sourceCountry, e.sourceName))
        j.add("target", raw: e.targetCode.isEmpty ? "null" : actor(e.targetCode, e.targetCountry, e.targetName))
        j.add("cameo", e.cameo)
        j.add("quad_class", e.quadClass)
        j.add("goldstein", e.goldstein)
        j.add("num_mentions", e.numMentions)
        j.add("num_articles", e.numArticles)
        j.add("num_sources", e.numSources)
        j.add("url", e.url)
        j.add("flags", raw: JSONObject.array(e.flags))
        return j.text
    }

    private func actor(_ code: String, _ country: String, _ name: String?) -> String {
        var j = JSONObject()
        j.add("code", code)
        j.add("name", name)
        j.add("country", country)
        j.add("sector", code.count > 3 ? String(code.dropFirst(3)) : nil)
        return j.text
    }
}
