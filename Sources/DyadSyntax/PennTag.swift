/// A Penn Treebank part-of-speech tag, as one byte.
///
/// The tagger, the clause finder and the coder pass tags around as this enum
/// rather than as strings, so comparisons in hot loops are integer compares.
/// ``init(string:)`` and ``string`` convert to and from the Treebank spelling
/// (`"NNP"`, `"PRP$"`, `","`, `"-LRB-"`).
public enum PennTag: UInt8, Sendable, CaseIterable, Codable {
    case NN, NNS, NNP, NNPS
    case VB, VBD, VBG, VBN, VBP, VBZ, MD
    case JJ, JJR, JJS
    case RB, RBR, RBS, RP
    case IN, TO, DT, PDT, CC, CD, EX, FW, LS, POS, SYM, UH
    case PRP, PRPS, WDT, WP, WPS, WRB
    case comma, period, colon, openQuote, closeQuote, openParen, closeParen, dollar, hash

    /// The Treebank spelling of the tag.
    public var string: String {
        switch self {
        case .PRPS: return "PRP$"
        case .WPS: return "WP$"
        case .comma: return ","
        case .period: return "."
        case .colon: return ":"
        case .openQuote: return "``"
        case .closeQuote: return "''"
        case .openParen: return "-LRB-"
        case .closeParen: return "-RRB-"
        case .dollar: return "$"
        case .hash: return "#"
        default: return String(describing: self)
        }
    }

    /// Reads a Treebank tag; also accepts `(`, `)`, `"` and the variants found in
    /// common corpora. Returns nil for an unknown tag.
    public init?(string: String) {
        if let t = PennTag.byString[string] { self = t } else { return nil }
    }

    private static let byString: [String: PennTag] = {
        var m: [String: PennTag] = [:]
        for t in PennTag.allCases { m[t.string] = t }
        m["("] = .openParen; m[")"] = .closeParen
        m["-LCB-"] = .openParen; m["-RCB-"] = .closeParen
        m["\""] = .closeQuote; m["``"] = .openQuote; m["''"] = .closeQuote
        m["NP"] = .NNP; m["NPS"] = .NNPS  // Brill lexicon spellings
        return m
    }()

    public var isNoun: Bool { self == .NN || self == .NNS || self == .NNP || self == .NNPS }
    public var isProperNoun: Bool { self == .NNP || self == .NNPS }
    public var isVerb: Bool { rawValue >= PennTag.VB.rawValue && rawValue <= PennTag.VBZ.rawValue }
    public var isAdjective: Bool { self == .JJ || self == .JJR || self == .JJS }
    public var isAdverb: Bool { self == .RB || self == .RBR || self == .RBS }
    public var isPunctuation: Bool { rawValue >= PennTag.comma.rawValue }
}
