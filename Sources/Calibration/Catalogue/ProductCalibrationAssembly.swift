import Foundation

/// One product's fits put together as the ``ProductCalibration`` the scenario writer reads.
struct ProductCalibrationAssembly {
    let series: CalibrationSeries
    let group: String
    let lifecycle: LifecycleFit
    let season: SeasonalityFit?
    let response: ProductResponse?

    var calibration: ProductCalibration {
        ProductCalibration(
            id: series.id, group: group, launchPeriod: lifecycle.launchPeriod, endOfLifePeriod: lifecycle.endOfLifePeriod,
            lifecycle: calibratedLifecycle, launchCurve: launchCurve,
            yearly: season.flatMap { $0.profile.isFlat ? nil : $0.profile.yearly },
            weekly: season?.profile.weekly.flatMap { $0.allSatisfy { $0 == 1 } ? nil : $0 },
            noise: Self.noise(lifecycle.noise),
            elasticity: response?.elasticity ?? 0, listPrice: response?.referencePrice, promotionLift: response?.promotionLift,
            uncertainty: uncertainty, criterion: criterion, notes: notes, remarks: remarks)
    }

    /// The lifecycle as fitted: phases keep their fitted lengths (the scenario writer decides
    /// what a product that outlives the history does after it).
    var calibratedLifecycle: CalibratedLifecycle {
        switch lifecycle.model {
        case let .bass(m, p, q): .bass(marketSize: m, innovation: p, imitation: q)
        case let .phases(phases): .phases(phases.map { CalibratedPhase(name: $0.phase.rawValue, periods: $0.periods, from: $0.from, to: $0.to) })
        }
    }

    /// The Bass candidate of a product launched inside the history, whichever lifecycle won.
    var launchCurve: BassCurveParameters? {
        guard lifecycle.launchPeriod > 0, let bass = lifecycle.candidates.first(where: { $0.name == "bass" }) else { return nil }
        let value = { (name: String) in bass.parameters.first { $0.name == name }?.value }
        guard let m = value("market_size"), let p = value("innovation"), let q = value("imitation") else { return nil }
        return BassCurveParameters(marketSize: m, innovation: p, imitation: q)
    }

    static func noise(_ fitted: NoiseFit) -> CalibratedNoise {
        switch fitted {
        case .poisson: .poisson
        case let .negativeBinomial(k): .negativeBinomial(dispersion: k)
        case let .zeroInflated(pi, base):
            if case let .negativeBinomial(k) = base { .zeroInflated(zeroProbability: pi, dispersion: k) } else {
                .zeroInflated(zeroProbability: pi, dispersion: nil)
            }
        }
    }

    /// Bass parameters drawn lognormal from their standard errors; the elasticity normal from
    /// its own when the product's prices moved enough to estimate one. A phase lifecycle's level
    /// uncertainty is one factor on every phase, which no single scenario field holds: none.
    var uncertainty: [CalibratedUncertainty] {
        var drawn: [CalibratedUncertainty] = []
        if case .bass = lifecycle.model {
            drawn += lifecycle.uncertainty.filter { ["market_size", "innovation", "imitation"].contains($0.name) }.map {
                CalibratedUncertainty(field: "lifecycle.bass.\($0.name)", spread: .lognormal(median: $0.value, sigma: $0.logSigma))
            }
        }
        if let response, response.ownElasticity != nil, response.elasticityStandardError > 0, response.elasticityStandardError.isFinite {
            drawn.append(CalibratedUncertainty(field: "elasticity", spread: .normal(mean: response.elasticity, sd: response.elasticityStandardError)))
        }
        return drawn
    }

    /// The candidates and the criterion, e.g. "bass AICc 412.3 (chosen); phases-2 AICc 420.9".
    var criterion: String {
        guard !lifecycle.candidates.isEmpty else { return "fallback (see notes)" }
        let scored = lifecycle.candidates.enumerated().map { index, candidate in
            "\(candidate.name) AICc \(candidate.aicc.map { String(format: "%.1f", $0) } ?? "n/a")" + (index == lifecycle.chosen ? " (chosen)" : "")
        }
        return scored.joined(separator: "; ") + "; noise \(lifecycle.noise.family)"
    }

    /// The product's own notes, in words: its lifecycle's, and a price response clamped to its
    /// range. Taking the group's elasticity or seasonality is pooling, not a fallback; what the
    /// group's fits said is said once per group (``GroupCalibration``).
    var notes: [String] {
        lifecycle.notes.filter { !$0.isRemark }.map(\.description)
            + (response?.notes ?? []).filter { $0.kind == .clamped }.map(\.description)
    }

    /// What the lifecycle fit did that replaced nothing.
    var remarks: [String] {
        lifecycle.notes.filter(\.isRemark).map(\.description)
    }
}

extension CalibrationNote {
    /// Whether the note states a fact of the fit (censored periods unconstrained, a life begun
    /// before the history) rather than a fallback or a warning.
    var isRemark: Bool {
        switch self {
        case .censoredPeriodsUnconstrained, .soldBeforeHistory: true
        default: false
        }
    }
}
