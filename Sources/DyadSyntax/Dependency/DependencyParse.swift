/// A sentence's dependency tree: for each word its Penn tag, UD part of
/// speech, head and Universal Dependencies relation.
///
/// Words are numbered from 0 in sentence order (the tokens of the `Sentence`
/// that was parsed); the root's head is -1 and its relation `root`.
///
/// ```swift
/// let parse = try DependencyParser.bundled().parse(sentence)
/// // "The government and the rebels have agreed to talks"
/// parse.subjects(of: parse.root!)      // [1, 4]: government, rebels
/// parse.dependents(of: 6, "obl")       // [8]: talks
/// ```
public struct DependencyParse: Sendable, Hashable {
    public struct Word: Sendable, Hashable {
        public var form: String
        /// Penn Treebank tag, as in EWT's XPOS column ("NNP", "VBD", "HYPH").
        public var xpos: String
        /// Universal part of speech ("PROPN", "VERB", "AUX").
        public var upos: String
        /// Index of the head word, -1 for the root.
        public var head: Int
        /// Universal Dependencies relation, with subtype ("nsubj:pass").
        public var relation: String

        public init(form: String, xpos: String, upos: String, head: Int, relation: String) {
            self.form = form
            self.xpos = xpos
            self.upos = upos
            self.head = head
            self.relation = relation
        }

        /// The Penn tag as dyad's ``PennTag``. EWT's tags beyond the 1993
        /// Treebank set map to the nearest older one: `HYPH` and `NFP` → `:`,
        /// `ADD` (addresses) → `NN`, `AFX` → `JJ`; `GW` and `XX` give nil.
        public var pennTag: PennTag? {
            switch xpos {
            case "HYPH", "NFP": return .colon
            case "ADD": return .NN
            case "AFX": return .JJ
            default: return PennTag(string: xpos)
            }
        }
    }

    public var words: [Word]

    public init(words: [Word]) {
        self.words = words
    }

    public var count: Int { words.count }
    public subscript(i: Int) -> Word { words[i] }

    /// The word attached to the root (the first one, if a damaged tree has several).
    public var root: Int? { words.firstIndex { $0.head < 0 } }

    /// The dependents of word `i`, in sentence order.
    public func children(of i: Int) -> [Int] {
        words.indices.filter { words[$0].head == i }
    }

    /// The dependents of `i` whose relation is `relation` or one of its
    /// subtypes: `"nsubj"` matches `nsubj` and `nsubj:pass`, `"nsubj:pass"`
    /// only itself.
    public func dependents(of i: Int, _ relation: String) -> [Int] {
        children(of: i).filter { Self.relation(words[$0].relation, matches: relation) }
    }

    /// `word` and the words coordinated with it (`conj` chains): "Sudan and
    /// the rebels" gives both heads.
    public func conjuncts(of word: Int) -> [Int] {
        var out = [word]
        var i = 0
        while i < out.count {
            out.append(contentsOf: dependents(of: out[i], "conj"))
            i += 1
        }
        return out.sorted()
    }

    /// The subjects of a verb (`nsubj`, `nsubj:pass`, `csubj` and their
    /// conjuncts). A verb without its own subject that is coordinated with
    /// another (`conj`) takes the subject of the verb it hangs from; an open
    /// complement (`xcomp`) takes that verb's object when it has one ("urged
    /// Iran to release" → Iran), else its subject ("agreed to talk").
    public func subjects(of verb: Int) -> [Int] {
        var v = verb
        var seen: Set<Int> = []
        while seen.insert(v).inserted {
            let direct = dependents(of: v, "nsubj") + dependents(of: v, "csubj")
            if !direct.isEmpty { return direct.flatMap { conjuncts(of: $0) }.sorted() }
            let r = words[v].relation
            guard (r == "conj" || r == "xcomp"), words[v].head >= 0 else { return [] }
            v = words[v].head
            if r == "xcomp" {
                let controller = objects(of: v)
                if !controller.isEmpty { return controller }
            }
        }
        return []
    }

    /// The direct objects of a verb (`obj`, and their conjuncts).
    public func objects(of verb: Int) -> [Int] {
        dependents(of: verb, "obj").flatMap { conjuncts(of: $0) }.sorted()
    }

    /// The subtree headed by `i`, as sorted word indices (`i` included).
    public func subtree(of i: Int) -> [Int] {
        var out = [i]
        var k = 0
        while k < out.count {
            out.append(contentsOf: children(of: out[k]))
            k += 1
        }
        return out.sorted()
    }

    static func relation(_ r: String, matches wanted: String) -> Bool {
        r == wanted || (r.hasPrefix(wanted) && r.utf8.count > wanted.utf8.count
                        && r.utf8[r.utf8.index(r.utf8.startIndex, offsetBy: wanted.utf8.count)] == UInt8(ascii: ":"))
    }
}
