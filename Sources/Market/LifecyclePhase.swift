/// The stage of a product's life in a period, as recorded in the ground truth.
///
/// Phases only ever move forward: introduction → growth → maturity → decline (any may be
/// skipped). Forecasters and detectors are scored against this label.
public enum LifecyclePhase: String, CaseIterable, Comparable, Sendable, Codable {
    case introduction
    case growth
    case maturity
    case decline

    public static func < (lhs: LifecyclePhase, rhs: LifecyclePhase) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
