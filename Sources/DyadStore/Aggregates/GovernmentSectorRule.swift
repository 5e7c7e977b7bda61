import DyadCoder

/// One article often reports one event twice: the headline says "Syria thanks North Korea",
/// the body "the Syrian government thanked North Korea". The coder gives the first `SYR` and
/// the second `SYRGOV`, and without this rule they would be two events, counted twice.
///
/// The rule: within **one document**, two codings with the same CAMEO code and date window
/// whose sides agree — the same code, or a bare country (`SYR`) and its government sector
/// (`SYRGOV`) — belong to one aggregated event, keyed by the government code. Across documents
/// nothing is merged: another article's bare "Syria" may mean the country, not its government.
/// Each mention keeps the code its own words gave; only the event it counts towards changes.
///
/// ```swift
/// // headline: SYR 051 PRK, body: SYRGOV 051 PRK, same day → both count towards SYRGOV 051 PRK
/// GovernmentSectorRule.keySides(of: 0, in: events, buckets: buckets)  // (source: 1, target: 0)
/// ```
enum GovernmentSectorRule {
    /// Which coding of the document gives coding `n` its event's source code and which its target
    /// code: `n` itself, or a coding that names the government where `n` names the bare country.
    static func keySides(of n: Int, in events: UnsafeBufferPointer<Event>, buckets: [Int?]) -> (source: Int, target: Int) {
        var source = n, target = n
        let e = events[n]
        guard isBareCountry(e.source.code) || isBareCountry(e.target?.code) else { return (n, n) }
        for m in events.indices where m != n && events[m].cameo == e.cameo && buckets[m] == buckets[n] {
            let other = events[m]
            guard agree(e.source.code, other.source.code), agree(e.target?.code, other.target?.code) else { continue }
            if other.source.code != e.source.code, isBareCountry(e.source.code) { source = m }
            if other.target?.code != e.target?.code, isBareCountry(e.target?.code) { target = m }
        }
        return (source, target)
    }

    /// Whether two codes name the same side: equal, or a country and its government.
    static func agree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a == b || (isBareCountry(a) && b == a + "GOV") || (isBareCountry(b) && a == b + "GOV")
    }

    /// Three letters: a country without a sector.
    static func isBareCountry(_ code: String?) -> Bool { code?.utf8.count == 3 }
}
