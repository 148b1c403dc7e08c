extension ForecasterCatalogue {
    /// Automatic seasonal ARIMA.
    static let arimaEntries: [ForecasterEntry] = [
        ForecasterEntry(
            name: "autoarima", family: .arima,
            summary: "automatic seasonal ARIMA (Hyndman-Khandakar): D by seasonal strength, d by KPSS tests, p, q, P, Q by a stepwise AICc search; fitted by CSS then exact likelihood (Kalman filter, GSL Nelder-Mead); spread from the psi-weights",
            reference: "Hyndman & Khandakar (2008), J. Stat. Softw. 27(3); Hyndman & Athanasopoulos, FPP3 §9.7",
            parameters: [.season, .maxP, .maxQ, .maxSeasonalP, .maxSeasonalQ, .arimaSearch, .arimaApproximation]
        ) { settings, context in
            var model = AutoARIMAModel(period: settings.integer("season") ?? context.season)
            model.maxP = settings.integer(ForecasterParameter.maxP.name) ?? model.maxP
            model.maxQ = settings.integer(ForecasterParameter.maxQ.name) ?? model.maxQ
            model.maxSeasonalP = settings.integer(ForecasterParameter.maxSeasonalP.name) ?? model.maxSeasonalP
            model.maxSeasonalQ = settings.integer(ForecasterParameter.maxSeasonalQ.name) ?? model.maxSeasonalQ
            model.stepwise = settings.choice(ForecasterParameter.arimaSearch.name) != "exhaustive"
            model.approximation = settings.choice(ForecasterParameter.arimaApproximation.name) == "on"
            return ModelForecaster(model, censoring: settings.censoring)
        },
    ]
}

extension ForecasterParameter {
    /// Largest non-seasonal AR order.
    static let maxP = ForecasterParameter("max_p", .integer(0...5), default: "5", "largest autoregressive order p")
    /// Largest non-seasonal MA order.
    static let maxQ = ForecasterParameter("max_q", .integer(0...5), default: "5", "largest moving-average order q")
    /// Largest seasonal AR order.
    static let maxSeasonalP = ForecasterParameter(
        "max_P", .integer(0...2), default: "2", "largest seasonal autoregressive order P (seasons up to 24 periods)")
    /// Largest seasonal MA order.
    static let maxSeasonalQ = ForecasterParameter(
        "max_Q", .integer(0...2), default: "2", "largest seasonal moving-average order Q (seasons up to 24 periods)")
    /// Stepwise or exhaustive order search.
    static let arimaSearch = ForecasterParameter(
        "search", .choice(["stepwise", "exhaustive"]), default: "stepwise",
        "stepwise search from the usual starting models, or every model with p + q + P + Q ≤ 5")
    /// Candidates ranked by their CSS fit, or each fitted by exact likelihood.
    static let arimaApproximation = ForecasterParameter(
        "approximation", .choice(["on", "off"]), default: "off",
        "fit every candidate by CSS then exact likelihood and rank by its AICc (off), or rank candidates by the AICc of their conditional-sum-of-squares fit and fit only the chosen one by exact likelihood (on)")
}
