import Backtest
import Foundation
import Reporting
import Testing
import Workflows

/// Runs in shards and their merge: the merged folder holds the whole run's files byte for byte.
@Suite("run workflow in shards, and merge")
struct ShardMergeTests {
    static let compared = ["summary.json", "summary.md", "metrics.csv", "trace.csv", "scenario.yaml", "report-data.json", "report.html"]

    /// Runs `scenario` as shard `index` of `count` into `folder/name`, configured by `configure`.
    static func shard(_ scenario: String, _ index: Int, of count: Int, into folder: URL, _ name: String,
                      _ configure: @escaping @Sendable (inout RunWorkflow.Options) -> Void = { _ in }) async throws -> URL {
        let shard = try Shard(index: index, count: count)
        _ = try await Run.backtest(scenario, into: folder, name) {
            configure(&$0)
            $0.shard = shard
        }
        return folder.appendingPathComponent(name)
    }

    @Test("four shards run at once, merged, equal the single run byte for byte; so does one thread")
    func fourShards() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let common: @Sendable (inout RunWorkflow.Options) -> Void = {
            $0.replications = 9
            $0.writesTrace = true
        }
        _ = try await Run.backtest(Fixtures.quickstart, into: folder, "single", common)
        _ = try await Run.backtest(Fixtures.quickstart, into: folder, "one-thread") {
            common(&$0)
            $0.threads = 1
        }
        let shards = try await withThrowingTaskGroup(of: URL.self) { group in
            for index in 0..<4 {
                group.addTask { try await Self.shard(Fixtures.quickstart, index, of: 4, into: folder, "shard-\(index)", common) }
            }
            return try await group.reduce(into: [URL]()) { $0.append($1) }
        }
        let merged = try await Run.merge(shards.sorted { $0.path > $1.path }, into: folder, "merged")
        #expect(merged.shards == 4 && merged.run.replications == 9)
        // The forecast accuracy scored since the shared accumulator (MASE, RMSSE, pinball) goes
        // through shards too: the byte comparison below covers it.
        let summary = try Fixtures.read(folder.appendingPathComponent("merged"), "summary.json")
        let rows = try Fixtures.read(folder.appendingPathComponent("merged"), "metrics.csv")
        for metric in [Metric.maseDemand, .rmsseDemand, .pinballDemand] {
            #expect(summary.contains("\"\(metric.rawValue)\"") && rows.contains(",\(metric.rawValue),"), "\(metric.rawValue)")
        }
        for name in Self.compared {
            let expected = try Data(contentsOf: folder.appendingPathComponent("single/\(name)"))
            #expect(try Data(contentsOf: folder.appendingPathComponent("merged/\(name)")) == expected, "merged \(name)")
            #expect(try Data(contentsOf: folder.appendingPathComponent("one-thread/\(name)")) == expected, "one thread \(name)")
        }
    }

    @Test("a history replay in three shards, merged, equals the single run and the one-thread run byte for byte")
    func historyReplayShards() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = Fixtures.path("Scenarios/gift-shop-replay.yaml")
        let common: @Sendable (inout RunWorkflow.Options) -> Void = {
            $0.replications = 5
            $0.writesTrace = true
        }
        _ = try await Run.backtest(scenario, into: folder, "single", common)
        _ = try await Run.backtest(scenario, into: folder, "one-thread") {
            common(&$0)
            $0.threads = 1
        }
        var shards: [URL] = []
        for index in 0..<3 { shards.append(try await Self.shard(scenario, index, of: 3, into: folder, "shard-\(index)", common)) }
        _ = try await Run.merge(shards, into: folder, "merged")
        for name in Self.compared {
            let expected = try Data(contentsOf: folder.appendingPathComponent("single/\(name)"))
            #expect(try Data(contentsOf: folder.appendingPathComponent("merged/\(name)")) == expected, "merged \(name)")
            #expect(try Data(contentsOf: folder.appendingPathComponent("one-thread/\(name)")) == expected, "one thread \(name)")
        }
    }

    @Test("fewer replications than shards, with the typical or a chosen replication shown, merge to the single run's files, report and trace included",
          arguments: [nil, 2] as [Int?])
    func fewReplicationsThroughShards(shown: Int?) async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Three replications in four shards: shard 0 runs none (⌊3·0/4⌋ ..< ⌊3·1/4⌋).
        let common: @Sendable (inout RunWorkflow.Options) -> Void = {
            $0.replications = 3
            $0.writesTrace = true
            $0.shownReplication = shown
        }
        _ = try await Run.backtest(Fixtures.quickstart, into: folder, "single", common)
        var shards: [URL] = []
        for index in 0..<4 {
            shards.append(try await Self.shard(Fixtures.quickstart, index, of: 4, into: folder, "shard-\(index)", common))
        }
        _ = try await Run.merge(shards, into: folder, "merged")
        for name in Self.compared {
            #expect(try Data(contentsOf: folder.appendingPathComponent("merged/\(name)"))
                        == Data(contentsOf: folder.appendingPathComponent("single/\(name)")), "merged \(name)")
        }
        guard shown != nil else { return }
        let page = try Fixtures.read(folder.appendingPathComponent("merged"), "report.html")
        #expect(page.contains("follow replication 2 (numbered 0 to 2 as in metrics.csv), as chosen."))
        // Shards asked to show different replications are not one run.
        let other = try await Self.shard(Fixtures.quickstart, 0, of: 4, into: folder, "other") {
            $0.replications = 3
            $0.writesTrace = true
        }
        let error = await expectFailure { try await Run.merge([other] + shards.dropFirst(), into: folder, "mixed") }
        let input = try #require(error?.input as? MergeError, "\(String(describing: error))")
        #expect(String(describing: input).contains("shown replication"), "\(input)")
    }

    @Test("strategies managing some products keep their comparison on shared products through shards")
    func partialStrategiesThroughShards() async throws {
        // fashion-jacket's s-S-navy and s-S-olive manage one jacket each: their differences from
        // the baseline come from the `shared` rows of replications.csv, which merge must read back.
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = Fixtures.path("Scenarios/fashion-jacket.yaml")
        let common: @Sendable (inout RunWorkflow.Options) -> Void = {
            $0.replications = 4
            $0.writesMetrics = false
        }
        _ = try await Run.backtest(scenario, into: folder, "single", common)
        var shards: [URL] = []
        for index in 0..<2 {
            shards.append(try await Self.shard(scenario, index, of: 2, into: folder, "shard-\(index)", common))
        }
        let table = try Fixtures.read(shards[0], "replications.csv")
        #expect(table.contains(",shared,profit,") && table.contains(",shared-baseline,profit,"))
        _ = try await Run.merge(shards, into: folder, "merged")
        for name in ["summary.json", "summary.md"] {
            #expect(try Data(contentsOf: folder.appendingPathComponent("merged/\(name)"))
                        == Data(contentsOf: folder.appendingPathComponent("single/\(name)")), "merged \(name)")
        }
    }

    @Test("merging a missing, repeated or foreign shard is refused and writes nothing")
    func badMerges() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func shard(_ scenario: String, _ index: Int) async throws -> URL {
            let name = "\(URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent)-\(index)of2"
            return try await Self.shard(scenario, index, of: 2, into: folder, name) {
                $0.replications = 4
                $0.writesMetrics = false
            }
        }
        let a0 = try await shard(Fixtures.quickstart, 0)
        let a1 = try await shard(Fixtures.quickstart, 1)
        let b1 = try await shard(Fixtures.path("Scenarios/fashion-jacket.yaml"), 1)
        let cases: [([URL], String)] = [
            ([a0], "shard 1/2 is missing"),
            ([a0, a1, a1], "repeats shard 1/2"),
            ([a0, b1], "another scenario"),
            ([folder], "is not a partial result"),
        ]
        for (folders, message) in cases {
            let error = await expectFailure { try await Run.merge(folders, into: folder, "merged") }
            let input = try #require(error?.input, "\(folders): \(String(describing: error))")
            #expect(String(describing: input).contains(message), "\(input)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("merged").path))
        }
    }
}
