import Foundation

/// What produced a run folder: tool version, command line, seed and timings.
public struct RunManifest: Codable, Sendable {
    public var tool: String
    public var version: String
    public var command: [String]
    public var scenarioFile: String
    public var scenario: String
    public var seed: UInt64
    /// The replication simulated (`simulate`), or nil for a run over several.
    public var replication: Int?
    /// Replications run (`run`), or nil for a single simulation.
    public var replications: Int?
    public var generator: String
    /// When the run started (ISO 8601, UTC).
    public var startedAt: Date
    /// Wall-clock seconds per stage.
    public var seconds: [String: Double]

    public init(tool: String, version: String, command: [String], scenarioFile: String, scenario: String,
                seed: UInt64, replication: Int? = nil, replications: Int? = nil, generator: String, startedAt: Date,
                seconds: [String: Double]) {
        self.tool = tool
        self.version = version
        self.command = command
        self.scenarioFile = scenarioFile
        self.scenario = scenario
        self.seed = seed
        self.replication = replication
        self.replications = replications
        self.generator = generator
        self.startedAt = startedAt
        self.seconds = seconds
    }
}

/// JSON as Sellthrough writes it: pretty, keys sorted (stable diffs), ISO 8601 dates.
public enum ResultJSON {
    public static func encode<Value: Encodable>(_ value: Value) throws(OutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(value)
        } catch {
            throw OutputError(path: "\(Value.self)", reason: "cannot encode as JSON: \(error)")
        }
    }
}
