import DyadLexicon
import DyadSyntax

/// CAMEO actor codes are a country (or an organization's code) followed by
/// role codes of three letters each, so one phrase can name several roles:
/// "Danish Islamist media" is `DNKMUSMED`, "human rights activists of Gonzo
/// GMO" `GONGMOOPP`. dyad stacks the agents of a phrase in the order they
/// are written, after the code of the country or organization they belong to.
///
/// - A role the code already holds is not repeated ("White House security
///   officials": `USAGOV`, not `USAGOVGOV`). Only whole role codes count: the
///   letters `WGO` inside `GMWGOV` are no role, so "West German world
///   government" is `GMWGOVWGO`.
/// - At most three role codes follow the country; further agents are dropped.
/// - "former" before an agent makes it an elite, as CAMEO codes former office
///   holders: "former Gondor prosecutors" are `GONELI`, "Former security
///   officials in the White House" `USAGOVELI`.
extension MentionFinder {
    /// Role codes after the country, at most.
    static let maxRoleCodes = 3
    /// The role CAMEO gives former office holders.
    static let formerSector = "ELI"

    /// `code` with each of `sectors` appended in order, unless the code
    /// already holds it at a role boundary or is full.
    ///
    /// ```swift
    /// MentionFinder.stacking(["GOV", "WGO"], onto: "GMWGOV")  // "GMWGOVWGO"
    /// ```
    static func stacking(_ sectors: [String], onto code: String) -> String {
        var code = Array(code.utf8)
        for sector in sectors {
            let role = Array(sector.utf8)
            guard !role.isEmpty, !holdsRole(code, role) else { continue }
            guard code.count + role.count <= 3 * (maxRoleCodes + 1) else { break }
            code += role
        }
        return String(decoding: code, as: UTF8.self)
    }

    /// True when `role` stands in `code` starting at a multiple of three letters.
    private static func holdsRole(_ code: [UInt8], _ role: [UInt8]) -> Bool {
        var start = 0
        while start + role.count <= code.count {
            if code[start..<(start + role.count)].elementsEqual(role) { return true }
            start += 3
        }
        return false
    }

    /// The sectors of a phrase's agents in order, an agent after "former" an elite.
    /// The phrase starts at its first match or at the adjectives right before it
    /// ("former Gondor prosecutors").
    func agentSectors(_ agents: [NameMatch], in cluster: [NameMatch], _ s: AnalyzedSentence) -> [String] {
        guard let first = cluster.first, !agents.isEmpty else { return [] }
        var start = first.range.lowerBound
        while start > 0, s.tags[start - 1].isAdjective || s.tags[start - 1] == .DT { start -= 1 }
        var former = Set<Int>()
        for i in start..<(cluster.last?.range.upperBound ?? start)
        where s.tags[i].isAdjective && s.tokens[i].lower == "former" && !cluster.contains(where: { $0.range.contains(i) }) {
            former.insert(i)
        }
        return agents.map { a in
            former.contains { $0 < a.range.lowerBound } ? MentionFinder.formerSector : lexicon.agents[a.agent!].sector
        }
    }
}
