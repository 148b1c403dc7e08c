import Forecasting
import TaskPool

extension RollingOriginEvaluation {
    /// Series evaluated per item of work: small enough to balance two to a few dozen threads,
    /// large enough that task overhead is negligible.
    static let chunkSize = 4

    /// Every series' windows, in series order, computed in chunks of ``chunkSize`` series by at
    /// most `threads` workers of an ``OrderedTaskPool``.
    /// - Parameter progress: called (on the calling task, in series order) each time a chunk of
    ///   series is done, with the number of series done so far.
    public func run(_ series: [EvaluationSeries], threads: Int, progress: (_ done: Int) -> Void = { _ in }) async -> [SeriesForecasts] {
        let chunks = (series.count + Self.chunkSize - 1) / Self.chunkSize
        var results: [SeriesForecasts] = []
        results.reserveCapacity(series.count)
        await OrderedTaskPool(workers: threads).run(chunks) { chunk in
            let start = chunk * Self.chunkSize
            return (start..<min(start + Self.chunkSize, series.count)).map { forecasts(for: series[$0], index: $0) }
        } deliver: { _, chunk in
            results += chunk
            progress(results.count)
        }
        return results
    }
}
