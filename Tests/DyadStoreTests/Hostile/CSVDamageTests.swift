import DyadStore
import DyadText
import Testing

/// Damaged CSV records: each costs itself, named by its line, and the records
/// after it are read.
@Suite struct CSVDamageTests {
    func read(_ bytes: [UInt8]) throws -> [Result<Document, InputError>] {
        var out: [Result<Document, InputError>] = []
        try CSVDocumentReader().read(bytes: bytes, name: "news.csv") { out.append($0) }
        return out
    }

    func ids(_ results: [Result<Document, InputError>]) -> [String] {
        results.compactMap { try? $0.get().id }
    }

    func errors(_ results: [Result<Document, InputError>]) -> [InputError] {
        results.compactMap { if case .failure(let e) = $0 { return e } else { return nil } }
    }

    @Test func unterminatedQuoteIsReportedAtItsLineAndLaterRecordsSurvive() throws {
        let r = try read(Array("id,content\n1,Fine.\n2,\"Never closed.\n3,Third.\n4,Fourth.\n".utf8))
        #expect(ids(r) == ["1", "3", "4"])
        let e = try #require(errors(r).first)
        #expect(e.location == SourceLocation(file: "news.csv", line: 3))
        #expect(e.message.contains("opened on line 3 is not closed"))
    }

    @Test func quoteClosedBeforeMoreTextIsReportedAndSkipped() throws {
        let r = try read(Array("id,content\n1,\"Opened here.\n2,Second \"quoted\" word.\n3,Third.\n".utf8))
        #expect(ids(r) == ["2", "3"])
        #expect(errors(r).map(\.location.line) == [2])
    }

    @Test func invalidUTF8RecordIsAnErrorNotReplaced() throws {
        let bytes = Array("id,content\n1,Fine.\n2,Caf".utf8) + [0xE9] + Array(" closed.\n3,Third.\n".utf8)
        let r = try read(bytes)
        #expect(ids(r) == ["1", "3"])
        let e = try #require(errors(r).first)
        #expect(e.location.line == 3)
        #expect(e.message.contains("not UTF-8 text (byte 0xE9"))
    }

    @Test func nulByteRecordIsAnError() throws {
        let r = try read(Array("id,content\n1,A\u{0}B.\n2,Second.\n".utf8))
        #expect(ids(r) == ["2"])
        #expect(errors(r).first?.message.contains("byte 0x00") == true)
    }

    @Test func numericDateFarInTheFutureIsARecordError() throws {
        let r = try read(Array("id,date,content\n1,9999-01-01,Far.\n2,2019-01-01,Near.\n".utf8))
        #expect(ids(r) == ["2"])
        #expect(errors(r).first?.message.contains("outside 1800…2200") == true)
    }

    @Test func utf16WithBOMIsTranscoded() throws {
        let csv = "id,content\n1,Caf\u{E9} talks.\n"
        let r = try read([0xFF, 0xFE] + csv.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(r.compactMap { try? $0.get().text } == ["Café talks."])
    }
}
