import DyadSyntax
import Foundation
import Testing

/// A throwaway model folder with the given files.
func temporaryModel(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-model-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir
}

let tinyTaggerModel = [
    "lexicon.txt": "the DT\nenvoy NN\nto TO\nmeet NN\n",
    "morphology-rules.txt": "NN s fhassuf 1 NNS x\n",
    "context-rules.txt": "NN VB PREVTAG TO\n",
    "tagsets.tsv": "envoy\tN\nmeet\tNB\n",
]

@Suite("Model loading")
struct ModelLoadingTests {
    @Test func taggerLoadsAModelFolder() throws {
        let tagger = try BrillTagger(modelDirectory: try temporaryModel(tinyTaggerModel))
        #expect(tagger.lexiconTag(for: "meet") == .NN)
        #expect(tagger.tag(words: ["the", "envoys", "to", "meet"]) == [.DT, .NNS, .TO, .VB])
    }

    @Test func malformedLexiconLineNamesFileAndLine() throws {
        var files = tinyTaggerModel
        files["lexicon.txt"] = "the DT\nenvoy\n"
        let dir = try temporaryModel(files)
        #expect {
            _ = try BrillTagger(modelDirectory: dir)
        } throws: { error in
            (error as? SyntaxModelError)?.description.hasPrefix("lexicon.txt:2:") == true
        }
    }

    @Test func unknownContextRuleNamesFileAndLine() throws {
        var files = tinyTaggerModel
        files["context-rules.txt"] = "NN VB PREVTAG TO\nNN VB SIDEWAYSTAG DT\n"
        let dir = try temporaryModel(files)
        #expect(throws: SyntaxModelError(file: "context-rules.txt", line: 2, reason: "unknown contextual rule `SIDEWAYSTAG`")) {
            _ = try BrillTagger(modelDirectory: dir)
        }
    }

    @Test func unknownTagInLexicalRuleNamesFileAndLine() throws {
        var files = tinyTaggerModel
        files["morphology-rules.txt"] = "NN s fhassuf 1 XYZ x\n"
        let dir = try temporaryModel(files)
        #expect(throws: SyntaxModelError(file: "morphology-rules.txt", line: 1, reason: "unknown tag `XYZ`")) {
            _ = try BrillTagger(modelDirectory: dir)
        }
    }

    @Test func missingModelFileIsReported() throws {
        var files = tinyTaggerModel
        files["context-rules.txt"] = nil
        let dir = try temporaryModel(files)
        #expect {
            _ = try BrillTagger(modelDirectory: dir)
        } throws: { error in
            let e = error as? SyntaxModelError
            return e?.file.hasSuffix("context-rules.txt") == true && e?.line == 0
        }
    }

    @Test func malformedLemmaLineNamesFileAndLine() throws {
        let dir = try temporaryModel(["lemmas.tsv": "went\tV\tgo\nchildren\tQ\tchild\n"])
        #expect(throws: SyntaxModelError(file: "lemmas.tsv", line: 2, reason: "unknown class `Q` (expected V, N or VN)")) {
            _ = try Lemmatizer(modelDirectory: dir)
        }
    }

    /// Bytes of the bundled model files whose names pass `include`.
    func bundledBytes(_ include: (String) -> Bool) throws -> (names: [String], total: Int) {
        let dir = modelDirectory()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let total = try names.filter(include).reduce(0) { sum, name in
            sum + ((try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(name).path)[.size] as? Int) ?? 0)
        }
        return (names, total)
    }

    /// The Brill tagger's and lemmatizer's files (everything but the
    /// dependency parser's `.bin` files).
    @Test func bundledModelFilesStayUnderThreeMegabytes() throws {
        let (names, total) = try bundledBytes { !$0.hasSuffix(".bin") }
        #expect(names.contains("LICENSES.md"))
        #expect(total < 3_000_000)
    }

    /// The dependency parser's two files: about 15 MB now (docs/parser.md),
    /// more than the few megabytes aimed at; this keeps them from growing.
    @Test func dependencyModelFilesStayUnderSixteenMegabytes() throws {
        let (names, total) = try bundledBytes { $0.hasSuffix(".bin") }
        #expect(names.contains("tagger.bin") && names.contains("parser.bin"))
        #expect(total < 16_000_000)
    }
}
