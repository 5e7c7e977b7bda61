/// A Penn Treebank bracketed parse, such as
/// `(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))`.
///
/// A node has a label and either children or, for a part-of-speech node, a
/// word: `(NNP Arnor)` is a node labelled `NNP` with word `Arnor`. The outer
/// node may have no label, as in `( (S …))`.
///
/// ```swift
/// let tree = try PennTree.parse("(S (NP (PRP We)) (VP (VBD met)) (. .))")
/// tree.leaves()   // [("We", "PRP"), ("met", "VBD"), (".", ".")]
/// ```
public struct PennTree: Sendable, Hashable {
    public var label: String
    public var children: [PennTree]
    /// The word of a part-of-speech node; nil for a phrase.
    public var word: String?

    public init(label: String, children: [PennTree] = [], word: String? = nil) {
        self.label = label
        self.children = children
        self.word = word
    }

    /// True for a part-of-speech node, which holds a word.
    public var isLeaf: Bool { word != nil }

    /// The words with their part-of-speech labels, left to right.
    public func leaves() -> [(word: String, tag: String)] {
        var out: [(word: String, tag: String)] = []
        collectLeaves(into: &out)
        return out
    }

    private func collectLeaves(into out: inout [(word: String, tag: String)]) {
        if let word { out.append((word, label)); return }
        for c in children { c.collectLeaves(into: &out) }
    }

    /// The deepest nesting ``parse(_:)`` reads. Real parses nest a few dozen
    /// levels; a deeper tree is damaged or hostile, and reading it would
    /// exhaust the stack (the reader, hashing and freeing a tree all recurse).
    public static let maximumDepth = 1000

    /// Reads one bracketed tree; whitespace (line breaks included) may appear
    /// anywhere between tokens. Throws ``PennTreeError`` for a malformed tree
    /// or one nesting deeper than ``maximumDepth``, with the 1-based character
    /// position of the problem.
    public static func parse(_ text: String) throws(PennTreeError) -> PennTree {
        var reader = Reader(text: text)
        reader.skipSpace()
        guard !reader.atEnd else { throw PennTreeError(text: text, byteOffset: reader.position, problem: .empty) }
        let tree = try reader.node(depth: 1)
        reader.skipSpace()
        if !reader.atEnd {
            let problem: PennTreeError.Problem = reader.peek == Reader.close ? .unmatchedClose : .trailingText
            throw PennTreeError(text: text, byteOffset: reader.position, problem: problem)
        }
        return tree
    }

    private struct Reader {
        static let open = UInt8(ascii: "(")
        static let close = UInt8(ascii: ")")
        let text: String
        let bytes: [UInt8]
        var position = 0

        init(text: String) {
            self.text = text
            self.bytes = Array(text.utf8)
        }

        var atEnd: Bool { position >= bytes.count }
        var peek: UInt8 { bytes[position] }

        mutating func skipSpace() {
            while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        }

        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

        /// A run of characters up to whitespace or a bracket.
        mutating func atom() -> String? {
            let start = position
            while position < bytes.count {
                let b = bytes[position]
                if b == Self.open || b == Self.close || Self.isSpace(b) { break }
                position += 1
            }
            return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
        }

        func error(_ problem: PennTreeError.Problem, at offset: Int) -> PennTreeError {
            PennTreeError(text: text, byteOffset: offset, problem: problem)
        }

        /// `( label? (word | node+) )`, starting at an opening bracket.
        mutating func node(depth: Int) throws(PennTreeError) -> PennTree {
            let openedAt = position
            guard !atEnd, peek == Self.open else {
                throw error(atEnd ? .unclosedOpen : (peek == Self.close ? .unmatchedClose : .expectedOpen), at: position)
            }
            guard depth <= PennTree.maximumDepth else { throw error(.tooDeep, at: position) }
            position += 1
            skipSpace()
            let label = atom() ?? ""
            skipSpace()
            var children: [PennTree] = []
            var word: String?
            while true {
                guard !atEnd else { throw error(.unclosedOpen, at: openedAt) }
                let b = peek
                if b == Self.close {
                    position += 1
                    break
                } else if b == Self.open {
                    if word != nil { throw error(.wordBesideNodes, at: position) }
                    children.append(try node(depth: depth + 1))
                } else {
                    let at = position
                    let w = atom()!
                    if word != nil || !children.isEmpty { throw error(.wordBesideNodes, at: at) }
                    word = w
                }
                skipSpace()
            }
            if word == nil && children.isEmpty { throw error(.emptyNode, at: openedAt) }
            return PennTree(label: label, children: children, word: word)
        }
    }
}

/// Why a bracketed parse could not be read, and where.
public struct PennTreeError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// The text holds no tree.
        case empty
        /// A `(` that is never closed.
        case unclosedOpen
        /// A `)` that closes nothing.
        case unmatchedClose
        /// Text where a `(` was expected.
        case expectedOpen
        /// Text after the tree's closing bracket.
        case trailingText
        /// `()` or `(NP )`: a node with neither word nor children.
        case emptyNode
        /// A node with both a word and child nodes, or two words.
        case wordBesideNodes
        /// Nodes nested deeper than ``PennTree/maximumDepth``.
        case tooDeep
    }

    public var problem: Problem
    /// 1-based position (in characters) of the offending bracket or text.
    public var character: Int

    public init(problem: Problem, character: Int) {
        self.problem = problem
        self.character = character
    }

    init(text: String, byteOffset: Int, problem: Problem) {
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: min(byteOffset, utf8.count))
        let scalarIndex = index.samePosition(in: text.unicodeScalars) ?? index
        self.init(problem: problem, character: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: scalarIndex) + 1)
    }

    public var description: String {
        switch problem {
        case .empty: return "Penn tree: no tree in the text"
        case .unclosedOpen: return "Penn tree: unbalanced brackets: '(' at character \(character) is never closed"
        case .unmatchedClose: return "Penn tree: unbalanced brackets: ')' at character \(character) closes nothing"
        case .expectedOpen: return "Penn tree: expected '(' at character \(character)"
        case .trailingText: return "Penn tree: text after the end of the tree at character \(character)"
        case .emptyNode: return "Penn tree: empty node at character \(character)"
        case .wordBesideNodes: return "Penn tree: a word beside other words or nodes at character \(character)"
        case .tooDeep: return "Penn tree: nested deeper than \(PennTree.maximumDepth) levels at character \(character)"
        }
    }
}
