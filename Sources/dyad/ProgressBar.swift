import DyadStore
import Foundation

/// The progress bar `dyad code`, `ingest` and `recode` draw on standard error: documents done,
/// documents per second and an ETA, redrawn in place.
///
/// Drawn only on a terminal, never into a pipe or a file. Counts may arrive often (every few
/// documents) or seldom (once per batch of thousands); the bar redraws at most every quarter
/// second when they arrive, and a timer redraws it every second in between, so the rate and the
/// ETA move even while a large batch is being coded.
///
/// ```swift
/// let bar = ProgressBar(enabled: StandardError.isTerminal, total: 1_000)
/// bar.update(done: 16, events: 40)
/// bar.finish()
/// ```
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    let total: Int
    private let start = Date()
    private let lock = NSLock()
    private var done = 0, events = 0
    private var lastDraw = Date.distantPast
    private var timer: DispatchSourceTimer?

    init(enabled: Bool, total: Int) {
        self.enabled = enabled
        self.total = total
        guard enabled else { return }
        let t = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        t.schedule(deadline: .now() + 1, repeating: 1)
        t.setEventHandler { [weak self] in self?.redraw(force: true) }
        t.resume()
        timer = t
    }

    /// New counts; drawn unless the bar was drawn less than a quarter second ago.
    func update(done: Int, events: Int) {
        guard enabled else { return }
        lock.lock()
        self.done = done
        self.events = events
        lock.unlock()
        redraw(force: false)
    }

    /// The counts of an ingest or recode summary.
    func update(_ s: IngestSummary) { update(done: s.documents + s.skipped, events: s.events) }

    /// Erases the bar (before an error line, and at the end).
    func clear() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Stops the timer and erases the bar.
    func finish() {
        timer?.cancel()
        timer = nil
        clear()
    }

    private func redraw(force: Bool) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(Self.line(done: done, total: total, events: events,
                                                      seconds: now.timeIntervalSince(start)).utf8))
    }

    /// One drawing of the bar: `\r███░░ 120/400 docs  310 events  60 docs/s  ETA 4s`.
    static func line(done: Int, total: Int, events: Int, seconds: Double) -> String {
        let rate = Double(done) / max(seconds, 0.001)
        let fraction = total > 0 ? min(Double(done) / Double(total), 1) : 0
        let filled = Int(fraction * 30)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        let eta = rate > 0 && total > done ? "ETA \(clock(Double(total - done) / rate))" : ""
        return "\r\(bar) \(done)/\(total) docs  \(events) events  \(Int(rate)) docs/s  \(eta)\u{1B}[K"
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds)
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }
}
