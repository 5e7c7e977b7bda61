import DyadSyntax

/// Lists of actors joined by "and", "or", "nor" and commas: "Jordan and
/// Britain", "Mordor, Rohan, Fornost and Bree", "Fornost and the evil awful
/// Gondor". Every member of a list acts (or is acted on) alike.
extension ClauseRoleFinder {
    /// The longest gap between two listed actors ("and the evil awful").
    static let longestListGap = 5

    /// How two neighbouring mentions are linked.
    enum ListLink {
        /// Not a list: a verb, a preposition or a noun stands between them.
        case none
        /// A comma only (with determiners or adjectives): a list only when a
        /// conjunction closes it further on ("Mordor, Rohan, Fornost and Bree").
        case comma
        /// A conjunction ("and", "or", "nor").
        case conjunction
    }

    /// Mentions joined to mention `k` in one list, in sentence order.
    static func coordinated(_ k: Int, _ mentions: [ActorMention], _ s: AnalyzedSentence) -> [Int] {
        func link(_ a: Int, _ b: Int) -> ListLink {
            listLink(mentions[a].range.upperBound..<mentions[b].range.lowerBound, s)
        }
        var first = k, last = k
        while first > 0, link(first - 1, first) != .none { first -= 1 }
        while last + 1 < mentions.count, link(last, last + 1) != .none { last += 1 }
        // A list ends at its last conjunction: "X, Y and Z, W said" stops at Z.
        while last > k, link(last - 1, last) == .comma { last -= 1 }
        // "In Syria, Russia and Iran …": a comma does not join a phrase governed by a preposition.
        while first < k, link(first, first + 1) == .comma, opensWithPreposition(mentions[first].range, s) { first += 1 }
        let links = (first..<last).map { link($0, $0 + 1) }
        // Without a conjunction, commas make no list ("Osgiliath, the state's fiercest foe").
        guard links.contains(.conjunction) else { return [k] }
        return Array(first...last)
    }

    /// The kind of link a gap between two mentions makes.
    static func listLink(_ gap: Range<Int>, _ s: AnalyzedSentence) -> ListLink {
        guard !gap.isEmpty, gap.count <= longestListGap else { return .none }
        var sawConjunction = false, sawComma = false
        for i in gap {
            let w = s.tokens[i].lower
            if w == "and" || w == "or" || w == "&" || w == "nor" { sawConjunction = true; continue }
            if w == "," { sawComma = true; continue }
            if s.tags[i] == .DT || s.tags[i].isAdjective { continue }
            return .none
        }
        return sawConjunction ? .conjunction : sawComma ? .comma : .none
    }

    /// True when the phrase is governed by a preposition that opens the
    /// sentence or follows a comma: a fronted adverbial ("In Syria, …").
    static func opensWithPreposition(_ range: Range<Int>, _ s: AnalyzedSentence) -> Bool {
        guard insidePrepositionalPhrase(range, s) else { return false }
        var k = range.lowerBound - 1
        while k >= 0, !(s.tags[k] == .IN || s.tags[k] == .TO) { k -= 1 }
        return k <= 0 || s.tokens[k - 1].lower == ","
    }
}
