internal import GSL

/// The service a safety stock is sized for, and the safety factor k that delivers it when the
/// demand over the protection interval is normal with standard deviation σ (safety stock = k·σ).
///
/// Definitions (Silver, Pyke & Peterson, "Inventory Management and Production Planning and
/// Scheduling", 3rd ed., §7.5–7.9; Axsäter, "Inventory Control", 2nd ed., §5.3):
/// - cycle service level P1 = p: the probability of no stockout in a replenishment cycle;
///   k = Φ⁻¹(p).
/// - fill rate P2 = β: the share of demand met from the shelf. The expected shortage per cycle,
///   σ·G(k), must be (1 − β) times the demand of a cycle, so k solves
///   G(k) = (1 − β)·E[D over a cycle]/σ, G being ``StandardNormal/lossFunction(_:)``.
public enum ServiceTarget: Hashable, Sendable, Codable {
    /// Probability of no stockout per replenishment cycle, in (0, 1).
    case cycleServiceLevel(Double)
    /// Share of demand filled from stock, in (0, 1).
    case fillRate(Double)

    /// The largest safety factor returned, in standard deviations. A fill rate asked of a cycle
    /// with no expected demand, or one so close to 1 that G(k) underflows, has no finite k; the
    /// normal tail is no credible model of demand beyond 5σ anyway (Φ(5) ≈ 1 − 2.9e-7).
    public static let maximumSafetyFactor = 5.0

    /// The safety factor k for demand over the protection interval with standard deviation
    /// `standardDeviation` (units, ≥ 0) and `cycleDemand` expected units in one replenishment
    /// cycle (used by the fill rate only). Between −∞ and ``maximumSafetyFactor``; 0 when there
    /// is no spread (k does not matter then). The fill-rate k may be negative: a low fill rate
    /// against a small spread is met with less than the mean.
    public func safetyFactor(standardDeviation: Double, cycleDemand: Double) -> Double {
        switch self {
        case let .cycleServiceLevel(p):
            return min(StandardNormal.quantile(p), Self.maximumSafetyFactor)
        case let .fillRate(beta):
            guard standardDeviation > 0 else { return 0 }
            let loss = (1 - beta) * max(0, cycleDemand) / standardDeviation
            return min(StandardNormal.lossFunctionInverse(loss), Self.maximumSafetyFactor)
        }
    }

    /// Words for reason texts: "cycle service 95%", "fill rate 98%".
    var text: String {
        switch self {
        case let .cycleServiceLevel(p): "cycle service \(DecisionText.percent(p))"
        case let .fillRate(beta): "fill rate \(DecisionText.percent(beta))"
        }
    }

    /// Checks the probability is in (0, 1).
    func validate(_ policy: String) throws(PolicyParameterError) {
        switch self {
        case let .cycleServiceLevel(p): try PolicyParameterError.requireOpenProbability(p, policy, "cycleServiceLevel")
        case let .fillRate(beta): try PolicyParameterError.requireOpenProbability(beta, policy, "fillRate")
        }
    }

    // Coded as a one-key object, {"fillRate": 0.98}, which reads naturally in YAML and JSON.
    private enum CodingKeys: String, CodingKey {
        case cycleServiceLevel, fillRate
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "a service target has exactly one of cycleServiceLevel, fillRate"))
        }
        let value = try container.decode(Double.self, forKey: key)
        self = key == .cycleServiceLevel ? .cycleServiceLevel(value) : .fillRate(value)
        do { try validate("service target") } catch { throw error.decodingError(decoder) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .cycleServiceLevel(p): try container.encode(p, forKey: .cycleServiceLevel)
        case let .fillRate(beta): try container.encode(beta, forKey: .fillRate)
        }
    }
}
