/// What a strategy is made of, for the files that name its parts apart (`metrics.csv`'s
/// `forecaster` and `policy` columns, `summary.json`): its name as tables show it, its
/// forecaster's name — nil for a policy that reads no forecast — and its policy's name.
public struct StrategyLabel: Sendable, Hashable, Codable {
    public var name: String
    public var forecaster: String?
    public var policy: String

    public init(name: String, forecaster: String?, policy: String) {
        self.name = name
        self.forecaster = forecaster
        self.policy = policy
    }

    /// The label of `name` when nothing else is known: the part before " × " as the forecaster
    /// and the rest as the policy, or the whole name as a policy without a forecaster.
    public init(name: String) {
        if let range = name.range(of: " × ") {
            self.init(name: name, forecaster: String(name[..<range.lowerBound]), policy: String(name[range.upperBound...]))
        } else {
            self.init(name: name, forecaster: nil, policy: name)
        }
    }
}
