import DyadLexicon

/// How far to trust one coded event: a number in [0, 1] from what the coder
/// knew when it coded it, so users can trade recall for precision
/// (`--min-confidence`).
///
/// Three factors are multiplied (and the product kept in [0, 1]):
///
/// - **the rule** — a verb pattern with words beyond the verb ("accuse + of
///   corruption") is surer than the bare verb ("accuse"); an event noun, a
///   statement read from its tone, and a plain statement (a speech verb whose
///   content coded nothing) are least sure;
/// - **the source** — named in the clause, read from the dependency tree, or
///   given a country the words do not state (``EventActor/basis``);
/// - **the target** — none, named, or given its country by inference.
///
/// The factors were set so that, on dyad's Wikinews development gold
/// (`evaluation/gold/wikinews-gold.jsonl`, dev split), the events in each
/// band of confidence are right at about that rate (type + source country +
/// target country); docs/accuracy.md has the reliability table and the
/// command that measures it.
///
/// ```swift
/// let e = coder.code(doc).first!
/// e.confidence   // 0.62: a specific pattern, both actors named
/// ```
enum EventConfidence {
    /// Where an event's code came from.
    enum Rule: Sendable {
        /// A verb pattern with this many literal words (the verb included).
        case pattern(words: Int)
        /// An event noun ("airstrikes on …").
        case noun
        /// A statement whose content gave it a tone (criticism, pessimism …).
        case tone
        /// A statement whose content coded nothing.
        case statement
    }

    static func rule(_ r: Rule) -> Double {
        switch r {
        case .pattern(let words): return words >= 3 ? 0.40 : words == 2 ? 0.32 : 0.28
        case .noun: return 0.28
        case .tone: return 0.45
        case .statement: return 0.21
        }
    }

    /// The source's factor: 1 when named in its clause.
    static func source(_ a: EventActor, fromTree: Bool) -> Double {
        var f = 1.0
        if fromTree { f *= 0.85 }
        if a.resolvedFrom != nil { f *= 0.9 }
        switch a.basis {
        case "sentence": f *= 0.7
        case "document": f *= 0.4
        case .some: f *= 0.6
        case nil: break
        }
        return f
    }

    /// The target's factor: 1 for a named one. An action with no target is
    /// seldom what a reader codes (0.3), unless it is a statement, which often
    /// has none; an unlisted name acted on (``NamedTargets``) is most often
    /// exactly right, since the rule only fires on a clear object.
    static func target(_ a: EventActor?, rule r: Rule) -> Double {
        guard let a else {
            switch r {
            case .statement, .tone: return 1
            case .pattern, .noun: return 0.3
            }
        }
        var f = 1.0
        if a.resolvedFrom != nil, a.basis == nil { f *= 0.9 }
        switch a.basis {
        case "source": f *= 2.2
        case "sentence": f *= 0.9
        case "document": f *= 0.8
        case .some: f *= 0.85
        case nil: break
        }
        return f
    }

    /// The confidence of an event, rounded to two decimals (the record shows it so).
    static func of(rule r: Rule, source: EventActor, target: EventActor?, fromTree: Bool) -> Double {
        let raw = rule(r) * self.source(source, fromTree: fromTree) * self.target(target, rule: r)
        return (min(1, max(0, raw)) * 100).rounded() / 100
    }
}
