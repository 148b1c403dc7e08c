/// Choosing the analogs and pooling their shapes (see ``AnalogForecaster``).
extension AnalogForecaster {
    /// A usable reference: its shape as known now, its weight and its normaliser n_r.
    struct Analog {
        var index: Int
        var shape: AnalogShape
        /// Similarity, not yet normalised to sum 1.
        var weight: Double
        /// Mean sales over the scale window (1 before the first own sale), > 0.
        var normaliser: Double
    }

    /// The own ages the scale is fitted on; nil before the first sale.
    var scaleWindow: ClosedRange<Int>? {
        age > 0 ? max(1, age - recent.count + 1)...age : nil
    }

    /// Aligned by launch, how many of its own first ages a reference must have lived by the
    /// last observed period: the product's next age once it has sold; before that the `window`
    /// first ages, so that a launch curve is the look-alike's own first weeks rather than the
    /// flat continuation of a launch only days old. A reference whose series ended sooner is
    /// known whole (``isKnown(_:lived:asOf:)``).
    var agesLived: Int {
        age > 0 ? age + 1 : settings.window
    }

    /// Whether `candidate`'s first `lived` ages lie at or before `period`, or its series ended
    /// there or before; before the product's first sale, also whether its own launch was seen
    /// (it first sold after ``launchesUnseenAt``).
    func isKnown(_ candidate: Candidate, lived: Int, asOf period: Int) -> Bool {
        if age == 0, let unseen = launchesUnseenAt, candidate.launchPeriod <= unseen { return false }
        let reference = references[candidate.reference]
        let end = reference.firstPeriod + reference.sales.count - 1
        return min(candidate.launchPeriod + lived - 1, end) <= period
    }

    /// The `analogCount` most similar references usable at `period`.
    func selectAnalogs(asOf period: Int) -> [Analog] {
        var chosen: [Analog] = []
        let window = scaleWindow
        let lived = agesLived
        /// Adds `candidate` if usable; true once there are enough.
        func consider(_ candidate: Candidate) -> Bool {
            let offset: Int
            switch settings.alignment {
            case .launch:
                // Launched too recently to know the ages needed: skip without building the shape.
                guard isKnown(candidate, lived: lived, asOf: period) else { return false }
                offset = candidate.launchPeriod - 1
            case let .calendar(season):
                offset = period - age - season
            }
            guard let shape = AnalogShape(references[candidate.reference], offset: offset, asOf: period),
                  shape.availableAges >= age + 1, shape.covers(age: window?.lowerBound ?? 1) else { return false }
            let normaliser = window.map { shape.total(over: $0) / Double($0.count) } ?? 1
            guard normaliser > 0, normaliser.isFinite else { return false }
            chosen.append(Analog(index: candidate.reference, shape: shape, weight: candidate.similarity, normaliser: normaliser))
            return chosen.count == settings.analogCount
        }
        if let index, let profile {
            // Aligned by launch, a reference launched after period − age is never usable: the
            // index does not even walk through those.
            let latest: Int? = settings.alignment == .launch ? period - age : nil
            var ranking = AnalogRanking(index: index, references: references, profile: profile, attributes: attributes,
                                        similarity: settings.similarity, text: text, launchedBy: latest)
            while let candidate = ranking.next(), !consider(candidate) {}
        } else {
            for candidate in candidates where consider(candidate) { break }
        }
        return chosen
    }

    /// The scaled pooled shape with its spread, once the product has sold (before, see
    /// ``launchForecast(_:horizon:)``).
    func blend(_ analogs: [Analog], horizon: Int) -> Forecast {
        let pool = AnalogPool(analogs)
        let (scale, residualVariance) = fittedScale(pool)
        var means = [Double](repeating: 0, count: horizon)
        var stepVariance = [Double](repeating: 0, count: horizon)
        var cumulativeVariance = [Double](repeating: 0, count: horizon)
        var values = [Double](repeating: 0, count: analogs.count)
        var totals = [Double](repeating: 0, count: analogs.count)
        var noise = 0.0
        for h in 0..<horizon {
            for (r, analog) in analogs.enumerated() {
                values[r] = analog.shape.sales(age: age + 1 + h)
                totals[r] += values[r]
            }
            means[h] = scale * pool.shape(values)
            noise += residualVariance
            stepVariance[h] = scale * scale * pool.dispersion(values) + residualVariance
            cumulativeVariance[h] = scale * scale * pool.dispersion(totals) + noise
        }
        return .normal(horizon: horizon, sigma: 1, mean: { means[$0 - 1] },
                       stepFactor: { stepVariance[$0 - 1].squareRoot() },
                       cumulativeFactor: { cumulativeVariance[$0 - 1].squareRoot() })
    }

    /// The shrunk scale k and the residual variance σ̂² (units, units²); before the first sale
    /// k = 1 on the raw sales and σ̂² = 0.
    func fittedScale(_ pool: AnalogPool) -> (scale: Double, residualVariance: Double) {
        guard let window = scaleWindow else { return (1, 0) }
        var values = [Double](repeating: 0, count: pool.count)
        var shape = [Double](repeating: 0, count: window.count)
        var cross = 0.0, squares = 0.0
        for (i, age) in window.enumerated() {
            for r in 0..<pool.count { values[r] = pool.analogs[r].shape.sales(age: age) }
            shape[i] = pool.shape(values)
            cross += recent.value(fromOldest: i) * shape[i]
            squares += shape[i] * shape[i]
        }
        let typical = pool.typicalScale
        guard squares > 0, typical > 0 else { return (0, 0) }
        let fitted = max(0, cross / squares)
        var residualSquares = 0.0
        for (i, value) in shape.enumerated() {
            let residual = recent.value(fromOldest: i) - fitted * value
            residualSquares += residual * residual
        }
        let pseudo = Self.noisePseudoCount
        let noise = (residualSquares + pseudo * fitted) / (Double(window.count) - 1 + pseudo)
        // Precision weighting of k̂ (variance σ̂²/ΣS̄²) and k₀ (variance τ²/shrinkage).
        let ownPrecision = noise > 0 ? squares / noise : .infinity
        let priorPrecision = settings.shrinkage / pool.scaleVariance
        let scale = ownPrecision.isFinite ? (ownPrecision * fitted + priorPrecision * typical) / (ownPrecision + priorPrecision)
                                          : fitted
        let variance = (residualSquares + pseudo * scale) / (Double(window.count) - 1 + pseudo)
        return (scale.isFinite ? scale : 0, variance.isFinite ? variance : 0)
    }

    /// Pseudo-residuals of Poisson noise that the own noise variance is shrunk toward.
    static let noisePseudoCount = 2.0
}

/// The ratio estimator over the chosen analogs: weights w_r (summing to 1), normalisers n_r.
struct AnalogPool {
    let analogs: [AnalogForecaster.Analog]
    let weights: [Double]
    /// Σ w_r n_r, the analogs' typical scale k₀.
    let typicalScale: Double
    /// Σ w_r n_r².
    private let squaredScale: Double
    /// Σ w_r².
    private let weightSquares: Double
    /// τ², the variance of the analogs' scales about k₀ (Σ w_r (n_r − k₀)²/(1 − Σw²)), at least
    /// (k₀/2)²: one analog, or a few alike, say little about a new product's scale.
    let scaleVariance: Double

    init(_ analogs: [AnalogForecaster.Analog]) {
        var totalWeight = 0.0
        for analog in analogs { totalWeight += analog.weight }
        self.analogs = analogs
        weights = analogs.map { $0.weight / totalWeight }
        var typical = 0.0, squared = 0.0, weightSquares = 0.0
        for (analog, weight) in zip(analogs, weights) {
            typical += weight * analog.normaliser
            squared += weight * analog.normaliser * analog.normaliser
            weightSquares += weight * weight
        }
        typicalScale = typical
        squaredScale = squared
        self.weightSquares = weightSquares
        var spread = 0.0
        for (analog, weight) in zip(analogs, weights) {
            spread += weight * (analog.normaliser - typical) * (analog.normaliser - typical)
        }
        let between = weightSquares < 1 - 1e-12 ? spread / (1 - weightSquares) : 0
        scaleVariance = max(between, typical * typical / 4)
    }

    var count: Int { analogs.count }

    /// S̄ = Σ w_r x_r / Σ w_r n_r for the analogs' values x_r at one age (or totals over ages).
    func shape(_ values: [Double]) -> Double {
        var total = 0.0
        for (value, weight) in zip(values, weights) { total += weight * value }
        return typicalScale > 0 ? total / typicalScale : 0
    }

    /// Σ w_r (x_r − S̄·n_r)² / Σ w_r n_r² / (1 − Σw²); 0 for a single analog.
    func dispersion(_ values: [Double]) -> Double {
        guard weightSquares < 1 - 1e-12, squaredScale > 0 else { return 0 }
        let pooled = shape(values)
        var squares = 0.0
        for (r, value) in values.enumerated() {
            let deviation = value - pooled * analogs[r].normaliser
            squares += weights[r] * deviation * deviation
        }
        return squares / squaredScale / (1 - weightSquares)
    }
}
