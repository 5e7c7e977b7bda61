@testable import DyadStore
import Testing

@Suite struct ChunksTests {
    @Test func aListSplitsIntoFullChunksAndAShorterLast() {
        #expect([1, 2, 3, 4, 5].chunks(of: 2).map(Array.init) == [[1, 2], [3, 4], [5]])
    }

    @Test func rangesKeepTheirIndices() {
        #expect((10..<15).chunks(of: 2) == [10..<12, 12..<14, 14..<15])
    }

    @Test func anEmptyListHasNoChunks() {
        #expect([Int]().chunks(of: 3).isEmpty)
    }

    @Test func slicesKeepTheIndicesOfTheirCollection() {
        let slices = [7, 8, 9].chunks(of: 2)
        #expect(slices.map(\.startIndex) == [0, 2])
    }
}
