import Backtest
import Foundation
import Market

/// The sink of a shard: the run's own files (``RunFiles``) plus `replications.csv`, the exact
/// catalogue figures of each replication for ``ShardMerge``.
public struct ShardFiles: BacktestSink {
    private var files: RunFiles
    private let replications: CSVStream
    private var failure: OutputError?

    public init(files: RunFiles, replicationsPath: String) throws(OutputError) {
        self.files = files
        replications = try CSVStream(path: replicationsPath, header: ReplicationTable.header)
    }

    public var wantsTrace: Bool { files.wantsTrace }

    public mutating func record(_ outcome: ProductOutcome) { files.record(outcome) }

    public mutating func trace(_ period: PeriodRecord, replication: Int, strategy: Int) {
        files.trace(period, replication: replication, strategy: strategy)
    }

    public mutating func finishReplication(_ outcome: ReplicationOutcome) {
        guard failure == nil else { return }
        do throws(OutputError) {
            for row in ReplicationTable.rows(outcome) { try replications.write(row) }
        } catch {
            failure = error
        }
    }

    /// Closes every file; throws the first write error.
    public func finish() throws(OutputError) {
        try files.finish()
        try replications.close()
        if let failure { throw failure }
    }
}
