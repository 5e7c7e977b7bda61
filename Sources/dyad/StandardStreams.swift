import Foundation

/// Line-oriented writing to stderr, for errors and progress. Messages quote
/// ids, file names and values from the input, so control characters in them
/// are shown escaped (see ``TerminalText``).
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
    }

    /// True when stderr is a terminal (progress is shown only then).
    static var isTerminal: Bool { isatty(2) != 0 }
}

/// Buffered stdout: events are many and small, so write them in large chunks.
final class OutputBuffer {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    init() { buffer.reserveCapacity(limit) }

    func writeLine(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        buffer.append(0x0A)
        if buffer.count >= limit { flush() }
    }

    /// Writes bytes that already end in line breaks.
    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { p in
            var offset = 0
            while offset < p.count {
                let n = Foundation.write(1, p.baseAddress! + offset, p.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Counts and plurals for summaries: `1 article`, `2 articles`.
func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
}
