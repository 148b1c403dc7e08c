import GSL

/// The one-parameter search that refines a sweep around its best grid point: GSL's Brent
/// minimiser (``Minimizer``) on −(mean profit), plus a penalty when the constraint is not met,
/// between the best point's two neighbours, over the same replications (common random numbers,
/// so the objective is a fixed function of the value and the search is not chasing noise).
///
/// Each evaluation backtests every replication, so the search is held to a budget of new points.
/// GSL's minimiser calls its objective synchronously while a point is evaluated asynchronously;
/// the search therefore replays: the minimiser runs on the values known so far until it asks for
/// an unknown one, which is then evaluated and the minimiser restarted from the same bracket.
/// Brent's method is deterministic, so each replay retraces the previous steps exactly and goes
/// one step further. Fields of whole numbers are evaluated at rounded values, and launch stocks
/// with a case pack or minimum order at the nearest orderable quantity (``OrderLattice``), each
/// such value once: the search runs on the quantities that can really be bought.
struct WhatIfRefinement {
    /// Lowest value, the best grid value and the highest value of the search; the best value's
    /// objective is below both ends' (Brent's bracket).
    let lower: Double
    let guess: Double
    let upper: Double
    /// The values that may be evaluated (whole numbers, orderable quantities); nil: any.
    let lattice: OrderLattice?
    /// New points at most.
    let budget: Int

    /// The search stops when the bracket is narrower than this share of the starting one.
    static let relativeTolerance = 0.01

    /// What the search did.
    struct Outcome {
        /// The new points, in the order evaluated.
        var evaluated: [PointOutcome]
        /// Whether the bracket shrank below the tolerance within the budget.
        var converged: Bool
        /// A GSL failure other than a missing value, if any ended the search.
        var failure: GSLError?
    }

    /// Runs the search. `known` holds the objective at values already evaluated (the grid);
    /// `objective` turns a point's figures into the value minimised; `evaluate` backtests a value.
    func search(known: [Double: Double], objective: (PointOutcome) -> Double,
                evaluate: (Double) async throws(WhatIfError) -> PointOutcome) async throws(WhatIfError) -> Outcome {
        let minimizer: Minimizer
        do {
            minimizer = try Minimizer()
        } catch {
            return Outcome(evaluated: [], converged: false, failure: error)
        }
        var cache = known
        var evaluated: [PointOutcome] = []
        // A hundredth of the bracket: finer than any first-buy or price decision needs, and
        // reached in about ten golden-section steps. On a lattice: at least one step (a case
        // pack, or one unit), as the objective is a step function of the value there.
        let tolerance = max(Double(lattice?.casePack ?? 0), (upper - lower) * Self.relativeTolerance)
        while true {
            var missing: Double?
            let attempt = Result { () throws(GSLError) -> Minimizer.Result in
                try minimizer.minimize({ x in
                    // The bracket's ends and the guess are grid values, known as they are.
                    if let known = cache[x] { return known }
                    let value = key(x)
                    if let known = cache[value] { return known }
                    if missing == nil { missing = value }
                    // Not finite: GSL stops with GSL_EBADFUNC and the value is evaluated.
                    return .nan
                }, guess: guess, lower: lower, upper: upper, absoluteTolerance: tolerance, maximumIterations: 200)
            }
            switch attempt {
            case .success:
                return Outcome(evaluated: evaluated, converged: true, failure: nil)
            case let .failure(error):
                guard let value = missing else {
                    return Outcome(evaluated: evaluated, converged: false, failure: error)
                }
                guard evaluated.count < budget else {
                    return Outcome(evaluated: evaluated, converged: false, failure: nil)
                }
                let outcome = try await evaluate(value)
                cache[value] = objective(outcome)
                evaluated.append(outcome)
            }
        }
    }

    /// The value actually evaluated for `x`: the nearest value of the lattice, within the
    /// bracket when one lies there.
    func key(_ x: Double) -> Double {
        lattice?.nearest(x, within: lower...upper) ?? x
    }
}
