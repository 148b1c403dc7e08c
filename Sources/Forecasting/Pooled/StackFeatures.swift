/// The candidate forecasts the pooled stacker combines, computed for one product at one origin
/// from its sales up to and including that origin (nothing later).
///
/// Each feature is itself a flat forecast of the next periods, in units per period:
///
/// | name | definition |
/// |---|---|
/// | `m4`, `m8`, `m13`, `m26` | mean of the last k periods |
/// | `md4`, `md6`, `md8`, `md13` | median of the last k periods (even counts: mean of the middle two) |
/// | `ses0.1`, `ses0.3` | simple exponential smoothing with α = 0.1 / 0.3, level started at the first value |
/// | `tsb` | TSB with α = β = 0.1: smoothed share of selling periods × smoothed size of the sales |
/// | `min2`, `min3`, `min4` | smallest of the last k periods |
///
/// "The last k periods" are the last min(k, age) when the product is younger than k. Means and
/// medians react to the level, medians and minima to whether the product still sells at all:
/// a product at the end of its life has zero minima and medians while its means still remember
/// better days; one ramping up before a season has rising minima.
///
/// Alongside them: the product's recent activity (the share of selling periods among the last
/// ``activityWindow``), which picks the segment, and its error scale (for the loss the stacker
/// is trained on).
struct StackFeatures {
    /// Feature names, in the order of ``values``.
    static let names = ["m4", "m8", "m13", "m26", "md4", "md6", "md8", "md13",
                        "ses0.1", "ses0.3", "tsb", "min2", "min3", "min4"]
    /// Number of features.
    static let count = names.count
    /// Periods over which recent activity is measured.
    static let activityWindow = 13

    /// The feature values, in the order of ``names``, each finite and ≥ 0.
    var values: [Double]
    /// Share of the last min(13, age) periods with a sale, 0…1.
    var activity: Double
}

/// Walks a product's sales forward and gives ``StackFeatures`` at each origin: the exponential
/// smoothers and the error scale are carried along, the windowed statistics are read off the
/// last 26 periods. O(26 log 26) per origin.
struct StackFeatureWalk {
    /// The product's sales, one per period from its first, each ≥ 0.
    private let sales: [Double]
    /// Index of the last period taken in, −1 before the first.
    private(set) var position = -1

    private var fast = SmoothedLevel(weight: 0.3)
    private var slow = SmoothedLevel(weight: 0.1)
    private var sellingShare = SmoothedLevel(weight: 0.1)
    private var saleSize = SmoothedLevel(weight: 0.1)
    private var scale = NaiveErrorScale()

    init(sales: [Double]) {
        self.sales = sales
    }

    /// Periods taken in so far.
    var age: Int { position + 1 }

    /// The RMSSE scale at the current origin (see ``NaiveErrorScale``); nil before two sales.
    var errorScale: Double? { scale.value }

    /// Takes in periods up to and including `index` (≥ the current position).
    mutating func advance(to index: Int) {
        precondition(index < sales.count, "StackFeatureWalk: index \(index) beyond \(sales.count) periods")
        while position < index {
            position += 1
            let value = sales[position]
            fast.update(value)
            slow.update(value)
            sellingShare.update(value > 0 ? 1 : 0)
            if value > 0 { saleSize.update(value) }
            scale.update(value)
        }
    }

    /// The features at the current origin; nil before the first period.
    func features() -> StackFeatures? {
        guard position >= 0 else { return nil }
        let recent = sales[max(0, position - 25)...position]
        func last(_ k: Int) -> ArraySlice<Double> { recent.suffix(k) }
        func mean(_ k: Int) -> Double { let window = last(k); return window.reduce(0, +) / Double(window.count) }
        func median(_ k: Int) -> Double { Self.median(last(k)) }
        func minimum(_ k: Int) -> Double { last(k).min() ?? 0 }
        let activityWindow = last(StackFeatures.activityWindow)
        let selling = activityWindow.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let values = [mean(4), mean(8), mean(13), mean(26), median(4), median(6), median(8), median(13),
                      slow.level ?? 0, fast.level ?? 0, (sellingShare.level ?? 0) * (saleSize.level ?? 0),
                      minimum(2), minimum(3), minimum(4)]
        return StackFeatures(values: values, activity: Double(selling) / Double(activityWindow.count))
    }
}

extension StackFeatureWalk {
    /// The median of `values` (non-empty); of an even count, the mean of the middle two.
    static func median<C: Collection<Double>>(_ values: C) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// Simple exponential smoothing of a sequence, the level started at its first value
/// (statsforecast's `ses_forecast` convention): after x₁ the level is x₁, then
/// ℓ ← w·x + (1 − w)·ℓ.
struct SmoothedLevel {
    /// Smoothing weight w, 0 < w ≤ 1.
    let weight: Double
    /// The level; nil before the first value.
    private(set) var level: Double?

    init(weight: Double) {
        self.weight = weight
    }

    mutating func update(_ value: Double) {
        level = level.map { weight * value + (1 - weight) * $0 } ?? value
    }
}

/// The scale of M5's RMSSE at an origin: the root mean square of the one-period changes
/// y_t − y_{t−1} of the history, counted from the first period with a sale (Makridakis,
/// Spiliotis & Assimakopoulos 2022, the M5 accuracy competition, §3.1). Dividing a product's
/// error by it puts fast and slow sellers on one footing.
struct NaiveErrorScale {
    private var previous: Double?
    private var sold = false
    private var sumOfSquares = 0.0
    private var changes = 0

    /// The scale; nil until a change after the first sale is seen, 0 for a constant history.
    var value: Double? { changes > 0 ? (sumOfSquares / Double(changes)).squareRoot() : nil }

    mutating func update(_ value: Double) {
        if sold, let previous {
            sumOfSquares += (value - previous) * (value - previous)
            changes += 1
        }
        if value > 0 { sold = true }
        previous = value
    }
}
