import Forecasting

extension RollingOriginEvaluation {
    /// Series evaluated per task: small enough to balance two to a few dozen threads, large
    /// enough that task overhead is negligible.
    static let chunkSize = 4

    /// Every series' windows, in series order, computed by at most `threads` concurrent tasks.
    /// - Parameter progress: called (on the calling task) each time a chunk of series is done,
    ///   with the number of series done so far.
    public func run(_ series: [EvaluationSeries], threads: Int, progress: (_ done: Int) -> Void = { _ in }) async -> [SeriesForecasts] {
        let chunks = stride(from: 0, to: series.count, by: Self.chunkSize).map { $0..<min($0 + Self.chunkSize, series.count) }
        var results = Array(repeating: SeriesForecasts(series: 0, windows: []), count: series.count)
        await withTaskGroup(of: [SeriesForecasts].self) { group in
            var next = 0
            func addChunk() {
                guard next < chunks.count else { return }
                let range = chunks[next]
                next += 1
                group.addTask { range.map { forecasts(for: series[$0], index: $0) } }
            }
            for _ in 0..<max(1, threads) { addChunk() }
            var finished = 0
            while let done = await group.next() {
                for result in done { results[result.series] = result }
                finished += done.count
                progress(finished)
                addChunk()
            }
        }
        return results
    }
}
