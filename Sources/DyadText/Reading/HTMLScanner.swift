/// A small, forgiving HTML scanner: tags and text, in document order.
///
/// It is not a full HTML parser — there is no tree and no error recovery
/// beyond skipping what it cannot read — but it handles what article
/// extraction needs: comments, doctype, quoted and unquoted attributes,
/// self-closing tags, and the raw content of `<script>`, `<style>`,
/// `<title>` and `<textarea>`, which may contain `<` freely.
struct HTMLScanner {
    enum Event {
        /// Text between tags, as raw bytes (references not yet decoded).
        case text(Range<Int>)
        /// A start tag; names are lowercased, attribute values decoded.
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
    }

    /// Elements whose content is raw text up to their end tag.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp", "plaintext"]

    let b: UnsafeBufferPointer<UInt8>

    func scan(_ visit: (Event) -> Void) {
        let n = b.count
        var i = 0
        var textStart = 0
        func flushText(_ upTo: Int) {
            if upTo > textStart { visit(.text(textStart..<upTo)) }
        }
        while i < n {
            guard b[i] == 0x3C else { i += 1; continue }  // <
            let next = i + 1 < n ? b[i + 1] : 0
            if next == 0x21 {  // <!
                flushText(i)
                if has("<!--", at: i) {
                    i = find("-->", from: i + 4).map { $0 + 3 } ?? n
                } else {
                    i = find(">", from: i).map { $0 + 1 } ?? n
                }
                textStart = i
            } else if next == 0x3F {  // <?
                flushText(i)
                i = find(">", from: i).map { $0 + 1 } ?? n
                textStart = i
            } else if next == 0x2F, i + 2 < n, HTMLScanner.isLetter(b[i + 2]) {  // </name
                flushText(i)
                let (name, after) = tagName(from: i + 2)
                i = find(">", from: after).map { $0 + 1 } ?? n
                textStart = i
                visit(.end(name: name))
            } else if HTMLScanner.isLetter(next) {
                flushText(i)
                let (name, after) = tagName(from: i + 1)
                let (attributes, selfClosing, tagEnd) = readAttributes(from: after)
                i = tagEnd
                textStart = i
                visit(.start(name: name, attributes: attributes, selfClosing: selfClosing))
                if !selfClosing, HTMLScanner.rawTextElements.contains(name) {
                    // Raw text runs to the matching end tag.
                    let close = findEndTag(name, from: i) ?? n
                    if close > i { visit(.text(i..<close)) }
                    i = find(">", from: close).map { $0 + 1 } ?? n
                    textStart = i
                    visit(.end(name: name))
                }
            } else {
                i += 1  // a lone "<" is text
            }
        }
        flushText(n)
    }

    // MARK: Pieces

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    func has(_ s: StaticString, at i: Int) -> Bool {
        let k = s.utf8CodeUnitCount
        guard i + k <= b.count else { return false }
        for j in 0..<k where b[i + j] | 0x20 != s.utf8Start[j] | 0x20 { return false }
        return true
    }

    func find(_ s: StaticString, from start: Int) -> Int? {
        let first = s.utf8Start[0]
        var i = start
        while i < b.count {
            if b[i] == first, has(s, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The start of `</name` (any case) at or after `start`.
    func findEndTag(_ name: String, from start: Int) -> Int? {
        let target = Array(name.utf8)
        var i = start
        while i + 1 < b.count {
            if b[i] == 0x3C, b[i + 1] == 0x2F, i + 2 + target.count <= b.count {
                var match = true
                for (k, c) in target.enumerated() where b[i + 2 + k] | 0x20 != c { match = false; break }
                if match {
                    let after = i + 2 + target.count
                    if after >= b.count || !HTMLScanner.isLetter(b[after]) { return i }
                }
            }
            i += 1
        }
        return nil
    }

    /// A lowercased tag or attribute name starting at `start`.
    func tagName(from start: Int) -> (String, Int) {
        var i = start
        var bytes: [UInt8] = []
        while i < b.count {
            let c = b[i]
            if String.isSpace(c) || c == 0x2F || c == 0x3E || c == 0x3D { break }
            bytes.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            i += 1
        }
        return (String(decoding: bytes, as: UTF8.self), i)
    }

    /// Attributes up to the end of the tag: (attributes, self-closing, position after `>`).
    func readAttributes(from start: Int) -> ([String: String], Bool, Int) {
        var attributes: [String: String] = [:]
        var i = start
        var selfClosing = false
        while i < b.count {
            let c = b[i]
            if String.isSpace(c) { i += 1; continue }
            if c == 0x3E { return (attributes, selfClosing, i + 1) }  // >
            if c == 0x2F { selfClosing = true; i += 1; continue }      // /
            selfClosing = false
            let (name, afterName) = tagName(from: i)
            i = afterName
            if name.isEmpty { i += 1; continue }
            var j = i
            while j < b.count, String.isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == 0x3D else {  // no value
                if attributes[name] == nil { attributes[name] = "" }
                continue
            }
            j += 1
            while j < b.count, String.isSpace(b[j]) { j += 1 }
            guard j < b.count else { break }
            let valueStart: Int, valueEnd: Int
            if b[j] == 0x22 || b[j] == 0x27 {
                let quote = b[j]
                var k = j + 1
                while k < b.count, b[k] != quote { k += 1 }
                valueStart = j + 1
                valueEnd = k
                i = min(k + 1, b.count)
            } else {
                var k = j
                while k < b.count, !String.isSpace(b[k]), b[k] != 0x3E { k += 1 }
                valueStart = j
                valueEnd = k
                i = k
            }
            if attributes[name] == nil { attributes[name] = HTMLEntities.decode(b, valueStart..<valueEnd) }
        }
        return (attributes, selfClosing, b.count)
    }
}
