import DyadSyntax

/// Reads the leaves — (word, tag) pairs — of a bracketed Penn Treebank
/// parse straight from its bytes, without building a ``PennTree``: what
/// coding from a given parse needs, at a fraction of the cost.
///
/// It follows exactly the grammar of ``PennTree/parse(_:)`` and gives up
/// (nil) on anything that would make it throw, so callers fall back to the
/// tree reader for its error message:
///
/// ```swift
/// PennLeafScanner.leaves(of: "(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))")
/// // [("Arnor", "NNP"), ("left", "VBD")]
/// ```
enum PennLeafScanner {
    static func leaves(of text: String) -> [(word: String, tag: String)]? {
        var text = text
        return text.withUTF8 { bytes in
            scan(bytes).map { $0.map { (string(bytes, $0.word), string(bytes, $0.tag)) } }
        }
    }

    /// The leaves as byte ranges of `bytes`: (word, tag).
    static func leafRanges(of bytes: UnsafeBufferPointer<UInt8>) -> [(word: Range<Int>, tag: Range<Int>)]? {
        scan(bytes)
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    private static let open = UInt8(ascii: "("), close = UInt8(ascii: ")")

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// One open node: its label's bytes, and whether it holds a word or children yet.
    private struct Open {
        var label: Range<Int>
        var hasWord = false
        var hasChildren = false
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [(word: Range<Int>, tag: Range<Int>)]? {
        // A node takes two bytes at least, its brackets: a tree nesting deeper
        // than n / 2 is malformed. Most trees nest far less than `onStack`
        // deep, and their open nodes fit in a small buffer on the stack.
        let onStack = 40, most = bytes.count / 2 + 1
        let first = withUnsafeTemporaryAllocation(of: Open.self, capacity: min(onStack, most)) { scan(bytes, stack: $0) }
        switch first {
        case .leaves(let leaves): return leaves
        case .malformed: return nil
        case .tooDeep:
            let second = withUnsafeTemporaryAllocation(of: Open.self, capacity: most) { scan(bytes, stack: $0) }
            if case .leaves(let leaves) = second { return leaves }
            return nil
        }
    }

    /// What scanning with a stack of open nodes of a given size found.
    private enum Scan {
        case leaves([(word: Range<Int>, tag: Range<Int>)])
        case malformed
        /// The tree nests deeper than the stack holds.
        case tooDeep
    }

    /// The leaves, with `stack` for the nodes open at once.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, stack: UnsafeMutableBufferPointer<Open>) -> Scan {
        let n = bytes.count
        guard let p = bytes.baseAddress, n > 0 else { return .malformed }
        var depth = 0
        var out: [(word: Range<Int>, tag: Range<Int>)] = []
        out.reserveCapacity(n / 12)
        var i = 0
        // Every delimiter (spaces, brackets) is at most `)`: a byte above it
        // is part of an atom, one comparison.
        @inline(__always) func isDelimiter(_ b: UInt8) -> Bool { b <= close && (b == open || b == close || isSpace(b)) }
        @inline(__always) func skipSpace() { while i < n, isSpace(p[i]) { i += 1 } }
        @inline(__always) func atom() -> Range<Int> {
            let start = i
            while i < n, !isDelimiter(p[i]) { i += 1 }
            return start..<i
        }

        skipSpace()
        guard i < n, p[i] == open else { return .malformed }
        repeat {
            // At an opening bracket: a new node and its label.
            i += 1
            skipSpace()
            let label = atom()
            skipSpace()
            guard depth < stack.count else { return .tooDeep }
            stack[depth] = Open(label: label)
            depth += 1
            // The node's content, closing nodes until another one opens or the tree ends.
            while true {
                guard i < n else { return .malformed }
                let b = p[i]
                if b == open {
                    if stack[depth - 1].hasWord { return .malformed }
                    stack[depth - 1].hasChildren = true
                    break
                } else if b == close {
                    i += 1
                    depth -= 1
                    if !stack[depth].hasWord && !stack[depth].hasChildren { return .malformed }
                    if depth == 0 {
                        skipSpace()
                        return i == n ? .leaves(out) : .malformed
                    }
                } else {
                    if stack[depth - 1].hasWord || stack[depth - 1].hasChildren { return .malformed }
                    let word = atom()
                    stack[depth - 1].hasWord = true
                    out.append((word, stack[depth - 1].label))
                }
                skipSpace()
            }
        } while true
    }
}
