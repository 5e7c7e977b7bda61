/// Writes the event record of docs/ARCHITECTURE.md as one JSON object per line,
/// keys in a fixed order.
public struct JSONLinesEventWriter: EventWriter {
    public init() {}
    public var header: String { "" }

    public func line(for e: Event) -> String {
        var j = JSONText()
        write(e, &j)
        return j.text
    }

    public func appendLine(for e: Event, to bytes: inout [UInt8]) {
        var j = JSONText()
        write(e, &j)
        j.append(to: &bytes)
        bytes.append(0x0A)
    }

    private func write(_ e: Event, _ j: inout JSONText) {
        j.open()
        j.field("id", e.id)
        j.field("doc_id", e.docID)
        j.field("sentence_index", e.sentenceIndex)
        j.field("sentence", e.sentence)
        j.field("date", e.date?.description)
        j.field("date_basis", e.dateBasis.rawValue)
        j.key("source"); actor(e.source, &j)
        j.key("target")
        if let t = e.target { actor(t, &j) } else { j.null() }
        j.field("cameo", e.cameo)
        j.field("plover", e.plover)
        if let mode = e.ploverMode { j.field("plover_mode", mode) }
        j.field("goldstein", e.goldstein)
        j.field("quad_class", e.quadClass)
        j.key("verb"); j.open()
        j.field("text", e.verb.text); j.field("lemma", e.verb.lemma); j.key("span"); span(e.verb.span, &j)
        j.close()
        j.key("attribution")
        if let a = e.attribution {
            j.open()
            j.field("speaker", a.speaker)
            if let c = a.speakerCode { j.field("speaker_code", c) }
            j.field("outlet", a.outlet)
            j.field("state_media", a.stateMedia)
            j.field("cue", a.cue)
            j.close()
        } else {
            j.null()
        }
        j.field("negated", e.negated)
        j.key("flags"); j.openArray(); for f in e.flags { j.string(f) }; j.closeArray()
        j.field("rule", e.rule)
        if let o = e.outlet { j.field("outlet", o) }
        if let u = e.url { j.field("url", u) }
        if let c = e.confidence { j.field("confidence", c) }
        j.close()
    }

    private func actor(_ a: EventActor, _ j: inout JSONText) {
        j.open()
        j.field("text", a.text)
        j.field("code", a.code)
        j.field("country", a.country)
        j.field("sector", a.sector)
        if let n = a.name { j.field("name", n) }
        j.key("span"); span(a.span, &j)
        if let r = a.resolvedFrom { j.field("resolved_from", r) }
        if let b = a.basis { j.field("basis", b) }
        j.close()
    }

    private func span(_ s: [Int], _ j: inout JSONText) {
        j.openArray(); for n in s { j.number(n) }; j.closeArray()
    }
}
