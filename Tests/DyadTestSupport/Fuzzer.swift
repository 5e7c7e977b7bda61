import Foundation

/// A deterministic mutation fuzzer for dyad's readers, run as an ordinary test.
///
/// Each case is a seed from `Tests/FuzzSeeds/<target>/` mutated a few times:
/// bytes flipped, inserted or deleted, hostile tokens spliced in (quotes,
/// brackets, NUL, invalid UTF-8, huge numbers), ranges repeated (long lines,
/// deep nesting) or seeds crossed. The generator is seeded, so a failing case
/// number reproduces exactly.
///
/// A test runs a bounded number of cases (`DYAD_FUZZ_CASES`, default 500),
/// a few seconds in CI; a long run sets a time instead:
///
/// ```sh
/// DYAD_FUZZ_SECONDS=600 swift test -c release --filter FuzzTests
/// ```
///
/// ```swift
/// let stats = Fuzzer(target: "jsonl").run { bytes in
///     let results = DocumentReader(format: .jsonl).documents(bytes: bytes, name: "f.jsonl")
///     return check(results)   // nil when the invariants hold, else what broke
/// }
/// #expect(stats.failures.isEmpty)
/// ```
public struct Fuzzer: Sendable {
    /// What a run tried and found.
    public struct Stats: Sendable, CustomStringConvertible {
        public var target: String
        public var cases = 0
        /// Cases whose invariant check failed: case number and what broke.
        public var failures: [(case: Int, problem: String)] = []
        /// Cases slower than ``Fuzzer/hangSeconds``.
        public var hangs: [Int] = []
        public var slowestSeconds = 0.0
        public var seconds = 0.0
        public var bytes = 0

        public var description: String {
            "fuzz \(target): \(cases) cases (\(bytes) bytes) in \(String(format: "%.1f", seconds)) s, "
                + "\(failures.count) invariant failures, \(hangs.count) hangs, slowest case \(String(format: "%.3f", slowestSeconds)) s"
        }
    }

    public let target: String
    public let seeds: [[UInt8]]
    /// A case slower than this counts as a hang.
    public static let hangSeconds = 5.0

    /// A fuzzer over the seeds in `Tests/FuzzSeeds/<target>/`.
    public init(target: String) {
        self.target = target
        let dir = DyadProcess.packageRoot.appendingPathComponent("Tests/FuzzSeeds/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? []
        seeds = names.compactMap { FileManager.default.contents(atPath: dir.appendingPathComponent($0).path).map { Array($0) } }
    }

    /// Runs `check` on every case; `check` returns nil when the reader's invariants hold.
    public func run(_ check: ([UInt8]) -> String?) -> Stats {
        let env = ProcessInfo.processInfo.environment
        let seconds = env["DYAD_FUZZ_SECONDS"].flatMap(Double.init)
        let limit = seconds == nil ? (env["DYAD_FUZZ_CASES"].flatMap(Int.init) ?? 500) : Int.max
        var stats = Stats(target: target)
        guard !seeds.isEmpty else {
            stats.failures.append((0, "no seeds in Tests/FuzzSeeds/\(target)"))
            return stats
        }
        let start = Date()
        var n = 0
        while n < limit {
            if let seconds, Date().timeIntervalSince(start) >= seconds { break }
            let input = mutant(n)
            let t = Date()
            if let problem = check(input) { stats.failures.append((n, problem)) }
            let took = Date().timeIntervalSince(t)
            stats.slowestSeconds = max(stats.slowestSeconds, took)
            if took > Self.hangSeconds { stats.hangs.append(n) }
            stats.bytes += input.count
            n += 1
        }
        stats.cases = n
        stats.seconds = Date().timeIntervalSince(start)
        return stats
    }

    /// Case `n`: the same bytes every run.
    public func mutant(_ n: Int) -> [UInt8] {
        var rng = SplitMix64(seed: UInt64(n) &* 0x9E37_79B9 &+ UInt64(target.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        var bytes = seeds[Int(rng.next() % UInt64(seeds.count))]
        let steps = 1 + Int(rng.next() % 6)
        for _ in 0..<steps { mutate(&bytes, &rng) }
        return bytes
    }

    /// Hostile fragments spliced into inputs.
    static let tokens: [[UInt8]] = [
        "\"", "\\", "{", "}", "[", "]", "(", ")", "<", ">", "</", "&#", "&#x110000;", ",", "\n", "\r", "\t", "|", ":", "#",
        "1e19", "-9223372036854775808", "1e309", "99999999999999999999", "NaN", "null", "\u{202E}", "\u{2066}", "\u{1B}[2J",
        "<!--", "<script>", "<Parse>", "</Parse>", "<Sentence id=\"x\">", "---", "+", "//",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xF4, 0x90, 0x80, 0x80]]

    private func mutate(_ b: inout [UInt8], _ rng: inout SplitMix64) {
        func position() -> Int { b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count + 1)) }
        switch rng.next() % 8 {
        case 0 where !b.isEmpty:
            let i = Int(rng.next() % UInt64(b.count))
            b[i] ^= UInt8(1 << (rng.next() % 8))
        case 1:
            b.insert(UInt8(truncatingIfNeeded: rng.next()), at: position())
        case 2 where !b.isEmpty:
            let i = Int(rng.next() % UInt64(b.count))
            b.removeSubrange(i..<min(b.count, i + 1 + Int(rng.next() % 16)))
        case 3, 4:
            b.insert(contentsOf: Self.tokens[Int(rng.next() % UInt64(Self.tokens.count))], at: position())
        case 5 where !b.isEmpty:
            // Repeat a short range many times: long lines, deep nesting, huge fields.
            let i = Int(rng.next() % UInt64(b.count))
            let piece = Array(b[i..<min(b.count, i + 1 + Int(rng.next() % 8))])
            let times = 1 + Int(rng.next() % 2000)
            b.insert(contentsOf: Array([[UInt8]](repeating: piece, count: times).joined()), at: i)
        case 6:
            // Splice a part of another seed.
            let other = seeds[Int(rng.next() % UInt64(seeds.count))]
            guard !other.isEmpty else { return }
            let i = Int(rng.next() % UInt64(other.count))
            b.insert(contentsOf: other[i..<min(other.count, i + 1 + Int(rng.next() % 200))], at: position())
        default:
            if !b.isEmpty { b.removeLast(Int(rng.next() % UInt64(min(b.count, 64) + 1))) }
        }
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
public struct SplitMix64: Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
