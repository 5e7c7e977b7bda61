import Foundation

/// One CAMEO event code with everything dyad reports about it.
public struct CameoCode: Sendable, Hashable {
    /// "051"
    public var code: String
    /// Two-digit root: "05".
    public var root: String
    public var name: String
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    /// (GDELT's grouping: roots 01–05, 06–09, 10–14, 15–20).
    public var quadClass: Int
    /// Goldstein conflict–cooperation weight, −10 … +10.
    public var goldstein: Double
    /// PLOVER event type ("SUPPORT"), nil for root 01 statements.
    public var plover: String?
    /// PLOVER mode, when the mapping gives one.
    public var ploverMode: String?
}

/// The CAMEO code table with Goldstein weights, quad classes and the
/// CAMEO → PLOVER mapping, loaded from the package's ontology resources.
///
/// ```swift
/// let ontology = try Ontology.bundled()
/// ontology["051"]?.plover   // "SUPPORT"?
/// ```
public struct Ontology: Sendable {
    public let codes: [String: CameoCode]

    public subscript(code: String) -> CameoCode? { codes[code] }

    /// An ontology of the given codes.
    public init(codes: [String: CameoCode]) {
        self.codes = codes
    }

    /// This ontology plus `extra` codes it lacks, each with its root's quad
    /// class and no Goldstein weight — for dictionaries coded in another
    /// scheme (PETRARCH's validation files use WEIS codes such as `1010`).
    public func including(_ extra: some Sequence<String>) -> Ontology {
        var all = codes
        for code in extra where all[code] == nil && !code.isEmpty && !code.allSatisfy({ $0 == "-" }) {
            let root = String(code.prefix(2))
            let known = all[root]
            all[code] = CameoCode(code: code, root: root, name: "(not in the CAMEO table)", quadClass: known?.quadClass ?? 0,
                                  goldstein: 0, plover: known?.plover, ploverMode: nil)
        }
        return Ontology(codes: all)
    }

    /// The tables shipped with dyad.
    public static func bundled() throws -> Ontology {
        guard let dir = Bundle.module.url(forResource: "Ontology", withExtension: nil) else {
            throw OntologyError(message: "dyad's bundled ontology tables are missing; reinstall dyad")
        }
        return try Ontology(folder: dir)
    }

    /// Reads `cameo_codes.tsv` and `cameo_plover.tsv` from a folder.
    public init(folder: URL) throws {
        let codesText = try Ontology.read(folder.appendingPathComponent("cameo_codes.tsv"))
        let ploverText = try Ontology.read(folder.appendingPathComponent("cameo_plover.tsv"))
        var plover: [String: (String, String?)] = [:]
        for (n, line) in ploverText.split(separator: "\n").enumerated() where n > 0 {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 2, !f[1].isEmpty else { continue }
            plover[f[0]] = (f[1], f.count > 2 && !f[2].isEmpty ? f[2] : nil)
        }
        var codes: [String: CameoCode] = [:]
        for (n, line) in codesText.split(separator: "\n").enumerated() where n > 0 {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5, let quad = Int(f[2]), let weight = Double(f[3]) else {
                throw OntologyError(message: "cameo_codes.tsv:\(n + 1): expected code, root, quad_class, goldstein, name")
            }
            let code = f[0]
            // PLOVER: the code's own row, else its parent's, else its root's;
            // root 02 (appeals) reads as REQUEST; root 01 has no PLOVER type.
            var mapped: (String, String?)? = nil
            var probe = code
            while mapped == nil && !probe.isEmpty {
                mapped = plover[probe]
                probe = String(probe.dropLast())
            }
            if mapped == nil && f[1] == "02" { mapped = ("REQUEST", nil) }
            codes[code] = CameoCode(code: code, root: f[1], name: f[4], quadClass: quad, goldstein: weight,
                                    plover: mapped?.0, ploverMode: mapped?.1)
        }
        self.codes = codes
    }

    private static func read(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path), let s = String(data: data, encoding: .utf8) else {
            throw OntologyError(message: "cannot read \(url.path)")
        }
        return s
    }
}

public struct OntologyError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
