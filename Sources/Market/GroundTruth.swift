/// Collects every ``DemandObservation`` of a run, selling all demand (no inventory).
///
/// Used by `sellthrough simulate` and by tests; the backtester records its own.
public struct GroundTruthRecorder: DemandChannel {
    /// Observations in the order the market produced them (product-major).
    public private(set) var observations: [DemandObservation] = []

    public init(reservingCapacity capacity: Int = 0) {
        observations.reserveCapacity(capacity)
    }

    public mutating func fulfil(_ observation: DemandObservation) -> Int {
        observations.append(observation)
        return observation.demand
    }
}
