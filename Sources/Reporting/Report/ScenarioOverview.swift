/// The outline of a scenario a report opens with: what was simulated, over which horizon,
/// how often, and which strategies were compared.
public struct ScenarioOverview: Codable, Sendable, Equatable {
    public var name: String
    /// The scenario's free text, if any.
    public var description: String?
    public var seed: UInt64
    /// Replications of the whole run.
    public var replications: Int
    /// First day of period 0, ISO 8601 (`2026-03-02`).
    public var start: String
    /// Periods in the horizon (≥ 1).
    public var periods: Int
    /// "day", "week", "month" or "quarter".
    public var periodLength: String
    /// Products in the catalogue (the report draws at most ``ReportData/productLimit``).
    public var productCount: Int
    /// Forecaster and policy names as the scenario gives them; strategies are their pairs.
    public var forecasters: [String]
    public var policies: [String]
    /// Strategy names in plan order ("forecaster × policy").
    public var strategies: [String]
    public var baseline: String
    /// Events (promotions, price changes, shocks) in the scenario.
    public var eventCount: Int
    /// Paths of the fields the scenario's `uncertainty` section draws (only `whatif` draws
    /// them; a run uses the written values); nil without the section.
    public var uncertainParameters: [String]?

    public init(name: String, description: String?, seed: UInt64, replications: Int, start: String, periods: Int,
                periodLength: String, productCount: Int, forecasters: [String], policies: [String], strategies: [String],
                baseline: String, eventCount: Int, uncertainParameters: [String]? = nil) {
        self.name = name
        self.description = description
        self.seed = seed
        self.replications = replications
        self.start = start
        self.periods = periods
        self.periodLength = periodLength
        self.productCount = productCount
        self.forecasters = forecasters
        self.policies = policies
        self.strategies = strategies
        self.baseline = baseline
        self.eventCount = eventCount
        self.uncertainParameters = uncertainParameters
    }
}
