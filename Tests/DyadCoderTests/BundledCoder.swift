import DyadCoder
import DyadText

/// dyad's bundled coder, built once for the suites that code invented
/// sentences, and the one-line summaries their failure messages show.
enum BundledCoder {
    static let coder = Result { try EventCoder.bundled() }

    /// The events of `text` as one document dated `date`, with the options `adjust` sets.
    static func code(_ text: String, date: String, adjust: (inout CodingOptions) -> Void = { _ in }) throws -> [Event] {
        var coder = try coder.get()
        adjust(&coder.options)
        return coder.code(Document(id: "t", text: text, date: CalendarDate(date)))
    }

    /// "SOURCE CAMEO TARGET" per event; with `bases`, each actor's country basis after a slash.
    static func summary(_ events: [Event], bases: Bool = false) -> [String] {
        func actor(_ a: EventActor?) -> String {
            guard let a else { return "-" }
            return bases ? "\(a.code)/\(a.basis ?? "-")" : a.code
        }
        return events.map { "\(actor($0.source)) \($0.cameo) \(actor($0.target))" }
    }
}
