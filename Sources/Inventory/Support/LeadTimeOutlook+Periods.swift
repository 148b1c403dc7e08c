extension LeadTimeOutlook {
    /// The mean lead time rounded to whole periods; 0 for a NaN or negative mean, so a bad
    /// outlook never traps a policy. An order-up-to policy reviewed every R periods protects
    /// `wholePeriods + R` periods of demand.
    public var wholePeriods: Int {
        guard mean.isFinite, mean > 0 else { return 0 }
        return Int(exactly: min(mean, 1e9).rounded()) ?? 0
    }
}
