/// Everything a what-if sweep found: the settings, every evaluated point with its figures, the
/// recommendation and the refinement. What `whatif.json` holds; `whatif.csv`, `whatif.md` and
/// the terminal table are rendered from it.
public struct WhatIfResult: Sendable, Codable {
    public var scenario: String
    public var scenarioFile: String
    /// The swept strategy, `forecaster × policy`.
    public var strategy: String
    /// The product whose figures alone are reported; nil: the strategy's whole catalogue.
    public var product: String?
    public var seed: UInt64
    /// Replications run at every point (the same replications, common random numbers).
    public var replications: Int
    public var axes: [Axis]
    /// The parameters drawn per replication (empty when the scenario has no uncertainty section).
    public var uncertainty: [Uncertain]
    /// The constraints the recommended point meets, all of them; empty when none was given.
    public var constraints: [Constraint]
    /// Measures of the constraints that the standard figures (profit, fill rate, P(stockout),
    /// leftover and lost units) do not show, in the order first constrained; each point has
    /// them in ``WhatIfPoint/measures``.
    public var measures: [String]
    /// Every evaluated point, grid and refinement, in order of value (first field, then second;
    /// with two fields the grid order, first field slowest).
    public var points: [WhatIfPoint]
    public var recommendation: Recommendation
    /// Nil when two fields are varied or refinement was turned off.
    public var refinement: Refinement?
    /// Set when the most profitable point was not an orderable quantity and its orderable
    /// neighbours were evaluated (see ``OrderLattice``).
    public var rounding: Rounding?

    /// One constraint.
    public struct Constraint: Sendable, Codable, Hashable {
        /// As the outputs name it: `fill_rate`, `stockout_probability`, `lost_units`…
        public var measure: String
        /// `>=`, `<=`, `>` or `<`.
        public var comparison: String
        /// In the measure's unit.
        public var threshold: Double
        /// `fill_rate >= 0.95`.
        public var text: String
    }

    /// One varied field.
    public struct Axis: Sendable, Codable, Hashable {
        /// As written (`PATH=VALUES`).
        public var path: String
        /// The same field by keys and indices (`products[0].initial_stock`).
        public var field: String
        /// The value in the scenario file (or its default).
        public var fileValue: Double
        /// Whether the field takes whole numbers only (refined values are rounded).
        public var wholeNumbers: Bool
        /// The field in words, e.g. "Launch stock of earbuds-pro", and its unit ("units"): the
        /// charts' axis titles.
        public var label: String
        public var unit: String?
        /// The quantities that can be ordered, when the field is a launch stock whose supplier
        /// has a case pack or minimum order; refinement and the recommendation keep to them.
        public var orderable: OrderLattice?
        /// The grid's values, increasing.
        public var values: [Double]
    }

    /// One parameter drawn per replication.
    public struct Uncertain: Sendable, Codable, Hashable {
        public var path: String
        /// The distribution as the resolved scenario writes it, e.g. `lognormal(mu=10.6, sigma=0.35)`.
        public var distribution: String
        /// Whether draws are rounded to whole numbers.
        public var wholeNumbers: Bool
    }

    /// The point to choose.
    public struct Recommendation: Sendable, Codable, Hashable {
        public enum Status: String, Sendable, Codable, Hashable {
            /// No constraint: the point of highest mean profit.
            case highestProfit
            /// The point of highest mean profit among those meeting the constraint.
            case highestProfitMeetingConstraint
            /// No evaluated point meets the constraint; `closest` is the one that comes nearest.
            case noPointMeetsConstraint
        }

        public var status: Status
        /// Index into ``WhatIfResult/points``; nil when no point meets the constraint.
        public var point: Int?
        /// With no point meeting the constraint: the one with the smallest shortfall.
        public var closest: Int?
        /// The recommendation in a sentence.
        public var message: String
    }

    /// The one-parameter search around the best grid point.
    public struct Refinement: Sendable, Codable, Hashable {
        public enum Status: String, Sendable, Codable, Hashable {
            /// Brent's method ran between the best point's neighbours.
            case refined
            /// The best grid point is the lowest or highest value swept: widen the grid first.
            case atEdgeOfGrid
            /// The neighbours are not worse than the best point: nothing to bracket.
            case flat
            /// Too few values, no point meets the constraint, or no value (or orderable
            /// quantity) lies between the best point's neighbours.
            case notPossible
        }

        public var status: Status
        public var message: String
        /// The interval searched, [lower, upper]; nil when no search ran.
        public var bracket: [Double]?
        /// New points evaluated (each over every replication).
        public var evaluations: Int
        /// Whether the bracket shrank below the tolerance within the evaluation budget.
        public var converged: Bool
        /// Index into ``WhatIfResult/points`` of the best point found by the search (grid or
        /// new); nil when no search ran.
        public var best: Int?
    }
}

extension WhatIfResult {
    /// The most profitable point was not orderable: its orderable neighbours were evaluated and
    /// the recommendation is the best orderable point.
    public struct Rounding: Sendable, Codable, Hashable {
        /// Index into ``WhatIfResult/points`` of the point that could not be ordered.
        public var from: Int
        /// Orderable neighbours newly evaluated (each over every replication).
        public var evaluations: Int
        public var message: String
    }

    /// The full text of the constraints: `fill_rate >= 0.95 and lost_units <= 400`; nil for none.
    public var constraintText: String? {
        constraints.isEmpty ? nil : constraints.map(\.text).joined(separator: " and ")
    }

    /// The measures every point shows; a constraint on another adds a figure of its own
    /// (``measures``).
    static let standardMeasures: Set<String> = ["profit", "fill_rate", "stockout_probability", "leftover_units", "lost_units"]
}

extension WhatIfResult.Constraint {
    /// Whether a value of the measure, in its unit, meets the constraint (an unknown comparison
    /// is taken as met).
    public func isMet(by value: Double) -> Bool {
        WhatIfConstraint.Comparison(rawValue: comparison)?.holds(value, threshold) ?? true
    }
}
