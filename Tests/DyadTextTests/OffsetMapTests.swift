import Testing
import DyadText

@Suite struct OffsetMapTests {
    @Test func asciiOffsetsAreUnchanged() {
        let map = OffsetMap("Syria and Iran")
        #expect(map.scalarOffset(ofByte: 10) == 10)
        #expect(map.scalarCount == 14)
    }

    @Test func multiByteCharactersCountOnce() {
        let map = OffsetMap("Syria’s envoy")
        #expect(map.scalarOffset(ofByte: 8) == 6)
        #expect(map.byteOffset(ofScalar: 6) == 8)
    }

    @Test func agreesWithCountingScalarsAcrossALongText() {
        let text = String(repeating: "Kim’s “envoy” met Şahin — 2018. ", count: 50)
        let map = OffsetMap(text)
        var scalars = 0
        var byte = 0
        for s in text.unicodeScalars {
            #expect(map.scalarOffset(ofByte: byte) == scalars)
            #expect(map.byteOffset(ofScalar: scalars) == byte)
            byte += String(s).utf8.count
            scalars += 1
        }
        #expect(map.scalarOffset(ofByte: byte) == scalars)
    }

    @Test func outOfRangeOffsetsAreClamped() {
        let map = OffsetMap("é")
        #expect(map.scalarOffset(ofByte: 99) == 1)
        #expect(map.scalarOffset(ofByte: -3) == 0)
    }
}
