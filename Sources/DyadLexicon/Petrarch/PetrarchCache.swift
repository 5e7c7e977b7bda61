import DyadText
import Foundation

/// A compiled cache of parsed PETRARCH dictionaries, so that a large set
/// (Phoenix: 27,000 actors, 120,000 verb patterns) loads in a fraction of the
/// time its text takes to parse.
///
/// One cache file per dictionary file, named by a hash of the file's bytes
/// and of the reader's version: a changed source file simply has no cache
/// yet and is parsed again. Writing a cache file deletes the files of older
/// reader versions, which no dyad will read again. The folder is `$DYAD_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/dyad`, else `~/.cache/dyad`; `DYAD_CACHE_DIR=off` turns
/// caching off. A cache that cannot be read or written is ignored.
enum PetrarchCache {
    /// Bump when the readers or the model change what they produce.
    static let version: UInt64 = 10

    static var folder: URL? {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["DYAD_CACHE_DIR"] {
            return dir == "off" || dir.isEmpty ? nil : URL(fileURLWithPath: dir)
        }
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("dyad") }
        guard let home = env["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/dyad")
    }

    static func url(contentHash: UInt64, kind: PetrarchFormat.Kind, file: String) -> URL? {
        var h = StableHash()
        h.combine(String(contentHash))
        h.combine(String(version))
        h.combine(kind.rawValue)
        h.combine(file)
        return folder?.appendingPathComponent("\(filePrefix)\(h.hex).bin")
    }

    /// Cache files of this reader version start with this; older versions' files are pruned.
    static var filePrefix: String { "petrarch-v\(version)-" }

    /// Deletes the cache files other reader versions wrote to `folder` (they can never be read
    /// again), leaving this version's files and anything that is not a dyad cache file alone.
    static func pruneOtherVersions(in folder: URL) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix("petrarch-") && name.hasSuffix(".bin") && !name.hasPrefix(filePrefix) {
            try? fm.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Entries of one file: read from the cache, or parsed and cached.
    static func load(text: String, contentHash: UInt64, kind: PetrarchFormat.Kind, file: String,
                     parse: () -> Entries) -> Entries {
        guard let url = url(contentHash: contentHash, kind: kind, file: file) else { return parse() }
        if let data = FileManager.default.contents(atPath: url.path), let cached = decode(data) { return cached }
        let entries = parse()
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let tmp = url.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
        // Write aside, then rename over: readers never see half a file.
        if FileManager.default.createFile(atPath: tmp.path, contents: encode(entries)), rename(tmp.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: tmp)
        }
        pruneOtherVersions(in: url.deletingLastPathComponent())
        return entries
    }

    struct Entries {
        var actors: [ActorEntry] = []
        var agents: [AgentEntry] = []
        var verbs: [VerbPattern] = []
        var issues: [DictionaryIssue] = []
    }
}
