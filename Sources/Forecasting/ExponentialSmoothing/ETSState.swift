/// The states of an ETS model after some period t: level ℓ_t, slope b_t and the last m seasonal
/// states s_{t−m+1} … s_t (Hyndman et al. 2008, §2.2), in the units of the series (seasonal
/// states are units when additive, ratios when multiplicative).
///
/// The seasonal states live in a ring of m slots; `seasonCursor` points at s_{t+1−m}, the state
/// the next period uses and then replaces, so moving on by one period never allocates.
public struct ETSState: Hashable, Codable, Sendable {
    /// ℓ_t, units.
    public var level: Double
    /// b_t, units per period; 0 without a trend.
    public var slope: Double
    /// The seasonal ring (empty without a season).
    public var seasons: [Double]
    /// Index in `seasons` of the state the next period uses.
    public var seasonCursor: Int

    /// States with the seasonal states given oldest first (`seasons[0]` is used next).
    public init(level: Double, slope: Double = 0, seasons: [Double] = []) {
        self.level = level
        self.slope = slope
        self.seasons = seasons
        self.seasonCursor = 0
    }

    /// The seasonal state used `ahead` periods from now (1 = the next period), cycling.
    func season(ahead: Int) -> Double {
        let m = seasons.count
        return seasons[(seasonCursor + (ahead - 1) % m) % m]
    }

    /// ℓ + φb, the forecast base of the next period.
    func base(_ form: ETSForm, _ parameters: ETSParameters) -> Double {
        form.hasTrend ? level + parameters.phi * slope : level
    }

    /// μ_{t+1}, the one-step forecast (Hyndman et al. 2008, table 2.1).
    func oneStepMean(_ form: ETSForm, _ parameters: ETSParameters) -> Double {
        let base = base(form, parameters)
        switch form.season {
        case .none: return base
        case .additive: return base + seasons[seasonCursor]
        case .multiplicative: return base * seasons[seasonCursor]
        }
    }

    /// Moves on by one observed period `y`, returning the one-step forecast μ and error u = y − μ
    /// it was made with. See ``ETSParameters`` for the recursions.
    @discardableResult
    mutating func update(with y: Double, _ form: ETSForm, _ parameters: ETSParameters) -> (mean: Double, error: Double) {
        let base = base(form, parameters)
        switch form.season {
        case .none:
            let u = y - base
            level = base + parameters.alpha * u
            if form.hasTrend { slope = parameters.phi * slope + parameters.beta * u }
            return (base, u)
        case .additive:
            let s = seasons[seasonCursor]
            let u = y - base - s
            level = base + parameters.alpha * u
            if form.hasTrend { slope = parameters.phi * slope + parameters.beta * u }
            seasons[seasonCursor] = s + parameters.gamma * u
            advanceSeason()
            return (base + s, u)
        case .multiplicative:
            let s = seasons[seasonCursor]
            let mean = base * s
            let u = y - mean
            level = base + parameters.alpha * u / s
            if form.hasTrend { slope = parameters.phi * slope + parameters.beta * u / s }
            seasons[seasonCursor] = s + parameters.gamma * u / base
            advanceSeason()
            return (mean, u)
        }
    }

    /// Copies `other`'s states in place (same season length), so a search can restart from the
    /// same initial states at every evaluation without allocating.
    mutating func reset(to other: ETSState) {
        level = other.level
        slope = other.slope
        for j in seasons.indices { seasons[j] = other.seasons[j] }
        seasonCursor = other.seasonCursor
    }

    private mutating func advanceSeason() {
        seasonCursor = seasonCursor + 1 == seasons.count ? 0 : seasonCursor + 1
    }

    /// Whether every state is finite.
    var isFinite: Bool {
        level.isFinite && slope.isFinite && seasons.allSatisfy(\.isFinite)
    }
}
