extension EnsembleRule {
    /// The members' values combined: their mean, or their median (the mean of the middle two
    /// for an even count). Non-finite values are left out, so one broken member cannot turn the
    /// combination into NaN; 0 when nothing finite remains.
    public func combine(_ values: [Double]) -> Double {
        var finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return 0 }
        switch self {
        case .mean:
            var total = 0.0
            for value in finite { total += value }
            return total / Double(finite.count)
        case .median:
            finite.sort()
            let middle = finite.count / 2
            return finite.count % 2 == 1 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2
        }
    }
}
