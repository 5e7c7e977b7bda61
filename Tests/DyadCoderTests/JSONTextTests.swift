import Foundation
import Testing
@testable import DyadCoder

@Suite struct JSONTextTests {
    /// The JSON text of one string value.
    func json(_ s: String) -> String {
        var j = JSONText()
        j.string(s)
        return j.text
    }

    /// Escaping done one character at a time, the obvious way.
    func reference(_ s: String) -> String {
        var out = Array("\"".utf8)
        for b in s.utf8 {
            switch b {
            case 0x22: out += Array("\\\"".utf8)
            case 0x5C: out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", Int(b)).utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out + Array("\"".utf8), as: UTF8.self)
    }

    @Test func escapesWhereverTheSpecialByteFalls() {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "é", " ", "~"]
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for c in specials {
                    var chars = Array(repeating: Character("a"), count: length)
                    if position < length { chars[position] = c }
                    let s = String(chars)
                    #expect(json(s) == reference(s), "\(s.debugDescription)")
                }
            }
        }
        let sentence = "Arnor said \"no\" to Gondor's 3\u{2013}4 offer\\plan.\n"
        #expect(json(sentence) == reference(sentence))
    }

    @Test func membersAreSeparatedAndKeysOfOneCharacterKept() {
        var j = JSONText()
        j.open(); j.field("x", 1); j.field("ab", "c"); j.key("l")
        j.openArray(); j.number(1); j.number(2); j.closeArray()
        j.key("n"); j.null(); j.field("t", true); j.close()
        #expect(j.text == #"{"x":1,"ab":"c","l":[1,2],"n":null,"t":true}"#)
    }

    @Test func numbersReadAsJSONNumbers() {
        for n in [0, 7, 10, 99, 100, 999, 1000, 9999, 10_000, 123_456, -1, -250] {
            var j = JSONText()
            j.number(n)
            #expect(j.text == String(n))
        }
    }
}
