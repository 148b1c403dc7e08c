extension LeadTimeOutlook {
    /// The mean lead time rounded to whole periods, as ``protectionPeriods(review:)`` uses it; 0
    /// for a NaN or negative mean, so a bad outlook never traps a policy.
    var wholePeriods: Int {
        guard mean.isFinite, mean > 0 else { return 0 }
        return Int(exactly: min(mean, 1e9).rounded()) ?? 0
    }

    /// Periods an order placed now must cover under the timing convention: the lead time L plus
    /// the `review` periods until the next order can arrive.
    func protection(review: Int) -> Int { wholePeriods + review }
}
