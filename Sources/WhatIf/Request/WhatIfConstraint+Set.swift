/// Several constraints: all must hold. Two on the same measure that no value can meet
/// together (`fill_rate>=0.95` with `fill_rate<0.9`) are refused; any others are kept, a
/// stricter one simply deciding (`fill_rate>=0.9` with `fill_rate>=0.95` means ≥ 0.95).
extension WhatIfConstraint {
    /// Whether it bounds its measure from below (`>=`, `>`).
    var isLowerBound: Bool { comparison == .atLeast || comparison == .above }

    /// Whether no value of the measure meets both `self` and `other`.
    func contradicts(_ other: WhatIfConstraint) -> Bool {
        guard measure == other.measure, isLowerBound != other.isLowerBound else { return false }
        let (lower, upper) = isLowerBound ? (self, other) : (other, self)
        if lower.threshold != upper.threshold { return lower.threshold > upper.threshold }
        // Equal thresholds: only `>=` with `<=` leaves a value (the threshold itself).
        return lower.comparison == .above || upper.comparison == .below
    }

    /// `constraints` as given, once checked.
    /// - Throws: ``WhatIfError`` (the request's) naming two constraints that contradict each other.
    static func checked(_ constraints: [WhatIfConstraint]) throws(WhatIfError) -> [WhatIfConstraint] {
        for (index, constraint) in constraints.enumerated() {
            for other in constraints[..<index] where other.contradicts(constraint) {
                throw WhatIfError(.request, "'\(other.text)' and '\(constraint.text)' contradict "
                                    + "each other: no \(constraint.measure.name) meets both",
                                  hint: "all constraints must hold at the recommended point; drop one or loosen it",
                                  subject: .constraint(nil))
            }
        }
        return constraints
    }
}

extension Array where Element == WhatIfConstraint {
    /// `fill_rate >= 0.95 and lost_units <= 400`.
    var text: String {
        map(\.text).joined(separator: " and ")
    }
}
