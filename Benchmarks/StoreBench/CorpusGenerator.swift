import Foundation

/// Writes a JSON Lines corpus of short articles made from our own sentences:
/// each document takes three sentences, a date between 2015 and 2024 and an
/// outlet, all chosen by a fixed pseudo-random sequence (the same N gives the
/// same corpus every time).
struct CorpusGenerator {
    static let sentences = [
        "Israeli warplanes bombed Syrian army positions near Damascus.",
        "Syria condemned Israel.",
        "Israel threatened Syria with further strikes.",
        "Israel warned Syria.",
        "Israel killed Syrian soldiers in an air strike.",
        "North Korea praised Syria.",
        "Syrian President Bashar al-Assad met North Korean officials in Damascus.",
        "North Korea sent weapons to Syria.",
        "North Korea supplied Syria with missiles.",
        "Syria thanked North Korea for its support.",
        "The Syrian foreign minister visited Pyongyang.",
        "North Korea gave economic aid to Syria.",
        "Syria appealed to North Korea for military aid.",
        "North Korea provided military aid to Syria.",
        "Syria praised North Korea.",
        "The United States imposed sanctions on Iran.",
        "Iran threatened the United States.",
        "Iran accused the United States of economic terrorism.",
        "Iranian officials met United States envoys in Oman.",
        "Iran criticized the United States.",
        "Russian troops attacked Ukrainian forces in Donetsk.",
        "Ukraine criticized Russia.",
        "Russia accused Ukraine of provocations.",
        "Ukrainian President Volodymyr Zelensky met Russian President Vladimir Putin.",
        "Russia sent military advisers to Syria.",
        "Officials gave no further details.",
        "The talks are expected to continue next month.",
        "Residents described a tense night.",
    ]
    static let outlets = ["Levant Wire", "Gulf Courier", "Pacific Report", "Eastern Ledger", "Harbor Times",
                          "Northern Gazette", "Capital Dispatch", "Morning Review"]

    func write(documents n: Int, to path: String) throws {
        var rng = SplitMix(seed: 42)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var buffer = ""
        for i in 0..<n {
            let text = (0..<3).map { _ in Self.sentences[Int(rng.next() % UInt64(Self.sentences.count))] }.joined(separator: " ")
            let day = 16436 + Int(rng.next() % 3650)  // 2015-01-01 + up to ten years
            let outlet = Self.outlets[Int(rng.next() % UInt64(Self.outlets.count))]
            buffer += "{\"id\":\"g\(i)\",\"date\":\"\(Self.date(day))\",\"outlet\":\"\(outlet)\",\"text\":\"\(text)\"}\n"
            if buffer.utf8.count > 1 << 20 { out.write(Data(buffer.utf8)); buffer = "" }
        }
        out.write(Data(buffer.utf8))
        try out.close()
    }

    static func date(_ day: Int) -> String {
        // civil_from_days (Howard Hinnant)
        let z = day + 719_468, era = z / 146_097, doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9, y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
