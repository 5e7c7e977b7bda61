/// dyad's own entries win over converted ones, at load time too.
///
/// `dyad dict import-petrarch` leaves out every name form dyad's own
/// dictionaries list when it converts (``ImportNameRules``). A dyad file
/// written or extended after the import may list a name a converted file
/// still holds: when a folder is loaded, such a name form is removed from
/// the converted entry, so dyad's own entry is the only one that has it.
/// Converted files are known by the first line the converter writes.
enum ImportPrecedence {
    /// The first line of every file `dyad dict import-petrarch` writes.
    static let headerPrefix = "# Converted from the PETRARCH/TABARI "

    static func isConverted(_ text: String) -> Bool {
        text.utf8.starts(with: headerPrefix.utf8)
    }

    /// Removes from the actors of `convertedFiles` the name forms that actors
    /// or agents of the other files list (compared in lowercase); an entry left
    /// with no name goes.
    static func apply(to set: inout DictionarySet, convertedFiles: Set<String>) {
        guard !convertedFiles.isEmpty else { return }
        var own = Set<String>()
        for actor in set.actors where !convertedFiles.contains(actor.origin.file) {
            for n in actor.names { own.insert(n.lowercased()) }
            for n in actor.adjectives { own.insert(n.lowercased()) }
            for n in actor.capitals { own.insert(n.lowercased()) }
        }
        for agent in set.agents where !convertedFiles.contains(agent.origin.file) {
            for w in agent.words { own.insert(w.lowercased()) }
        }
        var changed = false
        for i in set.actors.indices where convertedFiles.contains(set.actors[i].origin.file) {
            guard set.actors[i].names.contains(where: { own.contains($0.lowercased()) }) else { continue }
            set.actors[i].names.removeAll { own.contains($0.lowercased()) }
            changed = true
        }
        if changed { set.actors.removeAll { convertedFiles.contains($0.origin.file) && $0.names.isEmpty } }
    }
}
