import Foundation
import Testing
import DyadText

@Suite struct DocumentReaderTests {
    @Test func jsonLinesRecordFillsEveryField() throws {
        let line = #"{"id": "d1", "text": "Envoys met.", "date": "2018-04-24", "title": "Envoys Meet", "outlet": "Example News", "url": "https://example.org/1", "author": "Jane Roe"}"#
        let doc = try #require(read(line, name: "news.jsonl").first?.value)
        #expect(doc.id == "d1")
        #expect(doc.text == "Envoys met.")
        #expect(doc.date == CalendarDate("2018-04-24"))
        #expect(doc.title == "Envoys Meet")
        #expect(doc.outlet == "Example News")
        #expect(doc.url == "https://example.org/1")
        #expect(doc.author == "Jane Roe")
        #expect(doc.origin == SourceLocation(file: "news.jsonl", line: 1))
    }

    @Test func jsonLinesNumericIdBecomesItsText() throws {
        let doc = try #require(read(#"{"id": 42, "text": "Envoys met."}"#, name: "n.jsonl").first?.value)
        #expect(doc.id == "42")
    }

    @Test func jsonLinesMissingIdIsFileAndLine() throws {
        let results = read("\n" + #"{"text": "Envoys met."}"#, name: "data/news.jsonl")
        #expect(try #require(results.first?.value).id == "news.jsonl:2")
    }

    @Test func jsonLinesAcceptsBodyAndContentAndOutletAlternatives() throws {
        let input = #"{"id": "a", "body": "One.", "publication": "Paper A"}"# + "\n"
            + #"{"id": "b", "content": "Two.", "source": "Paper B"}"#
        let docs = read(input, name: "n.jsonl").compactMap(\.value)
        #expect(docs.map(\.text) == ["One.", "Two."])
        #expect(docs.map(\.outlet) == ["Paper A", "Paper B"])
    }

    @Test func jsonLinesTimestampDates() throws {
        let input = #"{"text": "A.", "date": "2018-04-24T10:00:00Z"}"# + "\n" + #"{"text": "B.", "date": "1524564000"}"#
        let docs = read(input, name: "n.jsonl").compactMap(\.value)
        #expect(docs.map(\.date) == [CalendarDate("2018-04-24"), CalendarDate("2018-04-24")])
    }

    @Test func jsonLinesRecordWithoutDateTakesTheDefault() throws {
        let doc = try #require(read(#"{"text": "A."}"#, name: "n.jsonl", defaultDate: CalendarDate("2020-01-02")).first?.value)
        #expect(doc.date == CalendarDate("2020-01-02"))
    }

    @Test func malformedLineIsAnErrorAndReadingContinues() throws {
        let input = #"{"id": "a", "text": "One."}"# + "\n" + #"{"id": "b", "text": "Two."# + "\n\n" + #"{"id": "c", "text": "Three."}"#
        let results = read(input, name: "news.jsonl")
        #expect(results.count == 3)
        #expect(results[0].value?.id == "a")
        let error = try #require(results[1].failure)
        #expect(error.location == SourceLocation(file: "news.jsonl", line: 2))
        #expect(error.description.hasPrefix("news.jsonl:2: not valid JSON"))
        #expect(error.description.contains(" — "))
        #expect(results[2].value?.id == "c")
        #expect(results[2].value?.origin?.line == 4)
    }

    @Test func recordWithoutTextIsAnError() throws {
        let error = try #require(read(#"{"id": "a", "title": "T"}"#, name: "n.jsonl").first?.failure)
        #expect(error.message == "no \"text\" field")
        #expect(error.advice != nil)
    }

    @Test func recordWithAnImpossibleDateIsAnError() throws {
        let error = try #require(read(#"{"text": "A.", "date": "yesterday"}"#, name: "n.jsonl").first?.failure)
        #expect(error.message == "date \"yesterday\" is not a date")
    }

    @Test func nonObjectLineIsAnError() throws {
        let input = "{\"text\": \"A.\"}\n[1, 2]"
        let error = try #require(read(input, name: "n.jsonl").last?.failure)
        #expect(error.message == "expected a JSON object but found an array")
    }

    @Test func jsonEscapesAreDecoded() throws {
        let doc = try #require(read(#"{"text": "Kim\u2019s \"envoy\"\nleft. \ud83d\ude00"}"#, name: "n.jsonl").first?.value)
        #expect(doc.text == "Kim’s \"envoy\"\nleft. 😀")
    }

    @Test func plainTextIsOneDocumentNamedAfterTheFile() throws {
        let results = read("Envoy Honoured\n\nThe ministry honoured the envoy.", name: "dir/envoy-2018.txt",
                           defaultDate: CalendarDate("2018-04-24"))
        let doc = try #require(results.first?.value)
        #expect(results.count == 1)
        #expect(doc.id == "envoy-2018")
        #expect(doc.title == "Envoy Honoured")
        #expect(doc.date == CalendarDate("2018-04-24"))
        #expect(doc.origin == SourceLocation(file: "dir/envoy-2018.txt"))
    }

    @Test func byteOrderMarkIsStrippedAndCRLFNormalised() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nBody one.\r\nBody two.\r".utf8)
        let doc = try #require(DocumentReader().documents(bytes: bytes, name: "a.txt").first?.value)
        #expect(doc.text == "Title\n\nBody one.\nBody two.\n")
    }

    @Test func emptyFileIsAnError() throws {
        let error = try #require(read("  \n\n", name: "empty.txt").first?.failure)
        #expect(error.description == "empty.txt: empty file, nothing to code")
    }

    @Test func binaryFileIsAnErrorNamingTheByteAndLine() throws {
        let bytes: [UInt8] = Array("line one\nline two ".utf8) + [0x00, 0x01]
        let results = DocumentReader().documents(bytes: bytes, name: "img.bin")
        #expect(results.count == 1)
        #expect(results[0].failure?.description
            == "img.bin: not UTF-8 text (byte 0x00 at line 2) — convert it to UTF-8 or pass a text/JSON Lines/HTML file")
    }

    @Test func latin1FileIsNotUTF8() throws {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x0A]
        let error = try #require(DocumentReader().documents(bytes: bytes, name: "old.txt").first?.failure)
        #expect(error.message == "not UTF-8 text (byte 0xE9 at line 1)")
    }

    @Test func autoDetectsFormatFromContentAndExtension() {
        #expect(InputFormat.detect(Array("  \n{\"text\": \"A\"}".utf8), name: "x.txt") == .jsonl)
        #expect(InputFormat.detect([0xEF, 0xBB, 0xBF] + Array("<!doctype html>".utf8), name: "x") == .html)
        #expect(InputFormat.detect(Array("Hello".utf8), name: "page.HTM") == .html)
        #expect(InputFormat.detect(Array("Hello".utf8), name: "notes.txt") == .text)
    }

    @Test func explicitFormatOverridesDetection() throws {
        let doc = try #require(read(#"{"text": "A."}"#, name: "a.txt", format: .text).first?.value)
        #expect(doc.text == #"{"text": "A."}"#)
    }

    @Test func readsAFileFromDisk() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-text-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("corpus.jsonl")
        try Data((#"{"id": "a", "text": "One."}"# + "\n" + #"{"id": "b", "text": "Two."}"# + "\n").utf8).write(to: file)
        var ids: [String] = []
        DocumentReader().read(path: file.path) { ids.append((try? $0.get())?.id ?? "error") }
        #expect(ids == ["a", "b"])
    }

    @Test func missingFileIsAnError() throws {
        var errors: [InputError] = []
        DocumentReader().read(path: "/nonexistent/dyad/news.txt") { if case .failure(let e) = $0 { errors.append(e) } }
        #expect(errors.map(\.description) == ["/nonexistent/dyad/news.txt: no such file — check the path"])
    }

    @Test func callbackMayStopReadingByThrowing() {
        struct Stop: Error {}
        let input = Array((#"{"text": "A."}"# + "\n" + #"{"text": "B."}"#).utf8)
        var seen = 0
        #expect(throws: Stop.self) {
            try DocumentReader().read(bytes: input, name: "n.jsonl") { _ in seen += 1; throw Stop() }
        }
        #expect(seen == 1)
    }
}
