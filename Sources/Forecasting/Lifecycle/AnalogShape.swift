/// One comparable product's sales laid against the product's own ages, as known at a calendar
/// period P: only its sales at periods ≤ P are ever read (no look-ahead).
///
/// The reference's sales that correspond to the product's own age α (α = 1 is the product's
/// first sale) are those of calendar period `offset + α`:
/// - aligned by **launch**, offset = (reference's launch period) − 1, so age α of the product
///   meets age α of the reference;
/// - aligned by **calendar**, offset = P − a − season, so the product's period meets the
///   reference's period one season earlier (a = the product's age at P).
///
/// Ages up to `availableAges` are known; a later age is read as the mean of the last (up to) 4
/// known ages, a flat continuation of where the reference had got to. Periods before the
/// reference's first period read as 0.
struct AnalogShape {
    /// Ages extended flat from the mean of this many last known ages.
    static let continuationAges = 4

    /// The reference's sales from `firstPeriod` on (only the array is kept: shapes are built
    /// for every candidate at every forecast, and the profile is not needed here).
    let sales: [Double]
    /// The calendar period of `sales[0]`.
    let firstPeriod: Int
    /// The reference's calendar period of own age α is `offset + α`.
    let offset: Int
    /// Own ages whose reference period is known at P, ≥ 1.
    let availableAges: Int

    /// The shape of `reference` at `offset`, as known at `period`; nil when not even age 1 is
    /// known by then.
    init?(_ reference: AnalogLibrary.Reference, offset: Int, asOf period: Int) {
        let lastKnown = min(period, reference.firstPeriod + reference.sales.count - 1)
        guard lastKnown - offset >= 1 else { return nil }
        self.sales = reference.sales
        self.firstPeriod = reference.firstPeriod
        self.offset = offset
        self.availableAges = lastKnown - offset
    }

    /// Units sold at own age `age` (≥ 1), ≥ 0; beyond `availableAges`, the flat continuation.
    func sales(age: Int) -> Double {
        if age <= availableAges { return known(age) }
        let first = max(1, availableAges - Self.continuationAges + 1)
        var total = 0.0
        for known in first...availableAges { total += self.known(known) }
        return total / Double(availableAges - first + 1)
    }

    /// Σ `sales(age:)` over `ages`, units.
    func total(over ages: ClosedRange<Int>) -> Double {
        var total = 0.0
        for age in ages { total += sales(age: age) }
        return total
    }

    /// Whether the reference has data at the period of own age `age`.
    func covers(age: Int) -> Bool {
        offset + age >= firstPeriod
    }

    /// Sales at a known age (age ≤ availableAges); before the reference's first period, or
    /// negative or non-finite values, read as 0.
    private func known(_ age: Int) -> Double {
        let index = offset + age - firstPeriod
        guard index >= 0 else { return 0 }
        let value = sales[index]
        return value.isFinite && value > 0 ? value : 0
    }
}

extension AnalogLibrary.Reference {
    /// The calendar period of the first non-zero sale, nil if it never sold.
    var launchPeriod: Int? {
        sales.firstIndex { $0 > 0 }.map { firstPeriod + $0 }
    }
}
