import Foundation

/// Runs jobs on several threads and hands their results back in the order
/// the jobs were submitted: the shape of "read serially, work in parallel,
/// write in order" that coding a corpus needs.
///
/// One thread (the producer) submits jobs and receives the results: it
/// reads the input, and `deliver` writes the output, so neither reading nor
/// writing needs a lock. While it reads, the workers code; finished results
/// are delivered as soon as every earlier one has been. At most `window`
/// jobs are in flight, so memory stays bounded however large the input.
///
/// ```swift
/// let pipeline = OrderedPipeline<String>(workers: 2) { print($0) }
/// for n in 1...100 { pipeline.submit { "\(n * n)" } }   // squares computed on two threads…
/// pipeline.finish()                                    // …printed 1, 4, 9, … in order
/// ```
///
/// `submit` and `finish` must be called from the producer thread only, and
/// `finish` once at the end (it also lets the worker threads exit);
/// `deliver` runs on the producer thread, never concurrently with itself.
public final class OrderedPipeline<Output: Sendable>: @unchecked Sendable {
    private let deliver: (Output) -> Void
    private let window: Int
    private let workers: Int
    private let condition = NSCondition()
    /// Finished results not yet delivered, by job number.
    private var finished: [Int: Output] = [:]
    /// Jobs waiting for a worker, oldest first, and how far into the queue workers have got.
    private var queue: [(Int, @Sendable () -> Output)] = []
    private var queueHead = 0
    private var submitted = 0
    private var delivered = 0
    private var started = 0
    private var closed = false

    /// A pipeline of `workers` threads (at least one) keeping at most
    /// `window` jobs in flight; `deliver` receives each result in order.
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
                deliver: @escaping (Output) -> Void) {
        self.workers = max(1, workers)
        self.window = max(1, window ?? 4 * max(1, workers))
        self.deliver = deliver
    }

    /// Queues `job`; first delivers whatever results are ready, and waits
    /// while `window` jobs are in flight.
    public func submit(_ job: @escaping @Sendable () -> Output) {
        condition.lock()
        precondition(!closed, "OrderedPipeline.submit after finish")
        queue.append((submitted, job))
        submitted += 1
        if started < workers {
            started += 1
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        condition.broadcast()
        var ready = takeReady()
        while ready.isEmpty, submitted - delivered >= window {
            condition.wait()
            ready = takeReady()
        }
        condition.unlock()
        ready.forEach(deliver)
    }

    /// Waits for every job and delivers the remaining results in order.
    public func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        while delivered < submitted {
            let ready = takeReady()
            if ready.isEmpty {
                condition.wait()
                continue
            }
            condition.unlock()
            ready.forEach(deliver)
            condition.lock()
        }
        condition.unlock()
    }

    /// Removes the results that are next in order; the caller holds the lock.
    private func takeReady() -> [Output] {
        var ready: [Output] = []
        while let next = finished.removeValue(forKey: delivered) {
            ready.append(next)
            delivered += 1
        }
        return ready
    }

    /// A worker: takes the oldest waiting job until the pipeline is finished and drained.
    private func work() {
        condition.lock()
        while true {
            if queueHead < queue.count {
                let (number, job) = queue[queueHead]
                queueHead += 1
                if queueHead > 64, queueHead * 2 > queue.count {
                    queue.removeFirst(queueHead)
                    queueHead = 0
                }
                condition.unlock()
                let result = job()
                condition.lock()
                finished[number] = result
                condition.broadcast()
            } else if closed {
                break
            } else {
                condition.wait()
            }
        }
        condition.unlock()
    }
}
