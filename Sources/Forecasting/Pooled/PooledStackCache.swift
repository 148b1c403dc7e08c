import Foundation

/// Fits of the pooled stacker on one analog library, computed once per (last period, settings)
/// and shared by every product that forecasts from it: in a rolling-origin evaluation all
/// series of a window share one cutoff, so the catalogue is fitted once per window, not once
/// per series.
///
/// Thread-safe: the first caller for a key computes while later callers for any key wait on
/// the lock (a fit takes well under a second). The result is a pure function of the key and
/// the library, so which thread computes it never changes an answer.
final class PooledStackCache: @unchecked Sendable {
    private struct Key: Hashable {
        var period: Int
        var settings: PooledStackSettings
    }

    private let lock = NSLock()
    private var fits: [Key: PooledStackFit] = [:]
    private var ratios: [Key: Double?] = [:]

    /// The stacker fitted on `references` up to `period`.
    func fit(references: [AnalogLibrary.Reference], period: Int, settings: PooledStackSettings) -> PooledStackFit {
        lock.lock()
        defer { lock.unlock() }
        let key = Key(period: period, settings: settings)
        if let known = fits[key] { return known }
        let fit = PooledStackFit(references: references, lastPeriod: period, settings: settings)
        fits[key] = fit
        return fit
    }

    /// The pooled seasonal ratio at `period` (``SeasonalRatio/pooled(references:last:settings:)``).
    func pooledRatio(references: [AnalogLibrary.Reference], period: Int, settings: PooledStackSettings) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        let key = Key(period: period, settings: settings)
        if let known = ratios[key] { return known }
        let ratio = SeasonalRatio.pooled(references: references, last: period, settings: settings)
        ratios[key] = ratio
        return ratio
    }
}
