import Calibration

extension FidelityReport {
    /// KS p-values below this, with a distance of at least ``materialDistance``, count as a
    /// difference the report names.
    static let significance = 0.01
    /// Wasserstein-1 over the real IQR at or above which a difference is material: a shift of a
    /// quarter of the real spread. Below it, a significant KS test on thousands of series may
    /// only say the samples are large.
    static let materialDistance = 0.25

    /// What the simulator did not reproduce in this comparison, one sentence each: statistics
    /// whose real and simulated distributions differ materially, and a band coverage far from
    /// its nominal 80%.
    var findings: [String] {
        var found: [String] = []
        for comparison in result.summary.statistics {
            guard let p = comparison.ksPValue, p < Self.significance,
                  let distance = comparison.wassersteinOverIQR, distance >= Self.materialDistance,
                  let real = comparison.realMedian, let simulated = comparison.simulatedMedian else { continue }
            let direction = simulated > real ? "higher" : simulated < real ? "lower" : "differently spread"
            found.append("\(Self.label(comparison.statistic).capitalisedFirst): simulated series run \(direction) than real "
                + "ones (median \(Self.number(simulated)) against \(Self.number(real)); KS D \(Self.number(comparison.ksStatistic ?? 0)), "
                + "p \(Self.pValue(p)); W1/IQR \(Self.number(distance))). \(Self.meaning(comparison.statistic, higher: simulated > real))")
        }
        if let coverage = result.summary.bandCoverage, coverage < Self.nominalCoverage - 0.1 {
            found.append("The real series fall inside the simulated 10–90% band in \(Self.percent(coverage)) of periods, "
                + "against 80% for a faithful simulation: the fitted noise is narrower than the real scatter, or the "
                + "fitted lifecycles miss the real level in part of the life.")
        } else if let coverage = result.summary.bandCoverage, coverage > Self.nominalCoverage + 0.1 {
            found.append("The real series fall inside the simulated 10–90% band in \(Self.percent(coverage)) of periods, "
                + "more than 80%: the simulated markets scatter more than the real one (or many quiet periods sit in a "
                + "0…0 band).")
        }
        return found
    }

    /// The limits of the market model itself, true of every calibration.
    static let modelLimits = [
        "One lifecycle per product: a Bass diffusion or a few straight-line phases. A relaunch, a second life or a trend "
            + "that bends more than once is smoothed into one curve.",
        "Products are independent: the simulator has no customer choice between them, so substitution and "
            + "cannibalisation in the history (beyond promotion effects written as events) are not reproduced.",
        "Bulk orders: a wholesale customer buying months of demand at once is a single huge count the noise "
            + "families (Poisson, negative binomial, zero-inflated) give almost no probability to.",
        "Prices and promotions enter as a list price with one elasticity and one promotion lift per product; the "
            + "history's week-to-week price path (quantity discounts, mix) is not replayed.",
        "Sales are compared with simulated demand: where the history's shelf ran empty, its sales understate demand "
            + "and the calibration unconstrained them by estimate, not by observation.",
    ]

    /// What a difference in a statistic means for the market.
    static func meaning(_ statistic: SeriesStatistic, higher: Bool) -> String {
        switch statistic {
        case .mean: higher ? "The fitted volumes are too high." : "The fitted volumes are too low."
        case .cvSquared: higher ? "Simulated non-zero demand varies more in size." : "Real non-zero demand varies more in size (lumpier) than the noise families allow."
        case .averageInterDemandInterval: higher ? "Simulated demand is more intermittent." : "Real demand is more intermittent than simulated."
        case .zeroShare: higher ? "The simulation has more empty periods." : "The history has more empty periods than simulated."
        case .peakPosition: higher ? "Simulated peaks come later in the history." : "Simulated peaks come earlier in the history."
        case .lag1Autocorrelation: higher ? "Simulated demand is smoother from period to period." : "Real demand persists more from period to period (runs of high and low weeks) than independent draws around a curve."
        case .seasonalAutocorrelation: higher ? "The fitted seasonality is stronger than the real one." : "The real series repeat their yearly pattern more than the fitted seasonality does."
        }
    }

    /// The statistic in words.
    static func label(_ statistic: SeriesStatistic) -> String {
        switch statistic {
        case .mean: "mean demand per period"
        case .cvSquared: "CV² of non-zero demand"
        case .averageInterDemandInterval: "average inter-demand interval"
        case .zeroShare: "share of zero periods"
        case .peakPosition: "peak position"
        case .lag1Autocorrelation: "lag-1 autocorrelation"
        case .seasonalAutocorrelation: "seasonal autocorrelation"
        }
    }

    static func number(_ value: Double) -> String {
        abs(value) >= 100 ? NumberText.format(value, places: 0) : NumberText.format(value, places: abs(value) >= 10 ? 1 : 3)
    }

    static func pValue(_ p: Double) -> String {
        p < 0.0001 ? "< 0.0001" : NumberText.format(p, places: 4)
    }

    static func percent(_ share: Double) -> String {
        NumberText.format(share * 100, places: 1) + "%"
    }
}

extension String {
    /// The text with its first letter in capitals.
    var capitalisedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
