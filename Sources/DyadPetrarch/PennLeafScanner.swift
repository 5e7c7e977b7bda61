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
        var out: [(word: Range<Int>, tag: Range<Int>)] = []
        out.reserveCapacity(bytes.count / 12)
        var stack: [Open] = []
        var i = 0
        let n = bytes.count
        func skipSpace() { while i < n, isSpace(bytes[i]) { i += 1 } }
        func atom() -> Range<Int> {
            let start = i
            while i < n, bytes[i] != open, bytes[i] != close, !isSpace(bytes[i]) { i += 1 }
            return start..<i
        }

        skipSpace()
        guard i < n, bytes[i] == open else { return nil }
        repeat {
            // At an opening bracket: a new node and its label.
            i += 1
            skipSpace()
            let label = atom()
            skipSpace()
            stack.append(Open(label: label))
            // The node's content, closing nodes until another one opens or the tree ends.
            while true {
                guard i < n else { return nil }
                let b = bytes[i]
                if b == open {
                    if stack[stack.count - 1].hasWord { return nil }
                    stack[stack.count - 1].hasChildren = true
                    break
                } else if b == close {
                    i += 1
                    let node = stack.removeLast()
                    if !node.hasWord && !node.hasChildren { return nil }
                    if stack.isEmpty {
                        skipSpace()
                        return i == n ? out : nil
                    }
                } else {
                    let top = stack[stack.count - 1]
                    if top.hasWord || top.hasChildren { return nil }
                    let word = atom()
                    stack[stack.count - 1].hasWord = true
                    out.append((word, top.label))
                }
                skipSpace()
            }
        } while true
    }
}
