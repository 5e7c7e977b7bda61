import Foundation

/// Cuts PETRARCH XML into ``RawPetrarchRecord``s as it reads, holding about
/// one chunk of the file in memory however large the file is.
///
/// It finds records exactly as ``PetrarchXMLReader/read(_:)`` does:
/// comments (`<!-- … -->`) are dropped first, keeping their line breaks, a
/// `<Sentence` must be followed by a space, tab, line break or `>`, and a
/// record that is never closed ends the file with a problem.
///
/// ```swift
/// var splitter = try PetrarchRecordSplitter(path: "records.xml")
/// while let item = try splitter.next() {
///     switch item {
///     case .record(let raw): print(raw.line, try raw.read().get().id)
///     case .problem(let p): print("records.xml:\(p)")   // "12: <Sentence> is never closed"
///     }
/// }
/// ```
public struct PetrarchRecordSplitter {
    /// What the splitter found next: a record, or a problem (`line: what`).
    public enum Item: Sendable {
        case record(RawPetrarchRecord)
        case problem(String)
    }

    /// Reading the file failed.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    private var source: (() throws -> [UInt8]?)?
    /// The file read, for messages.
    private var path = "input"
    private var stripper = CommentStripper()
    private var buffer: [UInt8]
    private var position = 0
    private var line = 1
    private var lineCountedTo = 0
    private var atEnd: Bool
    private var done = false

    private static let sentenceOpen = Array("<Sentence".utf8), sentenceClose = Array("</Sentence>".utf8)

    /// A splitter over bytes whose comments are already removed (see
    /// ``PetrarchXMLReader/removingComments(_:)``).
    init(uncommented bytes: [UInt8]) {
        buffer = bytes
        atEnd = true
    }

    /// A splitter reading the file at `path` in chunks of `chunkSize` bytes.
    public init(path: String, chunkSize: Int = 1 << 20) throws(ReadError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReadError(description: "\(path): is a directory, not a PETRARCH XML file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(description: "\(path): cannot read the file")
        }
        buffer = []
        atEnd = false
        self.path = path
        source = {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                try? handle.close()
                return nil
            }
            return [UInt8](data)
        }
    }

    /// The next record or problem, nil at the end of the file.
    public mutating func next() throws(ReadError) -> Item? {
        while !done {
            guard let open = find(Self.sentenceOpen, in: buffer, from: position) else {
                if atEnd { break }
                // Keep the tail that could start a `<Sentence` split by the chunk boundary.
                position = max(position, buffer.count - Self.sentenceOpen.count)
                try fill()
                continue
            }
            let after = open + Self.sentenceOpen.count
            guard after < buffer.count else {
                if atEnd { position = after; continue }
                try fill()
                continue
            }
            let b = buffer[after]
            guard b == 0x20 || b == 0x3E || b == 0x0A || b == 0x09 else {
                position = after
                continue
            }
            guard let tagEnd = find([0x3E], in: buffer, from: after) else {
                if atEnd { break }
                position = open
                try fill()
                continue
            }
            guard let close = find(Self.sentenceClose, in: buffer, from: tagEnd) else {
                if atEnd {
                    countLines(to: open)
                    done = true
                    return .problem("\(line): <Sentence> is never closed")
                }
                position = open
                try fill()
                continue
            }
            countLines(to: open)
            position = close + Self.sentenceClose.count
            return .record(RawPetrarchRecord(bytes: Array(buffer[after..<close]), tagEnd: tagEnd - after, line: line))
        }
        done = true
        return nil
    }

    private mutating func countLines(to end: Int) {
        var k = lineCountedTo
        while k < end {
            if buffer[k] == 0x0A { line += 1 }
            k += 1
        }
        lineCountedTo = max(lineCountedTo, end)
    }

    /// Appends the next chunk (comments removed), first dropping what has been scanned.
    private mutating func fill() throws(ReadError) {
        if position > (1 << 16), position * 2 > buffer.count {
            countLines(to: position)
            buffer.removeFirst(position)
            lineCountedTo -= position
            position = 0
        }
        let chunk: [UInt8]?
        do { chunk = try source?() } catch { throw ReadError(description: "\(path): cannot read: \(error.localizedDescription)") }
        if let chunk {
            buffer += stripper.feed(chunk, isLast: false)
        } else {
            buffer += stripper.feed([], isLast: true)
            atEnd = true
        }
    }
}

/// Removes `<!-- … -->` comments from bytes that arrive in chunks, keeping
/// the comments' line breaks so that line numbers stay right; the same
/// result as ``PetrarchXMLReader/removingComments(_:)`` on the whole text.
struct CommentStripper {
    private var inComment = false
    private var carry: [UInt8] = []
    private static let open = Array("<!--".utf8), close = Array("-->".utf8)

    /// The uncommented bytes of `chunk` that are certain; a few bytes that
    /// may begin `<!--` or `-->` wait for the next chunk unless `isLast`.
    mutating func feed(_ chunk: [UInt8], isLast: Bool) -> [UInt8] {
        let data = carry.isEmpty ? chunk : carry + chunk
        carry = []
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var i = 0
        while i < data.count {
            if !inComment {
                if let o = find(Self.open, in: data, from: i) {
                    out += data[i..<o]
                    i = o + Self.open.count
                    inComment = true
                    continue
                }
                let safe = isLast ? data.count : max(i, data.count - (Self.open.count - 1))
                out += data[i..<safe]
                carry = Array(data[safe...])
                i = data.count
            } else {
                if let c = find(Self.close, in: data, from: i) {
                    out += data[i..<c].lazy.filter { $0 == 0x0A }
                    i = c + Self.close.count
                    inComment = false
                    continue
                }
                // A comment never closed drops the rest of the file.
                let safe = isLast ? data.count : max(i, data.count - (Self.close.count - 1))
                if !isLast { out += data[i..<safe].lazy.filter { $0 == 0x0A } }
                carry = Array(data[safe...])
                i = data.count
            }
        }
        return out
    }
}
