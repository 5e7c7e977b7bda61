import DyadSyntax
import Foundation
import Testing

/// "The government and the rebels agreed and signed" built by hand.
let handParse = DependencyParse(words: [
    .init(form: "The", xpos: "DT", upos: "DET", head: 1, relation: "det"),
    .init(form: "government", xpos: "NN", upos: "NOUN", head: 5, relation: "nsubj"),
    .init(form: "and", xpos: "CC", upos: "CCONJ", head: 4, relation: "cc"),
    .init(form: "the", xpos: "DT", upos: "DET", head: 4, relation: "det"),
    .init(form: "rebels", xpos: "NNS", upos: "NOUN", head: 1, relation: "conj"),
    .init(form: "agreed", xpos: "VBD", upos: "VERB", head: -1, relation: "root"),
    .init(form: "and", xpos: "CC", upos: "CCONJ", head: 7, relation: "cc"),
    .init(form: "signed", xpos: "VBD", upos: "VERB", head: 5, relation: "conj"),
])

@Suite("DependencyParse accessors")
struct DependencyParseTests {
    @Test func childrenAreInSentenceOrder() {
        #expect(handParse.children(of: 5) == [1, 7])
        #expect(handParse.children(of: 4) == [2, 3])
    }

    @Test func relationMatchesItsSubtypes() {
        var p = handParse
        p.words[1].relation = "nsubj:pass"
        #expect(p.dependents(of: 5, "nsubj") == [1])
        #expect(p.dependents(of: 5, "nsubj:pass") == [1])
        #expect(p.dependents(of: 5, "nsubj:outer").isEmpty)
        #expect(p.dependents(of: 5, "nsub").isEmpty)
    }

    @Test func subjectIncludesConjuncts() {
        #expect(handParse.subjects(of: 5) == [1, 4])
    }

    @Test func coordinatedVerbInheritsSubject() {
        #expect(handParse.subjects(of: 7) == [1, 4])
    }

    @Test func openComplementTakesTheObjectAsSubject() {
        // "Egypt urged Iran to release the sailors"
        let p = DependencyParse(words: [
            .init(form: "Egypt", xpos: "NNP", upos: "PROPN", head: 1, relation: "nsubj"),
            .init(form: "urged", xpos: "VBD", upos: "VERB", head: -1, relation: "root"),
            .init(form: "Iran", xpos: "NNP", upos: "PROPN", head: 1, relation: "obj"),
            .init(form: "to", xpos: "TO", upos: "PART", head: 4, relation: "mark"),
            .init(form: "release", xpos: "VB", upos: "VERB", head: 1, relation: "xcomp"),
            .init(form: "the", xpos: "DT", upos: "DET", head: 6, relation: "det"),
            .init(form: "sailors", xpos: "NNS", upos: "NOUN", head: 4, relation: "obj"),
        ])
        #expect(p.subjects(of: 4) == [2])
        #expect(p.subjects(of: 1) == [0])
    }

    @Test func openComplementWithoutObjectTakesTheSubject() {
        // "Egypt agreed to mediate"
        let p = DependencyParse(words: [
            .init(form: "Egypt", xpos: "NNP", upos: "PROPN", head: 1, relation: "nsubj"),
            .init(form: "agreed", xpos: "VBD", upos: "VERB", head: -1, relation: "root"),
            .init(form: "to", xpos: "TO", upos: "PART", head: 3, relation: "mark"),
            .init(form: "mediate", xpos: "VB", upos: "VERB", head: 1, relation: "xcomp"),
        ])
        #expect(p.subjects(of: 3) == [0])
    }

    @Test func rootAndSubtree() {
        #expect(handParse.root == 5)
        #expect(handParse.subtree(of: 1) == [0, 1, 2, 3, 4])
    }

    @Test func pennTagOfWord() {
        #expect(handParse[5].pennTag == .VBD)
    }
}

@Suite("CoNLL-U reading and writing")
struct CoNLLUTests {
    static let sample = """
        # sent_id = 1
        # text = Arnor didn't attack.
        1	Arnor	Arnor	PROPN	NNP	Number=Sing	4	nsubj	4:nsubj	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	4:aux	_
        3	n't	not	PART	RB	_	4	advmod	4:advmod	_
        4	attack	attack	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	4:punct	_


        """

    @Test func roundTripKeepsEveryLine() throws {
        let sentences = try CoNLLU.read(Self.sample, file: "sample.conllu")
        #expect(sentences.count == 1)
        #expect(sentences[0].words.map(\.form) == ["Arnor", "did", "n't", "attack", "."])
        #expect(sentences[0].comment("text") == "Arnor didn't attack.")
        #expect(CoNLLU.write(sentences) == Self.sample.replacingOccurrences(of: "\n\n\n", with: "\n\n"))
    }

    @Test func headsAndRelationsAreRead() throws {
        let w = try CoNLLU.read(Self.sample, file: "sample.conllu")[0].words
        #expect(w.map(\.head) == [4, 4, 4, 0, 4])
        #expect(w[0].deprel == "nsubj")
    }

    @Test func shortLineNamesFileAndLine() {
        #expect(throws: CoNLLUError(file: "bad.conllu", line: 2, reason: "a word line needs 10 tab-separated columns, found 3")) {
            try CoNLLU.read("# c\n1\tA\tB\n", file: "bad.conllu")
        }
    }

    @Test func headBeyondSentenceIsAnError() {
        #expect(throws: CoNLLUError.self) {
            try CoNLLU.read("1\tA\ta\tX\tX\t_\t7\tdep\t_\t_\n\n", file: "bad.conllu")
        }
    }
}
