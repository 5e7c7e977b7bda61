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

    /// Lowercase, without Unicode case mapping for the common all-ASCII name.
    static func lower(_ s: String) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.lowercased() }
        return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Removes from the actors of `convertedFiles` the name forms that actors
    /// or agents of the other files list (compared in lowercase); an entry left
    /// with no name goes.
    static func apply(to set: inout DictionarySet, convertedFiles: Set<String>) {
        guard !convertedFiles.isEmpty else { return }
        var own = Set<String>()
        for actor in set.actors where !convertedFiles.contains(actor.origin.file) {
            for n in actor.names { own.insert(lower(n)) }
            for n in actor.adjectives { own.insert(lower(n)) }
            for n in actor.capitals { own.insert(lower(n)) }
        }
        for agent in set.agents where !convertedFiles.contains(agent.origin.file) {
            for w in agent.words { own.insert(lower(w)) }
        }
        var changed = false
        for i in set.actors.indices where convertedFiles.contains(set.actors[i].origin.file) {
            guard set.actors[i].names.contains(where: { own.contains(lower($0)) }) else { continue }
            set.actors[i].names.removeAll { own.contains(lower($0)) }
            changed = true
        }
        if changed { set.actors.removeAll { convertedFiles.contains($0.origin.file) && $0.names.isEmpty } }
    }
}
