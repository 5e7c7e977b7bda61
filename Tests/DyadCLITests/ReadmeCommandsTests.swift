import DyadTestSupport
import Foundation
import Testing

/// Every command in README.md runs as written, so the README cannot drift from the binary.
///
/// The commands run one after another, as a reader would type them, through `/bin/sh` in a
/// scratch folder that looks like the repository (`examples`, `evaluation`, `Tests`, `Makefile`)
/// with `../shared` beside it, `dyad` on the `PATH`, a scratch `HOME` (for `make install
/// PREFIX=$HOME/.local`) and `BIN_DIR` naming the folder of the dyad under test (so that `make
/// install` installs it rather than a release build). `swift run dyad …` runs that dyad.
@Suite struct ReadmeCommandsTests {
    static let root = DyadProcess.packageRoot
    static var readme: String { (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? "" }

    /// The lines of the README's ```sh blocks, without comments, each with the exit status its
    /// comment states ("exits 1: …"), 0 when it states none.
    static func commands(_ text: String) -> [(command: String, status: Int32)] {
        var out: [(String, Int32)] = [], inShell = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inShell = line == "```sh"; continue }
            guard inShell else { continue }
            var command = String(line), status: Int32 = 0
            if let hash = command.range(of: #"\s#"#, options: .regularExpression) {
                let comment = command[hash.upperBound...]
                if let exits = comment.range(of: #"exits \d+"#, options: .regularExpression) {
                    status = Int32(comment[exits].dropFirst("exits ".count)) ?? 0
                }
                command = String(command[..<hash.lowerBound])
            }
            command = command.trimmingCharacters(in: .whitespaces)
            if !command.isEmpty, !command.hasPrefix("#") { out.append((command, status)) }
        }
        return out
    }

    /// `swift build` and `swift test` build dyad and run this suite: CI (`.ci/run`) runs them.
    static func buildsDyad(_ command: String) -> Bool {
        command.hasPrefix("swift build") || command.hasPrefix("swift test")
    }

    @Test func theReadmeShowsTheHelpDyadPrints() throws {
        let help = try DyadProcess.run(["--help"]).stdout.trimmingCharacters(in: .newlines)
        #expect(Self.readme.contains("```text\n" + help + "\n```"))
    }

    @Test func theCommandsAreFoundInTheReadme() {
        let commands = Self.commands(Self.readme).map(\.command)
        #expect(commands.contains("dyad version"))
        #expect(commands.contains { $0.hasPrefix("make install PREFIX=") })
        #expect(commands.filter(Self.buildsDyad).count == 3)  // swift build twice and swift test, no more
    }

    @Test func everyReadmeCommandRuns() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-readme-\(UUID().uuidString)")
        let work = scratch.appendingPathComponent("dyad"), home = scratch.appendingPathComponent("home")
        let fm = FileManager.default
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        try fm.createDirectory(at: home, withIntermediateDirectories: true)
        for item in ["examples", "evaluation", "Tests", "Makefile"] {
            try fm.createSymbolicLink(at: work.appendingPathComponent(item), withDestinationURL: Self.root.appendingPathComponent(item))
        }
        let shared = Self.root.appendingPathComponent("../shared").standardizedFileURL
        let hasShared = fm.fileExists(atPath: shared.path)
        if hasShared { try fm.createSymbolicLink(at: scratch.appendingPathComponent("shared"), withDestinationURL: shared) }
        let bin = DyadProcess.binary.deletingLastPathComponent().path
        var ran = 0
        for (command, status) in Self.commands(Self.readme) where !Self.buildsDyad(command) {
            if !hasShared, command.contains("../shared") { continue }
            let line = command.hasPrefix("swift run dyad") ? String(command.dropFirst("swift run ".count)) : command
            let r = try Self.shell(line, in: work, environment: ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                                                                 "HOME": home.path, "BIN_DIR": bin])
            #expect(r.status == status, "`\(command)` exited \(r.status), not \(status): \(r.stderr.suffix(600))")
            ran += 1
        }
        #expect(ran >= (hasShared ? 24 : 19))
        #expect(fm.isExecutableFile(atPath: home.appendingPathComponent(".local/bin/dyad").path), "make install put dyad in PREFIX/bin")
    }

    /// Runs `command` with `/bin/sh -c` in `folder`.
    static func shell(_ command: String, in folder: URL, environment: [String: String]) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.currentDirectoryURL = folder
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-readme-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let handle = try FileHandle(forWritingTo: err)
        p.standardError = handle
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try handle.close()
        return (p.terminationStatus, (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
