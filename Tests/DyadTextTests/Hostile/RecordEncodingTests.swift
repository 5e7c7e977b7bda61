import Foundation
import Testing
@testable import DyadText

/// Bytes that are not UTF-8: a bad record costs only itself, and the
/// encodings archives hold besides UTF-8 are read.
@Suite struct RecordEncodingTests {
    private func readBytes(_ bytes: [UInt8], name: String) -> [Result<Document, InputError>] {
        DocumentReader().documents(bytes: bytes, name: name)
    }

    private func jsonl(_ records: [[UInt8]]) -> [UInt8] {
        Array(records.joined(separator: [0x0A]))
    }

    private func record(_ id: String, _ text: [UInt8]) -> [UInt8] {
        Array(#"{"id": "\#(id)", "text": ""#.utf8) + text + Array(#""}"#.utf8)
    }

    @Test func invalidByteInOneJSONLRecordSkipsOnlyThatRecord() throws {
        let bytes = jsonl([record("a", Array("One.".utf8)), record("b", [0x54, 0xFF, 0x6F]), record("c", Array("Three.".utf8))])
        let results = readBytes(bytes, name: "n.jsonl")
        #expect(results.compactMap(\.value).map(\.id) == ["a", "c"])
        let error = try #require(results[1].failure)
        #expect(error.location == SourceLocation(file: "n.jsonl", line: 2))
        #expect(error.message.contains("not UTF-8 text (byte 0xFF"))
    }

    @Test func nulByteInOneJSONLRecordSkipsOnlyThatRecord() throws {
        let bytes = jsonl([record("a", Array("One.".utf8)), record("b", [0x54, 0x00, 0x6F]), record("c", Array("Three.".utf8))])
        let results = readBytes(bytes, name: "n.jsonl")
        #expect(results.compactMap(\.value).map(\.id) == ["a", "c"])
        #expect(try #require(results[1].failure).message.contains("byte 0x00"))
    }

    @Test func utf16LittleEndianWithBOMIsDecoded() throws {
        let text = "Envoys met in Zürich."
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let doc = try #require(readBytes(bytes, name: "a.txt").first?.value)
        #expect(doc.text == text)
    }

    @Test func utf16BigEndianJSONLIsDecoded() throws {
        let text = #"{"id": "a", "text": "Envoys met."}"#
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let doc = try #require(readBytes(bytes, name: "a.jsonl").first?.value)
        #expect(doc.text == "Envoys met.")
    }

    @Test func brokenUTF16IsRefusedNamingUTF16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]  // an unpaired high surrogate
        let error = try #require(readBytes(bytes, name: "a.txt").first?.failure)
        #expect(error.message.contains("UTF-16"))
    }

    @Test func htmlDeclaringLatin1IsDecoded() throws {
        let page = Array(#"<html><head><meta charset="iso-8859-1"><title>Caf"#.utf8) + [0xE9]
            + Array("</title></head><body><p>Envoys met at the caf".utf8) + [0xE9] + Array(" in Montr".utf8) + [0xE9]
            + Array("al on Monday.</p></body></html>".utf8)
        let doc = try #require(readBytes(page, name: "a.html").first?.value)
        #expect(doc.text.contains("café in Montréal"))
        #expect(doc.title == "Café")
    }

    @Test func htmlDeclaringWindows1252DecodesCurlyQuotes() throws {
        let page = Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>"#.utf8)
            + [0x93] + Array("We met,".utf8) + [0x94] + Array(" he said.</p></body></html>".utf8)
        let doc = try #require(readBytes(page, name: "a.html").first?.value)
        #expect(doc.text.contains("“We met,” he said."))
    }

    @Test func htmlWithUnknownCharsetAndBadBytesNamesTheCharset() throws {
        let page = Array(#"<html><head><meta charset="koi8-r"></head><body><p>"#.utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let error = try #require(readBytes(page, name: "a.html").first?.failure)
        #expect(error.message.contains("charset koi8-r"))
    }

    @Test func fifoIsNotARegularFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var results: [Result<Document, InputError>] = []
        DocumentReader().read(path: path) { results.append($0) }
        let error = try #require(results.first?.failure)
        #expect(error.message == "not a regular file (a FIFO)")
    }

    @Test func devZeroIsNotARegularFile() throws {
        var results: [Result<Document, InputError>] = []
        DocumentReader().read(path: "/dev/zero") { results.append($0) }
        #expect(try #require(results.first?.failure).message == "not a regular file (a character device)")
    }
}
