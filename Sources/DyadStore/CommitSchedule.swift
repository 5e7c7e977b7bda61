import Foundation

/// When the ingest writer commits: after every `batchesPerCommit` batches, or sooner once
/// `secondsPerCommit` have passed since the last commit.
///
/// Committing less often writes less (a commit writes every page its batches changed, and
/// the indices' pages are the same from batch to batch); committing at least every few
/// seconds lets another process that waits to write to the same store have its turn.
///
/// ```swift
/// var schedule = CommitSchedule(batchesPerCommit: 4)
/// (1...4).map { _ in schedule.commitsAfterNextBatch() }  // [false, false, false, true]
/// ```
struct CommitSchedule {
    let batchesPerCommit: Int
    let secondsPerCommit: TimeInterval
    private var uncommitted = 0
    private var lastCommit: Date

    init(batchesPerCommit: Int, secondsPerCommit: TimeInterval = 5, now: Date = Date()) {
        self.batchesPerCommit = max(batchesPerCommit, 1)
        self.secondsPerCommit = secondsPerCommit
        lastCommit = now
    }

    /// Counts one more batch; returns whether the writer commits after writing it.
    mutating func commitsAfterNextBatch(now: Date = Date()) -> Bool {
        uncommitted += 1
        guard uncommitted >= batchesPerCommit || now.timeIntervalSince(lastCommit) >= secondsPerCommit else { return false }
        uncommitted = 0
        lastCommit = now
        return true
    }
}
