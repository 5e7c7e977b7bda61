// dyad-bench-store: corpus generation and store benchmarks (not part of `swift test`).
//
//   dyad-bench-store corpus N OUT.jsonl       write N documents built from our own sentences
//   dyad-bench-store fill N DB                write N synthetic events straight into a store
//   dyad-bench-store timeline DB A B [RUNS]   time `timeline A B --by month` (median of RUNS)
//   dyad-bench-store write CORPUS DB          code CORPUS into memory, then time the writer alone
//
// See docs/benchmarks.md for the commands and figures.
import DyadStore
import Foundation

let args = CommandLine.arguments
func usage() -> Never {
    FileHandle.standardError.write(Data("usage: dyad-bench-store corpus N OUT.jsonl | fill N DB | timeline DB A B [RUNS] | write CORPUS DB\n".utf8))
    exit(2)
}
guard args.count >= 4 else { usage() }
switch args[1] {
case "corpus":
    guard let n = Int(args[2]) else { usage() }
    try CorpusGenerator().write(documents: n, to: args[3])
case "fill":
    guard let n = Int(args[2]) else { usage() }
    let store = try SQLiteEventStore(path: args[3])
    let started = Date()
    try SyntheticEvents().fill(store, events: n)
    let seconds = Date().timeIntervalSince(started)
    let c = try store.counts()
    print("filled \(c.mentions) mentions, \(c.events) events in \(String(format: "%.1f", seconds))s")
case "timeline":
    guard args.count >= 5 else { usage() }
    let store = try SQLiteEventStore(path: args[2])
    let runs = args.count > 5 ? Int(args[5]) ?? 5 : 5
    var times: [Double] = []
    var rows: [TimelineRow] = []
    for _ in 0..<runs {
        let t = Date()
        rows = try store.timeline(TimelineQuery(a: args[3], b: args[4], period: .month)).rows
        times.append(Date().timeIntervalSince(t) * 1000)
    }
    times.sort()
    let events = rows.reduce(0) { $0 + $1.events }
    print("timeline \(args[3]) \(args[4]): \(rows.count) months, \(events) events; median \(String(format: "%.1f", times[times.count / 2])) ms, first \(String(format: "%.1f", times.first!)) ms of \(runs)")
case "write":
    try WriterBench().run(corpus: args[2], store: args[3])
default:
    usage()
}
