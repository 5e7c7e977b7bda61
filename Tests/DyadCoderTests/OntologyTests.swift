import DyadCoder
import Testing

@Suite struct OntologyTests {
    @Test func everyRootHasAQuadClassAndWeight() throws {
        let o = try Ontology.bundled()
        for root in 1...20 {
            let code = root < 10 ? "0\(root)" : "\(root)"
            let c = try #require(o[code])
            #expect((1...4).contains(c.quadClass))
            #expect((-10...10).contains(c.goldstein))
        }
    }

    @Test func appealsMapToRequest() throws {
        #expect(try Ontology.bundled()["020"]?.plover == "REQUEST")
    }

    @Test func statementsHaveNoPloverType() throws {
        #expect(try Ontology.bundled()["010"]?.plover == nil)
    }

    @Test func subCodesInheritTheirParentsMapping() throws {
        let o = try Ontology.bundled()
        #expect(o["0331"]?.plover == "AGREE")
        #expect(o["195"]?.quadClass == 4)
    }
}
