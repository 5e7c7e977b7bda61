/// The kind of file a ``DocumentReader`` reads.
///
/// ``auto`` looks at the content: JSON Lines when the first non-blank
/// character is `{`, HTML when it is `<` or the file name ends in `.html` /
/// `.htm`, plain text otherwise. Name a format to skip the guess.
///
/// ```swift
/// InputFormat(rawValue: "jsonl")                                   // .jsonl
/// InputFormat.detect(Array("{\"text\": \"…\"}".utf8), name: "x")   // .jsonl
/// ```
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case auto, text, jsonl, html

    /// The concrete format of `bytes` read from `name` (``auto`` is never returned).
    public static func detect(_ bytes: [UInt8], name: String) -> InputFormat {
        bytes.withUnsafeBufferPointer { detect($0, name: name) }
    }

    /// The concrete format of `bytes` read from `name` (``auto`` is never returned).
    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> InputFormat {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, String.isSpace(bytes[i]) { i += 1 }
        if i < bytes.count {
            if bytes[i] == UInt8(ascii: "{") { return .jsonl }
            if bytes[i] == UInt8(ascii: "<") { return .html }
        }
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        return .text
    }
}
