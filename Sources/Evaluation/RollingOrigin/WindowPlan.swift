/// Where the rolling-origin windows of a series fall: one window per ``WindowOrigin``, each
/// fitting on the periods before its cutoff and forecasting the next `horizon` periods.
///
/// **Trailing windows (the default)** follow statsforecast's `cross_validation` arithmetic
/// (Nixtla, statsforecast 2.x, `StatsForecast.cross_validation`):
///
/// - the test span is `testSize = horizon + step·(windows − 1)` periods at the end of the
///   series, counted back from each series' own last period;
/// - window i (0-based, oldest first) fits on the first `n − testSize + i·step` periods (that
///   count is the *cutoff*: the last fitted period is the one before it) and forecasts the
///   next `horizon` periods, so the last window ends at the series' last period — the origins
///   are `end-testSize`, …, `end-horizon`;
/// - statsforecast refuses a series with n ≤ testSize (no period left to fit on); here such a
///   series is skipped, as is one shorter than ``minimumLength``.
///
/// With step < horizon windows overlap; with step > horizon periods between them go unscored.
///
/// **Explicit origins** (`launch+4,launch+8`, or `end-K` chosen freely) give each series the
/// windows of those origins that fit in it (at least one period to fit on, the horizon inside
/// the series); the others are skipped window by window, so a short-lived product still counts
/// at its early origins.
public struct WindowPlan: Sendable, Hashable, Codable {
    /// Periods forecast at each cutoff, ≥ 1.
    public var horizon: Int
    /// Number of windows (origins), ≥ 1.
    public var windows: Int
    /// Periods between successive cutoffs of trailing windows, ≥ 1 (the horizon for explicit
    /// origins, where it means nothing).
    public var step: Int
    /// Series shorter than this many periods are skipped (trailing windows: never below
    /// `testSize + 1`; explicit origins: 1 unless given).
    public var minimumLength: Int
    /// The origin of each window, in window order (oldest first).
    public var origins: [WindowOrigin]
    /// Whether the origins were given explicitly rather than derived from windows and step.
    public var isExplicit: Bool

    /// Trailing windows.
    /// - Parameter minimumLength: nil for statsforecast's own rule (`testSize + 1`).
    public init(horizon: Int, windows: Int, step: Int? = nil, minimumLength: Int? = nil) {
        precondition(horizon >= 1 && windows >= 1 && (step ?? 1) >= 1, "WindowPlan: horizon, windows and step must be ≥ 1")
        self.horizon = horizon
        self.windows = windows
        let stride = step ?? horizon
        self.step = stride
        let test = horizon + stride * (windows - 1)
        self.minimumLength = max(test + 1, minimumLength ?? 0)
        origins = (0..<windows).map { .end(test - $0 * stride) }
        isExplicit = false
    }

    /// Windows at explicit `origins` (as ``WindowOrigin/list(_:horizon:)`` returns them).
    /// - Parameter minimumLength: nil to take every series in which some window fits.
    public init(horizon: Int, origins: [WindowOrigin], minimumLength: Int? = nil) {
        precondition(horizon >= 1 && !origins.isEmpty, "WindowPlan: horizon ≥ 1 and at least one origin")
        self.horizon = horizon
        windows = origins.count
        step = horizon
        self.minimumLength = max(1, minimumLength ?? 1)
        self.origins = origins
        isExplicit = true
    }

    /// The rule of the peer script `peer_statsforecast.py`: a series needs at least
    /// `horizon·windows + 2·horizon` periods (with step = horizon: two horizons to fit on
    /// before the first cutoff). The default for histories, so frames are comparable.
    public static func peerMinimumLength(horizon: Int, windows: Int) -> Int {
        horizon * windows + 2 * horizon
    }

    /// Periods at the end of a series covered by trailing windows.
    public var testSize: Int { horizon + step * (windows - 1) }

    /// Whether a series of `length` periods is evaluated.
    public func accepts(length: Int) -> Bool {
        length >= minimumLength
    }

    /// The cutoff of each trailing window (oldest first): the number of leading periods fitted
    /// on. Empty for a series that is not accepted.
    public func cutoffs(length: Int) -> [Int] {
        windows(length: length, launch: nil).map(\.cutoff)
    }

    /// The windows of a series of `length` periods launched at index `launch` (nil: never
    /// sold): each fitting origin (its index in ``origins``) with its cutoff, oldest first.
    /// `launchSeen` false (a history series that sold on the history's first date, launched
    /// perhaps before it) drops the `launch-K` windows: its launch is not in the history.
    public func windows(length: Int, launch: Int?, launchSeen: Bool = true) -> [(origin: Int, cutoff: Int)] {
        guard accepts(length: length) else { return [] }
        return origins.enumerated().compactMap { index, origin in
            guard launchSeen || !origin.isBeforeLaunch else { return nil }
            return origin.cutoff(length: length, launch: launch, horizon: horizon).map { (index, $0) }
        }
    }

    /// The origins' labels, in window order (`end-24`, `end-16`, `end-8`).
    public var originLabels: [String] { origins.map(\.description) }
}
