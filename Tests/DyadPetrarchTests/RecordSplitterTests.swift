import DyadText
import Foundation
import Testing
@testable import DyadPetrarch

@Suite struct RecordSplitterTests {
    static let xml = """
    <Sentences>
    <!-- <Sentence id="COMMENTED"> spans
    several lines -->
    <Sentence id="R-1" date="19950105"><Text>
    Rohan thanked
       Bree.</Text>
    <Parse>(ROOT (S (NP (NNP Rohan)) (VP (VBD thanked) (NP (NNP Bree))) (. .)))</Parse></Sentence>
    <Sentences2><Sentence id="R-2"><!-- inside --><Text>Gondor &amp; Rohan met.</Text></Sentence>
    <Sentence id="NO-TEXT"></Sentence>
    <Sentence id="R-3"><Text>Bree waited.</Text></Sentence>
    <Sentence id="OPEN"><Text>never closed
    """

    /// Every record and problem of `path`, read with chunks of `chunkSize` bytes.
    static func split(_ path: String, chunkSize: Int) throws -> (ids: [String], lines: [Int], problems: [String]) {
        var splitter = try PetrarchRecordSplitter(path: path, chunkSize: chunkSize)
        var ids: [String] = [], lines: [Int] = [], problems: [String] = []
        while let item = try splitter.next() {
            switch item {
            case .problem(let p): problems.append(p)
            case .record(let raw):
                switch raw.read() {
                case .success(let r): ids.append(r.id); lines.append(r.line)
                case .failure(let p): problems.append(p.description)
                }
            }
        }
        return (ids, lines, problems)
    }

    @Test func anyChunkSizeGivesWhatTheWholeFileReaderGives() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID()).xml")
        try Self.xml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = PetrarchXMLReader.read(Self.xml)
        #expect(whole.records.map(\.id) == ["R-1", "R-2", "R-3"])
        #expect(whole.records[1].text == "Gondor & Rohan met.")
        for size in [1, 2, 3, 5, 8, 13, 64, 1 << 20] {
            let got = try Self.split(url.path, chunkSize: size)
            #expect(got.ids == whole.records.map(\.id), "chunk size \(size)")
            #expect(got.lines == whole.records.map(\.line), "chunk size \(size)")
            #expect(got.problems.sorted() == whole.problems.sorted(), "chunk size \(size)")
        }
    }

    @Test func commentsAreRemovedAcrossChunksKeepingLineBreaks() {
        let text = Array("a<!-- x\ny -->b<!-\n-c<!-- never".utf8)
        var whole = CommentStripper()
        let expected = whole.feed(text, isLast: true)
        #expect(String(decoding: expected, as: UTF8.self) == "a\nb<!-\n-c")
        for size in 1...6 {
            var stripper = CommentStripper()
            var out: [UInt8] = []
            for start in stride(from: 0, to: text.count, by: size) {
                out += stripper.feed(Array(text[start..<min(text.count, start + size)]), isLast: false)
            }
            out += stripper.feed([], isLast: true)
            #expect(out == expected, "chunk size \(size)")
        }
    }

    @Test func linesJoinLikeCharacterSplitting() {
        for text in ["\n  Arnor attacked\r\n Gondor.  \n", "a\u{0B}b", "one\u{2028}two", "x\t\n\n y", ""] {
            let slow = text.split(whereSeparator: \.isNewline).map { String($0).trimmingASCIIWhitespace() }
                .filter { !$0.isEmpty }.joined(separator: " ")
            #expect(RawPetrarchRecord.joiningLines(text) == slow)
        }
    }

    @Test func anUnreadableFileOrAFolderIsAnErrorNamingIt() {
        #expect(throws: PetrarchRecordSplitter.ReadError.self) {
            _ = try PetrarchRecordSplitter(path: "/nonexistent/records.xml")
        }
        let folder = FileManager.default.temporaryDirectory.path
        do {
            _ = try PetrarchRecordSplitter(path: folder)
            Issue.record("a folder was read")
        } catch {
            #expect(error.description.hasPrefix(folder))
        }
    }
}
