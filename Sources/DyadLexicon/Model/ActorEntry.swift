import DyadText

/// What kind of thing an actor entry names.
public enum ActorKind: String, Sendable, Codable {
    /// A state; its code is the ISO alpha-3 code.
    case country
    /// A person whose code depends on the date (dated roles).
    case person
    /// An organization, group or outlet with a fixed code.
    case organization
}

/// An actor code in force over a span of time.
///
/// Persons hold offices for a while: Bashar al-Assad is `SYRGOV` from
/// 2000-07-17 to 2024-12-08. A role with no bounds is always in force.
public struct ActorRole: Sendable, Hashable, Codable {
    /// Full code: country + sector (`SYRGOV`) or an organization code (`IGOUNO`).
    public var code: String
    /// Three-letter country part (`SYR`, `IGO`).
    public var country: String
    /// The rest of the code (`GOV`), empty for a bare state.
    public var sector: String
    public var from: CalendarDate?
    public var until: CalendarDate?

    /// The code of a role during which the name is deliberately not coded
    /// (PETRARCH's dated `[--- <950630]`).
    public static let uncoded = "---"
    /// True when the name is not coded while this role applies.
    public var isUncoded: Bool { code == ActorRole.uncoded }

    public init(code: String, country: String? = nil, sector: String? = nil,
                from: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.code = code
        self.country = country ?? String(code.prefix(3))
        self.sector = sector ?? String(code.dropFirst(3))
        self.from = from
        self.until = until
    }

    /// True when the role is in force on `date`; a coarse date (a month, a
    /// year) counts when any part of it falls within the role.
    public func isActive(on date: CalendarDate) -> Bool {
        if let from, ActorRole.end(of: date) < from.dayNumber { return false }
        if let until, date.dayNumber > ActorRole.end(of: until) { return false }
        return true
    }

    static func end(of date: CalendarDate) -> Int {
        switch date.precision {
        case .day: return date.dayNumber
        case .month: return date.dayNumber + CalendarDate.daysIn(month: date.month!, year: date.year) - 1
        case .year: return CalendarDate(year: date.year, month: 12, day: 31).dayNumber
        }
    }
}

/// One actor from an actors dictionary: a state, a person or an organization,
/// with every name it goes by.
public struct ActorEntry: Sendable, Hashable {
    public var kind: ActorKind
    /// The canonical name shown in output ("Bashar al-Assad", "Syria").
    public var name: String
    /// Roles; a country or organization has exactly one, undated.
    public var roles: [ActorRole]
    /// Names to match, as written in the dictionary.
    public var names: [String]
    /// Country adjectives and demonyms ("Syrian").
    public var adjectives: [String]
    /// Capitals and other metonyms for the government ("Damascus").
    public var capitals: [String]
    /// A state news agency: what it reports is marked `state_media`.
    public var isStateMedia: Bool
    /// A news outlet: it can be the outlet of an attribution.
    public var isOutlet: Bool
    /// Free-text description (a person's office).
    public var title: String?
    /// Where the entry is written.
    public var origin: SourceLocation
    /// Further actors the name stands for together with its own role
    /// (PETRARCH `THE_SHIRE [FRO/BIL/SAM]`: the Shire is FRO, BIL and SAM;
    /// here `["BIL", "SAM"]`). Each gets the events the name gets.
    public var jointCodes: [String] = []
    /// A city, province or region (`place` entries): it places an agent
    /// ("Shanghai police", "protesters in Mariupol") but is no actor alone.
    public var isPlace = false

    public init(kind: ActorKind, name: String, roles: [ActorRole], names: [String], adjectives: [String] = [],
                capitals: [String] = [], isStateMedia: Bool = false, isOutlet: Bool = false,
                title: String? = nil, origin: SourceLocation) {
        self.kind = kind
        self.name = name
        self.roles = roles
        self.names = names
        self.adjectives = adjectives
        self.capitals = capitals
        self.isStateMedia = isStateMedia
        self.isOutlet = isOutlet
        self.title = title
        self.origin = origin
    }

    /// The role in force on `date`. On a date no role covers, a person is a
    /// former (or future) official: their country with the `ELI` (elite)
    /// sector — a former president is no longer the government. Without a
    /// date, the latest role.
    public func role(on date: CalendarDate?) -> ActorRole? {
        guard let date else {
            return roles.max { ($0.from?.dayNumber ?? Int.min) < ($1.from?.dayNumber ?? Int.min) }
        }
        if let r = roles.last(where: { $0.isActive(on: date) }) { return r }
        guard kind == .person else { return roles.last }
        let nearest = roles.min { a, b in distance(a, date) < distance(b, date) }
        return nearest.map { ActorRole(code: $0.country + "ELI", country: $0.country, sector: "ELI") }
    }

    private func distance(_ role: ActorRole, _ date: CalendarDate) -> Int {
        let d = date.dayNumber
        if let from = role.from, d < from.dayNumber { return from.dayNumber - d }
        if let until = role.until, d > until.dayNumber { return d - until.dayNumber }
        return 0
    }
}
