import DyadCoder

/// A coded event reduced to what a gold standard can judge.
public struct ScoredEvent: Sendable, Hashable {
    public var cameo: String
    public var plover: String?
    public var sourceCountry: String
    public var targetCountry: String

    public init(cameo: String, plover: String?, sourceCountry: String, targetCountry: String) {
        self.cameo = cameo
        self.plover = plover
        self.sourceCountry = sourceCountry
        self.targetCountry = targetCountry
    }

    public init(_ e: Event) {
        self.init(cameo: e.cameo, plover: e.plover, sourceCountry: e.source.country, targetCountry: e.target?.country ?? "")
    }
}

/// Scores coder output against a gold standard.
///
/// Two levels, each as precision, recall and F1 over (document, item) pairs:
/// - **type**: the event types a document holds — the CAMEO root (`"19"`)
///   for CAMEO gold, the PLOVER type (`"ASSAULT"`) for PLOVER gold;
/// - **dyad**: type plus source country plus target country (empty when
///   there is no target).
///
/// A gold event with several source or target codes stands for every pair.
public struct Evaluation: Sendable {
    public enum Scheme: String, Sendable { case cameo, plover }

    public struct Counts: Sendable {
        public var truePositives = 0
        public var gold = 0
        public var predicted = 0
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// One item missed or wrongly coded, with its document.
    public struct Mistake: Sendable {
        public var document: GoldDocument
        public var item: String
    }

    public var scheme: Scheme
    public var type = Counts()
    public var dyad = Counts()
    public var byType: [String: Counts] = [:]
    public var misses: [Mistake] = []
    public var falsePositives: [Mistake] = []
    public var documents = 0

    /// The scheme a gold set is coded in: PLOVER when its events name PLOVER types only.
    public static func scheme(of gold: [GoldDocument]) -> Scheme {
        let events = gold.flatMap(\.events)
        return !events.isEmpty && events.allSatisfy({ $0.cameo == nil && $0.plover != nil }) ? .plover : .cameo
    }

    public init(gold: [GoldDocument], predicted: [String: [ScoredEvent]], scheme: Scheme? = nil) {
        self.scheme = scheme ?? Evaluation.scheme(of: gold)
        for doc in gold {
            documents += 1
            let goldTypes = Set(doc.events.compactMap(type(of:)))
            let goldDyads = Set(doc.events.flatMap { e -> [String] in
                guard let t = type(of: e) else { return [] }
                let sources = e.sources.isEmpty ? [""] : e.sources.map(Evaluation.country)
                let targets = e.targets.isEmpty ? [""] : e.targets.map(Evaluation.country)
                return sources.flatMap { s in targets.map { "\(t) \(s) \($0.isEmpty ? "-" : $0)" } }
            })
            let coded = predicted[doc.id] ?? []
            let codedTypes = Set(coded.compactMap(type(of:)))
            let codedDyads = Set(coded.compactMap { e in
                type(of: e).map { "\($0) \(e.sourceCountry) \(e.targetCountry.isEmpty ? "-" : e.targetCountry)" }
            })
            Evaluation.count(goldTypes, codedTypes, into: &self.type)
            Evaluation.count(goldDyads, codedDyads, into: &dyad)
            for t in goldTypes.union(codedTypes) {
                var c = byType[t] ?? Counts()
                Evaluation.count(goldTypes.intersection([t]), codedTypes.intersection([t]), into: &c)
                byType[t] = c
            }
            for m in goldDyads.subtracting(codedDyads).sorted() { misses.append(Mistake(document: doc, item: m)) }
            for m in codedDyads.subtracting(goldDyads).sorted() { falsePositives.append(Mistake(document: doc, item: m)) }
        }
    }

    func type(of e: GoldEvent) -> String? {
        switch scheme {
        case .cameo: return e.cameo.map { String($0.prefix(2)) }
        case .plover: return e.plover
        }
    }

    func type(of e: ScoredEvent) -> String? {
        switch scheme {
        case .cameo: return String(e.cameo.prefix(2))
        case .plover: return e.plover
        }
    }

    /// The country of an actor code: its first three letters, or none for a
    /// bare sector ("REB": rebels whose country the coder could not tell).
    static func country(_ code: String) -> String {
        code.count == 3 && sectorCodes.contains(code) ? "" : String(code.prefix(3))
    }

    /// CAMEO's sector codes, which never begin a country's code.
    static let sectorCodes: Set<String> = [
        "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "REB", "SEP", "UAF", "PKO", "CRM", "CVL",
        "REF", "MED", "BUS", "EDU", "HLH", "LAB", "AGR", "ENV", "HRI", "NGO", "REL", "ELI", "INS", "MOD", "RAD",
    ]

    static func count(_ gold: Set<String>, _ coded: Set<String>, into c: inout Counts) {
        c.gold += gold.count
        c.predicted += coded.count
        c.truePositives += gold.intersection(coded).count
    }
}
