import DyadLexicon
import Foundation
import Testing

/// Dictionary folders and files that load to less than they seem: each is reported.
@Suite struct DictionaryDamageTests {
    /// A new folder holding `files` (name → bytes).
    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    func errors(_ set: DictionarySet) -> [String] {
        set.issues.filter { $0.severity == .error }.map(\.message)
    }

    @Test func verbCodeWithoutPatternsIsAnError() throws {
        let set = try DictionarySet.load(folders: [folder(["x.verbs.txt": Array("051:\n052: praise\n".utf8)])])
        #expect(errors(set) == ["code 051 lists no patterns; write 'CODE: pattern | pattern' or remove the line"])
        #expect(set.verbs.map(\.text) == ["praise"])
    }

    @Test func agentWithoutWordsIsAnError() throws {
        let set = try DictionarySet.load(folders: [folder(["x.agents.txt": Array("agent MIL:\n".utf8)])])
        #expect(errors(set).first?.contains("agent MIL lists no words") == true)
    }

    @Test func nulByteIsAnErrorNamingItsLine() throws {
        let set = try DictionarySet.load(folders: [folder(["x.verbs.txt": Array("051: praise\n052: ".utf8) + [0] + Array("x\n".utf8)])])
        let issue = try #require(set.issues.first)
        #expect(issue.location.line == 2)
        #expect(issue.message.contains("a NUL byte"))
        #expect(set.verbs.isEmpty)
    }

    @Test func folderWithNoDictionaryFileIsAnError() throws {
        let set = try DictionarySet.load(folders: [folder(["notes.md": Array("hello".utf8)])])
        #expect(errors(set).first?.hasPrefix("no dictionary file in the folder") == true)
    }

    @Test func emptyFileReplacingAnotherIsAWarning() throws {
        let first = try folder(["x.verbs.txt": Array("051: praise\n".utf8)])
        let second = try folder(["x.verbs.txt": Array("# nothing yet\n\n".utf8)])
        let set = try DictionarySet.load(folders: [first, second])
        let issue = try #require(set.issues.first)
        #expect(issue.severity == .warning)
        #expect(issue.message.contains("holding no entries"))
        #expect(set.verbs.isEmpty)
    }

    @Test func repeatedIssuesArePrintedOnceWithACount() {
        let issues = (1...3000).map { DictionaryIssue(.init(file: "p.txt", line: $0), "read as Latin-1", severity: .warning) }
            + [DictionaryIssue(.init(file: "q.txt", line: 1), "other")]
        #expect(DictionaryIssue.summarized(issues) == ["p.txt:1: warning: read as Latin-1 (and 2999 more like it)",
                                                         "q.txt:1: error: other"])
    }
}
