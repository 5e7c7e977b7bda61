import DyadTestSupport
import Foundation
import Testing

/// `dyad code` draws the ingest progress bar on a terminal, and never into its output.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
struct ProgressBarTests {
    @Test func codeDrawsTheBarOnATerminalAndNotIntoItsOutput() throws {
        let dir = try DyadProcess.temporaryFile("x", Data()).deletingLastPathComponent()
        let events = dir.appendingPathComponent("events.jsonl"), terminal = dir.appendingPathComponent("terminal.txt")
        // script(1) runs the command on a terminal of its own and records what it shows; events go to a file.
        let command = "'\(DyadProcess.binary.path)' code examples/border-talks.jsonl "
            + "Tests/DyadStoreTests/Fixtures/levant-corpus.jsonl > '\(events.path)'"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", command, terminal.path]
        p.currentDirectoryURL = DyadProcess.packageRoot
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let shown = try String(contentsOf: terminal, encoding: .utf8)
        #expect(shown.contains("docs/s") && shown.contains("54 docs"), "\(shown)")
        let written = try String(contentsOf: events, encoding: .utf8)
        #expect(!written.contains("docs/s") && !written.contains("\r"))
        #expect(written.split(separator: "\n").count > 50)
    }
}
