import Foundation
import Testing
import DyadText

@Suite struct OrderedPipelineTests {
    /// Collects delivered values; delivery happens on the submitting thread.
    final class Sink: @unchecked Sendable {
        var values: [Int] = []
    }

    @Test func deliversResultsInSubmissionOrder() {
        let sink = Sink()
        let pipeline = OrderedPipeline<Int>(workers: 3, window: 4) { sink.values.append($0) }
        for n in 0..<200 {
            pipeline.submit {
                // Later jobs finish sooner, so order must come from the pipeline.
                if n % 7 == 0 { usleep(UInt32(200 - n)) }
                return n * n
            }
        }
        pipeline.finish()
        #expect(sink.values == (0..<200).map { $0 * $0 })
    }

    @Test func finishWithoutJobsReturns() {
        let sink = Sink()
        let pipeline = OrderedPipeline<Int>(workers: 2) { sink.values.append($0) }
        pipeline.finish()
        #expect(sink.values.isEmpty)
    }

    @Test func oneWorkerAndWindowOfOneStillDeliverEverything() {
        let sink = Sink()
        let pipeline = OrderedPipeline<Int>(workers: 1, window: 1) { sink.values.append($0) }
        for n in 0..<50 { pipeline.submit { n } }
        pipeline.finish()
        #expect(sink.values == Array(0..<50))
    }
}
