import Foundation

/// Runs a script the way a user would, with extra environment variables.
enum Shell {
    struct Result {
        var status: Int32
        /// Standard output and error, interleaved.
        var output: String
    }

    /// The executable called `name` on PATH (or in the sbin folders root has), if any.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin", "/usr/local/sbin"] {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable arguments…` in `directory` (default: the repository root). `timeout`
    /// (coreutils) ends the whole process group after `timeout` seconds, so a hung command
    /// cannot hang the test run; `env --default-signal` unblocks the signals the test's thread
    /// blocks, which children inherit.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    timeout: Int, in directory: URL = CommandRunner.repository) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal", "timeout", "-k", "10", "\(timeout)", executable] + arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, new in new }
        variables["PATH"] = (variables["PATH"] ?? "/usr/bin:/bin") + ":/usr/sbin:/sbin"
        process.environment = variables
        // One pipe for both streams: reading one while the other fills up cannot block.
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 124 {
            output += "\n(timed out after \(timeout) s)"
        }
        return Result(status: process.terminationStatus, output: output)
    }
}
