/// Where the rolling-origin windows of a series fall, with statsforecast's `cross_validation`
/// arithmetic (Nixtla, statsforecast 2.x, `StatsForecast.cross_validation`):
///
/// - the test span is `testSize = horizon + step·(windows − 1)` periods at the end of the
///   series, counted back from each series' own last period;
/// - window i (0-based, oldest first) fits on the first `n − testSize + i·step` periods (that
///   count is the *cutoff*: the last fitted period is the one before it) and forecasts the
///   next `horizon` periods, so the last window ends at the series' last period;
/// - statsforecast refuses a series with n ≤ testSize (no period left to fit on); here such a
///   series is skipped, as is one shorter than ``minimumLength``.
///
/// With step < horizon windows overlap; with step > horizon periods between them go unscored.
public struct WindowPlan: Sendable, Hashable, Codable {
    /// Periods forecast at each cutoff, ≥ 1.
    public var horizon: Int
    /// Number of cutoffs, ≥ 1.
    public var windows: Int
    /// Periods between successive cutoffs, ≥ 1.
    public var step: Int
    /// Series shorter than this many periods are skipped (never below `testSize + 1`).
    public var minimumLength: Int

    /// - Parameter minimumLength: nil for statsforecast's own rule (`testSize + 1`).
    public init(horizon: Int, windows: Int, step: Int? = nil, minimumLength: Int? = nil) {
        precondition(horizon >= 1 && windows >= 1 && (step ?? 1) >= 1, "WindowPlan: horizon, windows and step must be ≥ 1")
        self.horizon = horizon
        self.windows = windows
        self.step = step ?? horizon
        let test = horizon + self.step * (windows - 1)
        self.minimumLength = max(test + 1, minimumLength ?? 0)
    }

    /// The rule of the peer script `peer_statsforecast.py`: a series needs at least
    /// `horizon·windows + 2·horizon` periods (with step = horizon: two horizons to fit on
    /// before the first cutoff). The default for histories, so frames are comparable.
    public static func peerMinimumLength(horizon: Int, windows: Int) -> Int {
        horizon * windows + 2 * horizon
    }

    /// Periods at the end of a series covered by the windows.
    public var testSize: Int { horizon + step * (windows - 1) }

    /// Whether a series of `length` periods is evaluated.
    public func accepts(length: Int) -> Bool {
        length >= minimumLength
    }

    /// The cutoff of each window (oldest first): the number of leading periods fitted on.
    /// Empty for a series that is not accepted.
    public func cutoffs(length: Int) -> [Int] {
        guard accepts(length: length) else { return [] }
        return (0..<windows).map { length - testSize + $0 * step }
    }
}
