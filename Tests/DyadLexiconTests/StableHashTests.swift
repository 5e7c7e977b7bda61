import Testing
@testable import DyadLexicon

@Suite struct StableHashTests {
    @Test func matchesPublishedFNV1aValues() {
        #expect(StableHash.fnv1a([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    @Test func contiguousAndElementwiseSequencesHashAlike() {
        let bytes = Array("Pyongyang pledges support".utf8)
        #expect(StableHash.fnv1a(bytes) == StableHash.fnv1a(bytes.lazy.map { $0 }))
    }

    @Test func stringsAreHashedWithASeparator() {
        var h = StableHash()
        h.combine("PRK")
        h.combine("SYR")
        #expect(h.hex == "505d7db7ecb3b926")
        var split = StableHash()
        split.combine("PRKS")
        split.combine("YR")
        #expect(split.value != h.value)
    }

    @Test func hexHasSixteenDigitsWithLeadingZeros() {
        #expect(StableHash().hex == "cbf29ce484222325")
        var small = StableHash()
        small.combine(Array("zz".utf8))
        #expect(small.hex == "08f74e07b5925515")
    }

    @Test func decimalsHashAsTheirSpelling() {
        for n in [0, 7, 10, -1, -7, 17585, Int.max, Int.min] {
            var digits = StableHash(), spelled = StableHash()
            digits.combine(decimal: n)
            spelled.combine(String(n).utf8)
            #expect(digits.value == spelled.value, "\(n)")
            #expect(digits.value == StableHash.fnv1a(Array(String(n).utf8)))
        }
    }
}
