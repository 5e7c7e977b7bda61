import DyadSyntax
import Foundation
import Testing

/// Six invented sentences in CoNLL-U: enough to train a toy model.
let trainingFixture = """
    1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
    2	attacked	attack	VERB	VBD	_	0	root	_	_
    3	the	the	DET	DT	_	4	det	_	_
    4	town	town	NOUN	NN	_	2	obj	_	_
    5	.	.	PUNCT	.	_	2	punct	_	_

    1	The	the	DET	DT	_	2	det	_	_
    2	army	army	NOUN	NN	_	3	nsubj	_	_
    3	shelled	shell	VERB	VBD	_	0	root	_	_
    4	the	the	DET	DT	_	5	det	_	_
    5	village	village	NOUN	NN	_	3	obj	_	_
    6	.	.	PUNCT	.	_	3	punct	_	_

    1	Talks	talk	NOUN	NNS	_	3	nsubj:pass	_	_
    2	were	be	AUX	VBD	_	3	aux:pass	_	_
    3	held	hold	VERB	VBN	_	0	root	_	_
    4	in	in	ADP	IN	_	5	case	_	_
    5	Cairo	Cairo	PROPN	NNP	_	3	obl	_	_
    6	.	.	PUNCT	.	_	3	punct	_	_

    1	Sudan	Sudan	PROPN	NNP	_	4	nsubj	_	_
    2	and	and	CCONJ	CC	_	3	cc	_	_
    3	Chad	Chad	PROPN	NNP	_	1	conj	_	_
    4	signed	sign	VERB	VBD	_	0	root	_	_
    5	an	a	DET	DT	_	6	det	_	_
    6	accord	accord	NOUN	NN	_	4	obj	_	_
    7	.	.	PUNCT	.	_	4	punct	_	_

    1	Police	police	NOUN	NNS	_	2	nsubj	_	_
    2	arrested	arrest	VERB	VBD	_	0	root	_	_
    3	two	two	NUM	CD	_	4	nummod	_	_
    4	men	man	NOUN	NNS	_	2	obj	_	_
    5	.	.	PUNCT	.	_	2	punct	_	_

    1	The	the	DET	DT	_	2	det	_	_
    2	minister	minister	NOUN	NN	_	3	nsubj	_	_
    3	visited	visit	VERB	VBD	_	0	root	_	_
    4	Seoul	Seoul	PROPN	NNP	_	3	obj	_	_
    5	.	.	PUNCT	.	_	3	punct	_	_


    """

@Suite("Training the tagger and parser")
struct SyntaxTrainingTests {
    func trainTiny() throws -> DependencyParser {
        let sentences = try CoNLLU.read(trainingFixture, file: "fixture.conllu")
        var options = SyntaxTrainingOptions()
        options.taggerEpochs = 3
        options.parserEpochs = 3
        options.folds = 2
        options.taggerMinimumUpdates = 1
        options.parserMinimumUpdates = 1
        options.taggerMinimumWeight = 0.01
        options.parserMinimumWeight = 0.01
        return SyntaxTrainer.train(train: sentences, dev: sentences, options: options) { _ in }
    }

    @Test func trainingTwiceGivesTheSameBytes() throws {
        let a = SyntaxTrainer.files(of: try trainTiny())
        let b = SyntaxTrainer.files(of: try trainTiny())
        #expect(a.map(\.name) == ["tagger.bin", "parser.bin"])
        #expect(a.map(\.bytes) == b.map(\.bytes))
        #expect(a.allSatisfy { $0.bytes.count > 8 })
    }

    @Test func writtenModelLoadsAndParsesItsTrainingSentence() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-syntax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try SyntaxTrainer.write(try trainTiny(), to: dir)
        let parser = try DependencyParser(modelDirectory: dir)
        let p = parser.parse(words: ["Rebels", "attacked", "the", "town", "."])
        #expect(p.words.map(\.xpos) == ["NNS", "VBD", "DT", "NN", "."])
        #expect(p.words.map(\.head) == [1, -1, 3, 1, 1])
    }

    @Test func truncatedModelFileIsAnErrorNamingTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-syntax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try SyntaxTrainer.write(try trainTiny(), to: dir)
        let url = dir.appendingPathComponent("parser.bin")
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count / 2).write(to: url)
        #expect {
            _ = try DependencyParser(modelDirectory: dir)
        } throws: { error in
            (error as? SyntaxModelError)?.file.hasSuffix("parser.bin") == true
        }
    }
}
