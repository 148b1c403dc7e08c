/// Automatic exponential smoothing: every admissible ETS form is fitted by maximum likelihood and
/// the one with the smallest AICc forecasts (Hyndman, Koehler, Snyder & Grose 2002; Hyndman et al.
/// 2008, §7.2; FPP3 §8.6), as R's `forecast::ets` and statsforecast's `AutoETS` do by default.
///
/// **Candidates.** Errors A or M, trend N, A or Ad, season N, A or M, with the usual
/// restrictions: multiplicative errors and seasons only for strictly positive data; no additive
/// error with a multiplicative season (numerically unstable); no multiplicative trend. Seasonal
/// forms only when 2 ≤ m ≤ 24 (as `ets`, whose seasonal states are all estimated) and the series
/// holds at least two full seasons (the heuristic initial states need them). On weekly data with
/// m = 52 this leaves the non-seasonal forms.
///
/// **Fitting.** ``ETSEstimator``: Nelder–Mead (GSL) over the smoothing parameters within the
/// usual bounds and the initial states. A form whose fit fails (too few observations for its
/// parameters, a breakdown of its recursion) is skipped.
///
/// **Hard series** get ``ETSShortSeries``'s fallback (constant: that value with zero spread;
/// very short: SES with α = 0.5); if no candidate can be fitted, likewise.
public struct AutoETSModel: SeriesModel {
    /// Season length m (periods, ≥ 1; 1 means no season).
    public let period: Int

    public init(period: Int) {
        precondition(period >= 1, "AutoETSModel: the season must be ≥ 1 period, got \(period)")
        self.period = period
    }

    public var name: String { "autoets" }

    /// Seasons longer than this are not modelled (R's `ets` limit).
    public static let longestSeason = ETSEstimator.longestEstimatedSeason

    /// The admissible forms for `history`, in a fixed order (ties in AICc go to the earlier).
    func candidates(for history: [Double]) -> [ETSForm] {
        let positive = history.allSatisfy { $0 > 0 }
        let seasonal = period >= 2 && period <= Self.longestSeason && history.count >= 2 * period
        let errors: [ETSForm.ErrorType] = positive ? [.additive, .multiplicative] : [.additive]
        var seasons: [ETSForm.SeasonType] = [.none]
        if seasonal { seasons += positive ? [.additive, .multiplicative] : [.additive] }
        var forms: [ETSForm] = []
        for error in errors {
            for trend in ETSForm.TrendType.allCases {
                for season in seasons where !(error == .additive && season == .multiplicative) {
                    forms.append(ETSForm(error: error, trend: trend, season: season, period: period))
                }
            }
        }
        return forms
    }

    public func fit(_ history: [Double]) -> FittedETS {
        if let fallback = ETSShortSeries.fallback(history, alpha: nil) { return fallback }
        guard let best = bestFit(history) else {
            return ETSShortSeries.smoothed(history, alpha: ETSShortSeries.defaultAlpha)
        }
        return FittedETS(best)
    }

    /// The candidate fit with the smallest finite AICc, if any.
    func bestFit(_ history: [Double]) -> ETSFit? {
        var best: ETSFit?
        for form in candidates(for: history) {
            guard let fit = ETSEstimator(form: form).fit(history), fit.aicc.isFinite else { continue }
            if best.map({ fit.aicc < $0.aicc }) ?? true { best = fit }
        }
        return best
    }
}
