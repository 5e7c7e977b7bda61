/// Renders a sentence trace for `--explain`: why each event was coded (or
/// why a verb was not), in plain text.
///
/// ```
/// [3] Jang, in response, issued a congratulatory statement to Assad …
///   tokens  Jang/NNP ,/, in/IN response/NN ,/, issued/VBD a/DT …
///   tree    Jang>issued:nsubj ,>Jang:punct in>response:case response>issued:obl … issued:root …
///   actors  Jang → PRKGOV (learned: North Korean Ambassador) · Assad → SYRGOV
///   clause  issued (issue, past) subject: Jang [PRKGOV]
///           → 018.verbs.txt:12: 051: issue congratulatory statement to + → 1 event(s)
///   event   PRKGOV 051 SYRGOV  date 2018-04-24 (document)  outlet Breitbart News
/// ```
public struct ExplanationWriter: Sendable {
    public init() {}

    public func render(_ t: SentenceTrace) -> String {
        let s = t.analysis
        var out = "[\(s.sentence.index)] \(s.sentence.text)\n"
        let tagged = zip(s.tokens, s.tags).map { "\($0.text)/\($1.string)" }.joined(separator: " ")
        out += "  tokens  \(tagged)\n"
        if let tree = t.tree {
            // Each word with its head and relation: "Rebels>attacked:nsubj".
            let arcs = tree.words.map { w in w.head < 0 ? "\(w.form):root" : "\(w.form)>\(tree[w.head].form):\(w.relation)" }
            out += "  tree    " + arcs.joined(separator: " ") + "\n"
        }
        if t.mentions.isEmpty {
            out += "  actors  (none)\n"
        } else {
            let actors = t.mentions.map { m -> String in
                let text = s.tokens[m.range].map(\.text).joined(separator: " ")
                var item = "\(text) → \(m.code)"
                if let r = m.resolvedFrom { item += " (refers to: \(r))" }
                if let n = m.name, n != text { item += " (\(n))" }
                if let origin = m.origin?.description, !origin.isEmpty { item += " @ \(shortPath(origin))" }
                return item
            }
            out += "  actors  " + actors.joined(separator: " · ") + "\n"
        }
        for c in t.clauses {
            var head = "  clause  \(c.verb) (\(c.lemma), \(c.tense)"
            if c.negated { head += ", negated" }
            if c.passive { head += ", passive" }
            if let m = c.modal { head += ", modal \(m)" }
            head += ")"
            head += c.subjects.isEmpty ? " subject: —" : " subject: " + c.subjects.joined(separator: " + ")
            out += head + "\n          → \(c.outcome)\n"
        }
        for e in t.events {
            var line = "  event   \(e.source.code) \(e.cameo) \(e.target?.code ?? "—")"
            line += "  \(e.plover ?? "-")  goldstein \(e.goldstein)  quad \(e.quadClass)"
            line += "  date \(e.date?.description ?? "none") (\(e.dateBasis.rawValue))"
            if let a = e.attribution {
                if let sp = a.speaker { line += "  speaker \(sp)" }
                if let o = a.outlet { line += "  outlet \(o)\(a.stateMedia ? " (state media)" : "")" }
            }
            if !e.flags.isEmpty { line += "  flags \(e.flags.joined(separator: ","))" }
            out += line + "\n          rule \(e.rule)\n"
        }
        return out
    }

    private func shortPath(_ origin: String) -> String {
        origin.split(separator: "/").last.map(String.init) ?? origin
    }
}
