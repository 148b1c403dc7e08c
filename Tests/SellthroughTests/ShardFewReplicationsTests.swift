import Foundation
import Testing

/// Fewer replications than shards: the first shards run none. Merge computes the report's
/// replication again itself, so no shard has to hold it.
@Suite("merge with empty shards")
struct ShardFewReplicationsTests {
    @Test("3 replications in 4 shards (shard 0 empty) merge to the single run byte for byte, report included")
    func emptyFirstShard() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let common = ["run", "Scenarios/quickstart.yaml", "--replications", "3", "--trace", "--quiet"]
        let single = folder.appendingPathComponent("single")
        #expect(try CommandRunner.run(common + ["--out", single.path]).status == 0)
        let shards = (0..<4).map { folder.appendingPathComponent("shard-\($0)") }
        for (index, out) in shards.enumerated() {
            let result = try CommandRunner.run(common + ["--shard", "\(index)/4", "--out", out.path])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let merged = folder.appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge"] + shards.map(\.path) + ["--out", merged.path])
        #expect(result.status == 0, "\(result.standardError)")
        for name in ShardCommandTests.compared {
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == Data(contentsOf: single.appendingPathComponent(name)),
                    "merged \(name)")
        }

    }
}
