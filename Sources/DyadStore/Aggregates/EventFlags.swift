import Foundation
import DyadCoder

/// The qualifications of a coding that change what it is worth as a count: a claim its source
/// denies, an action reported as not done, an actor acting on itself, an allegation, an intention.
///
/// Each mention keeps its coding's flags (`mentions.flags`), and an aggregated event carries a
/// flag when **every** one of its mentions does (`events.flags`, a bitwise AND): a sale one
/// report asserts and another denies happened by the first report's word, so the event is not
/// denied; a sale every report denies is. Queries leave out, by default, events whose every
/// mention is denied, negated or self-directed (``FlagFilter/standard``); alleged events are
/// counted and marked.
///
/// ```swift
/// EventFlags(coding: event)          // [.denied, .selfDirected] for "denied selling itself…"
/// EventFlags(names: "denied,alleged") // [.denied, .alleged]
/// ```
public struct EventFlags: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let denied = EventFlags(rawValue: 1)
    public static let negated = EventFlags(rawValue: 2)
    public static let selfDirected = EventFlags(rawValue: 4)
    public static let alleged = EventFlags(rawValue: 8)
    public static let future = EventFlags(rawValue: 16)
    public static let modal = EventFlags(rawValue: 32)
    public static let background = EventFlags(rawValue: 64)

    /// Every flag, by the name the coder's records, the options and the exports use.
    public static let named: [(name: String, flag: EventFlags)] = [
        ("denied", .denied), ("negated", .negated), ("self_directed", .selfDirected), ("alleged", .alleged),
        ("future", .future), ("modal", .modal), ("background", .background),
    ]

    /// Every flag at once: the start of an AND over mentions.
    public static let all = EventFlags(rawValue: 127)

    /// The flags of one coding: its `negated` field and the `flags` it lists (`modal:…` counts as `modal`).
    public init(coding e: Event) {
        self.init(negated: e.negated, names: e.flags)
    }

    /// The flags of a coding's `negated` field and `flags` list.
    public init(negated: Bool, names: [String]) {
        var f: EventFlags = negated ? .negated : []
        for name in names {
            let base = name.hasPrefix("modal:") ? "modal" : name
            if let match = Self.named.first(where: { $0.name == base }) { f.insert(match.flag) }
        }
        self = f
    }

    /// Flags from a comma-separated list of names (`denied,alleged`); `none` or an empty list is no flag.
    /// Nil when a name is not a flag.
    public init?(names list: String) {
        var f: EventFlags = []
        for part in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !part.isEmpty && part != "none" {
            let key = part.replacingOccurrences(of: "-", with: "_")
            guard let match = Self.named.first(where: { $0.name == key }) else { return nil }
            f.insert(match.flag)
        }
        self = f
    }

    /// The names of the flags set, in ``named`` order (`["denied", "self_directed"]`).
    public var names: [String] { Self.named.filter { contains($0.flag) }.map(\.name) }
}

/// Which aggregated events a query counts, by their flags.
///
/// An event is kept when it carries every flag of ``required`` and none of ``excluded``.
///
/// ```swift
/// FlagFilter.standard                       // leaves out denied, negated and self-directed events
/// FlagFilter(required: .alleged)            // only alleged events, and nothing left out
/// ```
public struct FlagFilter: Sendable, Hashable {
    public var required: EventFlags
    public var excluded: EventFlags

    public init(required: EventFlags = [], excluded: EventFlags = []) {
        self.required = required
        self.excluded = excluded
    }

    /// The default of every query: denied, negated and self-directed events are not counted.
    public static let standard = FlagFilter(excluded: [.denied, .negated, .selfDirected])

    /// Every event, whatever its flags.
    public static let none = FlagFilter()

    /// Whether an event with `flags` passes.
    public func admits(_ flags: EventFlags) -> Bool {
        flags.isSuperset(of: required) && flags.isDisjoint(with: excluded)
    }

    /// The SQL condition on a flags column (`e.flags`), or nil when the filter admits everything.
    func condition(_ column: String) -> String? {
        var parts: [String] = []
        if !required.isEmpty { parts.append("(\(column) & \(required.rawValue)) = \(required.rawValue)") }
        if !excluded.isEmpty { parts.append("(\(column) & \(excluded.rawValue)) = 0") }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }
}
