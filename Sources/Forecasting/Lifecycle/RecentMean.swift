/// The fallback of the lifecycle models when a lifecycle cannot be fitted (too few sales, no
/// comparable products, a fit that did not converge): the mean of the last (up to) ``window``
/// periods, forecast flat.
///
/// **Spread.** Normal. With n remembered values of sample variance s² (divisor n − 1), the
/// error of one future period is a new draw minus the estimated mean, variance s²(1 + 1/n);
/// the total of k periods has variance s²(k + k²/n) (k new draws, and the mean's error counted
/// k times). With a single value s² is the Poisson guess, the value itself. Zero when nothing
/// but zeros was seen.
struct RecentMean: Hashable, Codable, Sendable {
    /// Periods averaged.
    static let window = 8

    /// The last `window` values, units per period.
    private var values: RingBuffer<Double>

    /// The recent mean of `history` (its last ``window`` values; may be empty).
    init<C: Collection>(_ history: C) where C.Element == Double {
        values = RingBuffer(capacity: Self.window)
        for value in history.suffix(Self.window) { values.append(value) }
    }

    /// Remembers one more period.
    mutating func update(with value: Double) {
        values.append(value)
    }

    /// The mean of the remembered values, units per period, ≥ 0 (0 when empty).
    var mean: Double {
        values.isEmpty ? 0 : max(0, values.sum() / Double(values.count))
    }

    /// s, units per period (see the type's doc).
    var standardDeviation: Double {
        let count = values.count
        guard count > 1 else { return mean.squareRoot() }
        let average = mean
        var squares = 0.0
        for i in 0..<count {
            let deviation = values.value(fromOldest: i) - average
            squares += deviation * deviation
        }
        return (squares / Double(count - 1)).squareRoot()
    }

    /// The flat forecast with the spread above.
    func forecast(horizon: Int) -> Forecast {
        let (level, n) = (mean, Double(max(values.count, 1)))
        return .normal(
            horizon: horizon, sigma: standardDeviation, mean: { _ in level },
            stepFactor: { _ in (1 + 1 / n).squareRoot() },
            cumulativeFactor: { k in (Double(k) + Double(k * k) / n).squareRoot() })
    }
}
