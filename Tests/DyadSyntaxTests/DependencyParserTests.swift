import DyadSyntax
import DyadText
import Foundation
import Testing

/// Parses `text` as dyad's tokenizer splits it.
func dependencyParse(_ text: String) throws -> DependencyParse {
    let tokens = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
    let sentence = Sentence(index: 0, start: 0, end: text.utf8.count, text: text, tokens: tokens)
    return try DependencyParser.bundled().parse(sentence)
}

func index(of form: String, in parse: DependencyParse) -> Int? {
    parse.words.firstIndex { $0.form == form }
}

@Suite("Dependency parser on invented sentences")
struct DependencyParserTests {
    /// Loading time is a benchmark figure (docs/parser.md), not a test: a busy
    /// machine would make a time limit fail for no fault of the model.
    @Test func bundledModelLoadsFromItsFolder() throws {
        let parser = try DependencyParser(modelDirectory: bundledModelFolder())
        #expect(parser.summary.contains("labels"))
        #expect(try DependencyParser.bundled().summary == parser.summary)
    }

    @Test func coordinatedSubjectsAreBothSubjectsOfTheVerb() throws {
        let p = try dependencyParse("The Sudanese government and the rebels have agreed to talks.")
        let agreed = try #require(index(of: "agreed", in: p))
        let subjects = p.subjects(of: agreed).map { p[$0].form }
        #expect(subjects == ["government", "rebels"], "\(p.words.map { "\($0.form)/\($0.relation)->\($0.head)" })")
    }

    @Test func acronymInParenthesesLeavesTheHeadNounAsSubject() throws {
        let p = try dependencyParse("The Asia-Pacific Economic Cooperation (APEC) forum has agreed.")
        let agreed = try #require(index(of: "agreed", in: p))
        let forum = try #require(index(of: "forum", in: p))
        #expect(p[forum].head == agreed)
        #expect(p[forum].relation == "nsubj")
    }

    @Test func passiveSubjectGetsPassiveRelation() throws {
        let p = try dependencyParse("Three soldiers were killed in the attack.")
        let killed = try #require(index(of: "killed", in: p))
        let soldiers = try #require(index(of: "soldiers", in: p))
        #expect(p[soldiers].head == killed)
        #expect(p[soldiers].relation == "nsubj:pass")
        #expect(p.subjects(of: killed) == [soldiers])
    }

    @Test func directObjectOfTransitiveVerb() throws {
        let p = try dependencyParse("Rebels attacked the town on Monday.")
        let attacked = try #require(index(of: "attacked", in: p))
        #expect(p.objects(of: attacked).map { p[$0].form } == ["town"])
        #expect(p.root == attacked)
    }

    @Test func splitNegationClitic() throws {
        let p = try dependencyParse("Israel didn't attack Gaza.")
        let attack = try #require(index(of: "attack", in: p))
        let not = try #require(index(of: "n't", in: p))
        #expect(p[not].head == attack)
        #expect(p[not].relation == "advmod")
        #expect(p[not].upos == "PART")
    }

    @Test func everyWordHasOneHeadAndOneRoot() throws {
        let p = try dependencyParse("North Korea's envoy said on Tuesday that talks with Seoul would resume next month, officials said.")
        #expect(p.words.filter { $0.head < 0 }.count == 1)
        for (i, w) in p.words.enumerated() {
            #expect(w.head >= -1 && w.head < p.count && w.head != i)
        }
        // No cycles: every word reaches the root.
        for i in p.words.indices {
            var x = i, steps = 0
            while p[x].head >= 0 && steps <= p.count { x = p[x].head; steps += 1 }
            #expect(steps <= p.count)
        }
    }

    @Test func headlineVerbIsReadAsAVerb() throws {
        // As written, "Seize" is read as part of a name ("Seize Town"); in lowercase it is the verb.
        let text = "Rebels Seize Town in North"
        let tokens = Tokenizer().tokens(in: text, from: 0, to: text.utf8.count)
        let title = Sentence(index: 0, start: 0, end: text.utf8.count, text: text, tokens: tokens, isTitle: true)
        let p = try DependencyParser.bundled().parse(title)
        let seize = try #require(index(of: "Seize", in: p))
        #expect(p[seize].upos == "VERB")
        #expect(p.subjects(of: seize).map { p[$0].form } == ["Rebels"])
        #expect(p.objects(of: seize).map { p[$0].form } == ["Town"])
    }

    @Test func emptySentenceGivesEmptyParse() throws {
        #expect(try DependencyParser.bundled().parse(words: []).count == 0)
    }

    @Test func parsesAreTheSameOnEveryThread() async throws {
        let parser = try DependencyParser.bundled()
        let words = ["Sudan", "and", "Chad", "signed", "a", "border", "accord", "."]
        let expected = parser.parse(words: words)
        let results = await withTaskGroup(of: DependencyParse.self) { group in
            for _ in 0..<8 { group.addTask { parser.parse(words: words) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}

/// The bundled model folder, for loading it afresh.
func bundledModelFolder() -> URL {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/DyadSyntax/Model")
}
