import Foundation
import Testing

/// The sharded run on a real Slurm cluster: a one-node cluster on localhost
/// (scripts/cluster/local-slurm), the shipped job array submitted with sbatch
/// (scripts/cluster/slurm-submit), and the merged result compared with the single run.
/// Needs Debian's slurm-wlm and munge (scripts/cluster/install-slurm, which .ci/run calls) and
/// root; skipped, with the reason, otherwise.
@Suite("sharded run on a local Slurm cluster")
struct SlurmShardTests {
    /// Why the test cannot run here, or nil when it can.
    static let unavailableReason: String? = {
        #if os(Linux)
        let missing = ["sbatch", "squeue", "slurmctld", "slurmd", "munged", "mungekey"].filter { Shell.find($0) == nil }
        if !missing.isEmpty {
            return "Slurm test skipped: \(missing.joined(separator: ", ")) not installed (Debian packages slurm-wlm and munge; scripts/cluster/install-slurm)"
        }
        if getuid() != 0 {
            return "Slurm test skipped: a local Slurm cluster needs root (slurmd starts jobs as their owner)"
        }
        return nil
        #else
        return "Slurm test skipped: the local cluster is for Linux (Debian's slurm-wlm and munge)"
        #endif
    }()

    static let replications = 8
    static let shards = 4
    static let compared = ["summary.json", "summary.md", "metrics.csv"]

    @Test("the Slurm job array's merged result equals the single run, byte for byte",
          .enabled(if: unavailableReason == nil, Comment(rawValue: unavailableReason ?? "")))
    func jobArrayMatchesSingleRun() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // munged wants every user able to reach its socket folder.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let cluster = folder.appendingPathComponent("slurm")
        let sharded = folder.appendingPathComponent("sharded")
        let single = folder.appendingPathComponent("single")
        let scripts = CommandRunner.repository.appendingPathComponent("scripts/cluster")
        let environment = [
            "SLURM_CONF": cluster.appendingPathComponent("slurm.conf").path,
            "SELLTHROUGH": CommandRunner.executable.path,
            "REPLICATIONS": "\(Self.replications)",
        ]

        let up = try Shell.run(scripts.appendingPathComponent("local-slurm").path, ["up", cluster.path],
                               environment: environment, timeout: 60)
        defer {
            let down = try? Shell.run(scripts.appendingPathComponent("local-slurm").path, ["down", cluster.path],
                                      environment: environment, timeout: 60)
            #expect(down?.status == 0, "local-slurm down: \(down?.output ?? "did not run")")
        }
        guard up.status == 0 else {
            let reason = "Slurm test skipped: the local cluster could not be brought up:\n\(up.output)"
            #if compiler(>=6.3)
            try Test.cancel(Comment(rawValue: reason))
            #else
            print(reason)
            return
            #endif
        }

        // The script asks for 2 CPUs a task; a one-CPU machine could never start one.
        let cpus = ProcessInfo.processInfo.activeProcessorCount < 2 ? ["--cpus-per-task=1"] : []
        let submitted = try Shell.run(scripts.appendingPathComponent("slurm-submit").path,
                                      ["Scenarios/quickstart.yaml", sharded.path, "\(Self.shards)", "--wait"] + cpus,
                                      environment: environment, timeout: 180)
        try #require(submitted.status == 0, "slurm-submit: \(submitted.output)")
        #expect(submitted.output.contains("array job"), "\(submitted.output)")
        for index in 0..<Self.shards {
            #expect(FileManager.default.fileExists(atPath: sharded.appendingPathComponent("shard-\(index)").path))
        }

        let alone = try CommandRunner.run(["run", "Scenarios/quickstart.yaml", "--replications", "\(Self.replications)",
                                           "--out", single.path, "--quiet"])
        try #require(alone.status == 0, "\(alone.standardError)")
        let merged = sharded.appendingPathComponent("merged")
        for name in Self.compared {
            let one = try Data(contentsOf: single.appendingPathComponent(name))
            let other = try Data(contentsOf: merged.appendingPathComponent(name))
            #expect(one == other, "\(name): the merged result of the Slurm job array differs from the single run")
        }
    }
}
