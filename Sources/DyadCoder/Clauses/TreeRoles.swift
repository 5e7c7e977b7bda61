import DyadSyntax
import DyadText

/// Who acts, read from the sentence's dependency tree: the structural
/// answer where the tag-based clause finder loses the subject because
/// something stands between it and the verb — a parenthesis ("The
/// Asia-Pacific Economic Cooperation (APEC) forum has agreed"), an apposition
/// ("the president of the region, Roberto Maroni, has proposed"), a relative
/// clause, a fronted phrase ("In an interview, the minister said"), or a
/// coordination ("the Sudanese government and the rebels have agreed").
///
/// The tree gives the subject's head word (`nsubj`, its conjuncts, and the
/// subject of the verb an infinitive or coordinated verb hangs from); the
/// actor is the mention on that word or, failing that, the nearest mention in
/// the head's own noun phrase (its compounds, modifiers, appositions and
/// possessors — never a prepositional phrase inside it, so "the president of
/// Gondor" is not Gondor).
enum TreeRoles {
    /// Relations inside a noun phrase that still name the phrase's own referent.
    static let phraseRelations: Set<String> = ["compound", "amod", "flat", "appos", "nmod:poss", "det", "nummod", "fixed",
                                               "compound:prt", "nmod:npmod", "punct", "dep"]

    /// True when an actor with a country, other than those `excluding` names,
    /// ends before `verb`: only then can the tree give the verb a subject, and
    /// only then is the sentence worth parsing (parsing costs more than the
    /// rest of its coding).
    static func actorStands(before verb: Int, _ mentions: [ActorMention], excluding: Set<Int> = []) -> Bool {
        mentions.indices.contains { k in
            mentions[k].range.upperBound <= verb && !mentions[k].country.isEmpty && !excluding.contains(k)
        }
    }

    /// The mentions that are the subjects of the verb at `verb`, in sentence order.
    static func subjects(of verb: Int, tree: DependencyParse, mentions: [ActorMention]) -> [Int] {
        guard verb < tree.count else { return [] }
        var heads = tree.subjects(of: verb)
        // "the monitors who revealed": the relative pronoun stands for the noun the clause describes.
        heads = heads.map { h in
            let relative = ["who", "which", "that"].contains(tree[h].form.lowercased())
            guard relative, let v = clauseVerb(above: h, tree), tree[v].relation.hasPrefix("acl"), tree[v].head >= 0 else { return h }
            return tree[v].head
        }
        var out: [Int] = []
        for h in heads {
            if let k = mention(headedBy: h, tree: tree, mentions: mentions), !out.contains(k) { out.append(k) }
        }
        return out.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
    }

    /// The agent of a passive verb: its `obl:agent` ("was attacked by rebels").
    static func passiveAgents(of verb: Int, tree: DependencyParse, mentions: [ActorMention]) -> [Int] {
        guard verb < tree.count else { return [] }
        return tree.dependents(of: verb, "obl:agent").flatMap { tree.conjuncts(of: $0) }
            .compactMap { mention(headedBy: $0, tree: tree, mentions: mentions) }
    }

    /// The verb whose subject `word` is.
    private static func clauseVerb(above word: Int, _ tree: DependencyParse) -> Int? {
        let h = tree[word].head
        return h >= 0 ? h : nil
    }

    /// The mention that stands for the noun phrase headed by `head`.
    static func mention(headedBy head: Int, tree: DependencyParse, mentions: [ActorMention]) -> Int? {
        if let k = mentions.firstIndex(where: { $0.range.contains(head) }) { return k }
        // Words of the head's own phrase: reached through phrase-internal relations only.
        var phrase: Set<Int> = [head]
        var frontier = [head]
        while let w = frontier.popLast() {
            for c in tree.children(of: w) where phraseRelations.contains(tree[c].relation) && phrase.insert(c).inserted {
                frontier.append(c)
            }
        }
        let inside = mentions.indices.filter { k in mentions[k].range.contains { phrase.contains($0) } }
        // The nearest one before the head ("the APEC forum"), else after it ("forum, APEC,").
        return inside.last { mentions[$0].range.lowerBound < head } ?? inside.first
    }
}
