/// The analog (look-alike) forecaster: a product's future follows the shape of the most
/// comparable products, scaled to its own sales so far — the standard way to forecast new
/// products without history of their own (Kahn 2002, "An exploratory investigation of new
/// product forecasting practices", *J. Product Innovation Management* 19(2): "looks-like
/// analysis"; Hyndman & Athanasopoulos, FPP3 §6.4, "Forecasting by analogy").
///
/// **Analogs.** The candidates are the references of `ForecastingContext.analogs` that ever sold,
/// ranked once at creation by ``AnalogSimilarity`` to `ForecastingContext.profile` (category,
/// Jaccard overlap of attributes, price band, TF-IDF cosine of descriptions); those with similarity 0 are never used. At each
/// forecast, as of the last observed calendar period P, the `analogCount` most similar *usable*
/// references are pooled with weights w_r proportional to their similarity (summing to 1).
/// References are laid against the product's own ages (age 1 = its first sale; a = its age at P)
/// by ``Alignment``: by launch (the lifecycle shape, the default) or by calendar one season back
/// (the seasonal shape comparable products had a year ago). A reference is usable when, reading
/// its sales at periods ≤ P only (no look-ahead, see ``AnalogLibrary``), the next own age a + 1
/// is known, it has data at the ages the scale is fitted on and sold something there (before the
/// product's first sale, aligned by launch: it has lived its first `window` ages by P or its
/// series ended, and its own launch was seen, see ``AnalogLibrary/launchesUnseenAt``). Aligned by
/// launch, the product's own series in the library is therefore never usable (at P it covers
/// exactly a ages); a past season of the same product is used like any other reference. Beyond
/// its last known age a reference continues flat (see ``AnalogShape``).
///
/// **Forecast.** With W the `window` own ages ending at a (max(1, a − W + 1)…a), x_r(α) the
/// reference's sales laid at own age α and n_r their mean over W, the pooled shape is the ratio
/// estimator S̄(α) = Σ w_r x_r(α) / Σ w_r n_r (pooling before dividing, so a reference that
/// sold almost nothing over W cannot blow the shape up). Its mean over W is 1. The scale is
/// fitted to the product's own sales y over W by least squares, k̂ = Σ y·S̄/Σ S̄² (through the
/// origin; on a noisy pooled shape it errs low, yet on the Online Retail II weekly data it scored
/// better than the unattenuated ratio Σ y/Σ S̄: RMSSE 0.540 against 0.549, h = 8, 4 windows), and
/// shrunk toward the analogs' typical scale k₀ = Σ w_r n_r by precision (empirical Bayes): k̂ has
/// variance σ̂²/Σ S̄² with σ̂² = (Σ(y − k̂S̄)² + 2k̂)/(|W| + 1) (the residual variance with two
/// pseudo-residuals of Poisson noise), k₀ has variance τ² = the analogs' scales' weighted
/// variance about k₀, at least (k₀/2)², divided by `shrinkage` (default 1; 0 = no shrinkage);
/// k is their precision-weighted mean. So two or three own sales are pulled toward comparable
/// products, a long own history hardly at all, and a product that has stopped selling (k̂ = 0,
/// no residual) stays at 0. The forecast of age a + h is k·S̄(a + h). Before the first sale
/// (a = 0) the product is taken to launch next period and the forecast is the analogs' mean
/// sales Σ w_r x_r(h), unscaled (or, with `launchPoint` ``LaunchPoint/scaled``, the point for
/// RMSSE), with the distribution of their launch curves (`AnalogForecaster+Launch.swift`).
///
/// **Spread.** Normal. Per period: k²·V_h + σ², with σ² = (Σ(y − k̂S̄)² + 2k)/(|W| + 1). V_h is
/// the dispersion of the references about the pooled shape, in the ratio estimator's own terms:
/// Σ w_r (x_r − S̄·n_r)² / Σ w_r n_r², divided by 1 − Σw² (unbiased for weights; 0 for one
/// reference) — how much comparable products disagree. For the total of the first j periods,
/// the references' own totals over those ages give the shape term (a product above the pooled
/// shape stays above it), plus j·σ².
///
/// **Fallback.** Without a library, a profile or a usable comparable product, the forecast is the
/// mean of the last (up to) 8 periods since launch (``RecentMean``), and 0 before the first sale.
public struct AnalogForecaster: Forecaster {
    /// The name in scenario files and on the command line.
    public static let scenarioName = "analog"
    public var name: String { Self.scenarioName }

    /// How a reference's sales are laid against the product's own ages.
    public enum Alignment: Hashable, Sendable, Codable {
        /// Age since launch against age since launch: the lifecycle shape.
        case launch
        /// The product's periods against the reference's periods `season` earlier: the
        /// seasonal shape comparable products had a season ago (season ≥ 1 periods).
        case calendar(season: Int)
    }

    /// How analogs are chosen and scaled.
    public struct Settings: Hashable, Sendable, Codable {
        /// Most comparable products pooled (≥ 1).
        public var analogCount: Int
        /// Own ages the scale is fitted on (≥ 1).
        public var window: Int
        /// Multiplies the precision of the analogs' typical scale in the scale's shrinkage
        /// (≥ 0; 0 = the product's own least-squares scale, 1 = empirical Bayes).
        public var shrinkage: Double
        /// How products are compared.
        public var similarity: AnalogSimilarity
        /// How references are laid against the product.
        public var alignment: Alignment
        /// The point of a forecast before the first sale (the distribution is the same).
        public var launchPoint: LaunchPoint

        public init(analogCount: Int = 10, window: Int = 13, shrinkage: Double = 1,
                    similarity: AnalogSimilarity = AnalogSimilarity(), alignment: Alignment = .launch,
                    launchPoint: LaunchPoint = .mean) {
            precondition(analogCount >= 1, "AnalogForecaster: analogCount must be ≥ 1, got \(analogCount)")
            precondition(window >= 1, "AnalogForecaster: window must be ≥ 1, got \(window)")
            precondition(shrinkage >= 0 && shrinkage.isFinite, "AnalogForecaster: shrinkage must be ≥ 0, got \(shrinkage)")
            if case let .calendar(season) = alignment {
                precondition(season >= 1, "AnalogForecaster: the season must be ≥ 1 period, got \(season)")
            }
            self.analogCount = analogCount
            self.window = window
            self.shrinkage = shrinkage
            self.similarity = similarity
            self.alignment = alignment
            self.launchPoint = launchPoint
        }
    }

    /// A reference worth considering: its position in the library, its similarity and launch.
    struct Candidate: Hashable, Sendable {
        var reference: Int
        var similarity: Double
        var launchPeriod: Int
    }

    /// How analogs are chosen and scaled.
    public let settings: Settings
    /// How stockout periods are learnt from.
    public let censoring: CensoringTreatment
    /// The references (the whole library, shared copy-on-write between forecasters).
    let references: [AnalogLibrary.Reference]
    /// For a library of up to ``eagerLimit`` references: the comparable references that ever
    /// sold, most similar first (ties in library order), ranked once here.
    let candidates: [Candidate]
    /// For a larger library: its index (built once per library), from which each forecast
    /// ranks the references lazily in the same order (``AnalogRanking``).
    let index: AnalogIndex?
    /// The product, and its attributes as an array, for ranking through `index`.
    let profile: ProductProfile?
    let attributes: [String]
    /// The product's description against the library's, when it has one and text counts.
    let text: AnalogText.Match?
    /// References that first sold at or before this period may have launched before the data
    /// began: no launch look-alikes (``AnalogLibrary/launchesUnseenAt``).
    let launchesUnseenAt: Int?

    /// Libraries up to this size are ranked in full once per product (n² over a catalogue, but
    /// small, and then no forecast ranks anything); larger ones go through an ``AnalogIndex``.
    static let eagerLimit = 1024
    /// The last `window` effective sales since launch, units per period.
    private(set) var recent: RingBuffer<Double>
    /// The fallback, fed the same values.
    private var fallback = RecentMean([Double]())
    /// Periods observed since the first non-zero sale (0 before it).
    public private(set) var age = 0
    /// The calendar period of the last observation; nil before any.
    public private(set) var lastPeriod: Int?

    /// An analog forecaster for the product `profile`, borrowing from `library`; either missing
    /// means the fallback throughout.
    public init(profile: ProductProfile?, library: AnalogLibrary?, settings: Settings = Settings(),
                censoring: CensoringTreatment = .lowerBound) {
        self.init(profile: profile, library: library, settings: settings, censoring: censoring, rankingInFullUpTo: Self.eagerLimit)
    }

    /// The same, ranking libraries of up to `eagerLimit` references in full (tests compare both ways).
    init(profile: ProductProfile?, library: AnalogLibrary?, settings: Settings, censoring: CensoringTreatment,
         rankingInFullUpTo eagerLimit: Int) {
        self.settings = settings
        self.censoring = censoring
        self.recent = RingBuffer(capacity: settings.window)
        launchesUnseenAt = library?.launchesUnseenAt
        guard let profile, let library else {
            references = []
            candidates = []
            index = nil
            self.profile = nil
            attributes = []
            text = nil
            return
        }
        let references = library.references
        self.references = references
        let attributes = Array(profile.attributes)
        self.profile = profile
        self.attributes = attributes
        text = AnalogText.Match(profile, library: library, weight: settings.similarity.textWeight)
        if references.count > eagerLimit {
            index = library.derived.analogIndex.value { AnalogIndex(references) }
            candidates = []
            return
        }
        index = nil
        candidates = Self.rankAll(references, for: profile, attributes: attributes, similarity: settings.similarity, text: text)
    }

    /// Every comparable reference that ever sold, most similar first, ties in library order:
    /// the full ranking that ``AnalogRanking`` produces lazily.
    static func rankAll(_ references: [AnalogLibrary.Reference], for profile: ProductProfile, attributes: [String],
                        similarity: AnalogSimilarity, text: AnalogText.Match? = nil) -> [Candidate] {
        var ranked: [Candidate] = []
        for index in references.indices {
            let value = similarity.similarity(profile, attributes: attributes, references[index].profile,
                                              text: text?.cosine(index))
            guard value > 0, let launch = references[index].launchPeriod else { continue }
            ranked.append(Candidate(reference: index, similarity: value, launchPeriod: launch))
        }
        // Equal similarities keep library order, so results never depend on sorting.
        return ranked.sorted(by: AnalogRanking.precedes)
    }

    /// An analog forecaster for the product of `context` (its season is not used: calendar
    /// alignment names its own in `settings`).
    public init(context: ForecastingContext, settings: Settings = Settings(), censoring: CensoringTreatment = .lowerBound) {
        self.init(profile: context.profile, library: context.analogs, settings: settings, censoring: censoring)
    }

    public mutating func observe(_ observation: SalesObservation) {
        let sales = observation.usableSales
        // The one-step forecast is only needed to treat a stockout.
        let forecast: Double? = observation.stockout && lastPeriod != nil ? nextPeriodMean : nil
        let (value, _) = censoring.effectiveValue(sales: sales, stockout: observation.stockout, forecast: forecast)
        lastPeriod = observation.period
        guard age > 0 || value > 0 else { return }
        age += 1
        recent.append(value)
        fallback.update(with: value)
    }

    public func forecast(horizon: Int) -> Forecast {
        precondition(horizon >= 0, "forecast horizon must be ≥ 0, got \(horizon)")
        guard let period = lastPeriod else { return .nothingObserved(horizon: horizon) }
        let analogs = selectAnalogs(asOf: period)
        guard !analogs.isEmpty else { return fallback.forecast(horizon: horizon) }
        return age == 0 ? launchForecast(analogs, horizon: horizon) : blend(analogs, horizon: horizon)
    }

    /// Whether a forecast now would come from comparable products rather than the fallback.
    public var hasAnalogs: Bool {
        lastPeriod.map { !selectAnalogs(asOf: $0).isEmpty } ?? false
    }

    /// The references the forecast would use now, most similar first (their library indices).
    public var analogReferences: [Int] {
        lastPeriod.map { selectAnalogs(asOf: $0).map(\.index) } ?? []
    }
}
