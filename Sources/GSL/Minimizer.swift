internal import CGSL

/// A one-dimensional minimiser: GSL's Brent method (`gsl_min_fminimizer_brent`, golden-section
/// steps safeguarding parabolic interpolation), on a bracketed, bounded interval.
///
/// The caller supplies a bracket lower < guess < upper with f(guess) < f(lower) and
/// f(guess) < f(upper), so a minimum lies strictly inside; GSL refuses anything else and the
/// refusal comes back as a ``GSLError``. The search stops when the bracket is narrower than
/// `absoluteTolerance + relativeTolerance·|x|` (`gsl_min_test_interval`).
///
/// One object owns one `gsl_min_fminimizer` (freed in `deinit`) and can run any number of
/// searches, one after the other. It is not thread-safe: use one per thread or task.
public final class Minimizer {
    /// The outcome of one search.
    public struct Result: Hashable, Sendable {
        /// The best point found (in the units of the function's argument).
        public var x: Double
        /// f(x).
        public var value: Double
        /// The lower end of the final bracket, ≤ x; upper − lower meets the tolerance.
        public var lower: Double
        /// The upper end of the final bracket, ≥ x.
        public var upper: Double
        /// Iterations of `gsl_min_fminimizer_iterate` used.
        public var iterations: Int
    }

    /// The GSL state; only this class touches it.
    private let state: UnsafeMutablePointer<gsl_min_fminimizer>

    /// Allocates a Brent minimiser.
    /// - Throws: ``GSLError/allocationFailed(what:)`` when GSL runs out of memory.
    public init() throws(GSLError) {
        GSLLibrary.configure()
        guard let type = cgsl_min_fminimizer_brent(), let state = gsl_min_fminimizer_alloc(type) else {
            throw .allocationFailed(what: "a Brent minimiser")
        }
        self.state = state
    }

    deinit {
        gsl_min_fminimizer_free(state)
    }

    /// Minimises `f` on [lower, upper], starting from `guess`.
    ///
    /// - Parameters:
    ///   - guess: a point strictly inside (lower, upper) with f(guess) below f at both ends.
    ///   - absoluteTolerance, relativeTolerance: stop when upper − lower <
    ///     absoluteTolerance + relativeTolerance·min(|lower|, |upper|) (GSL's rule; both ≥ 0,
    ///     not both 0).
    ///   - maximumIterations: give up after this many iterations (≥ 1).
    /// - Throws: ``GSLError/status(code:function:)`` with `GSL_EINVAL` when the bracket is
    ///   invalid (guess outside the interval, or f(guess) not below f at both ends),
    ///   `GSL_EBADFUNC` when f returns a non-finite value, and `GSL_EMAXITER` when the
    ///   tolerance is not reached within `maximumIterations`.
    public func minimize(
        _ f: (Double) -> Double,
        guess: Double,
        lower: Double,
        upper: Double,
        absoluteTolerance: Double = 1e-6,
        relativeTolerance: Double = 0,
        maximumIterations: Int = 100
    ) throws(GSLError) -> Result {
        precondition(absoluteTolerance >= 0 && relativeTolerance >= 0 && absoluteTolerance + relativeTolerance > 0,
                     "Minimizer: tolerances must be ≥ 0 and not both 0")
        precondition(maximumIterations >= 1, "Minimizer: maximumIterations must be ≥ 1")
        // GSL keeps the gsl_function pointer between set and iterate, so the closure, its
        // context and the gsl_function must all live for the whole search: everything happens
        // inside these nested scopes. The closure is only called during the search, so it
        // never actually escapes.
        let outcome: Swift.Result<Result, GSLError> = withoutActuallyEscaping(f) { escapable in
            var context = ObjectiveContext(function: escapable)
            return withUnsafeMutablePointer(to: &context) { contextPointer in
                var function = gsl_function(
                    function: { x, parameters in
                        // GSL always passes the params pointer back; a missing one would be a
                        // GSL bug, answered with NaN so GSL reports GSL_EBADFUNC.
                        guard let parameters else { return .nan }
                        return parameters.assumingMemoryBound(to: ObjectiveContext.self).pointee.function(x)
                    },
                    params: UnsafeMutableRawPointer(contextPointer)
                )
                return withUnsafeMutablePointer(to: &function) { functionPointer in
                    Swift.Result { () throws(GSLError) -> Result in
                        try search(functionPointer, guess: guess, lower: lower, upper: upper,
                                   absoluteTolerance: absoluteTolerance, relativeTolerance: relativeTolerance,
                                   maximumIterations: maximumIterations)
                    }
                }
            }
        }
        return try outcome.get()
    }

    /// Sets the bracket and iterates until the interval test passes.
    private func search(
        _ function: UnsafeMutablePointer<gsl_function>,
        guess: Double, lower: Double, upper: Double,
        absoluteTolerance: Double, relativeTolerance: Double, maximumIterations: Int
    ) throws(GSLError) -> Result {
        try GSLLibrary.check(gsl_min_fminimizer_set(state, function, guess, lower, upper), "gsl_min_fminimizer_set")
        for iteration in 1...maximumIterations {
            try GSLLibrary.check(gsl_min_fminimizer_iterate(state), "gsl_min_fminimizer_iterate")
            let low = gsl_min_fminimizer_x_lower(state)
            let high = gsl_min_fminimizer_x_upper(state)
            let test = gsl_min_test_interval(low, high, absoluteTolerance, relativeTolerance)
            if test == Int32(GSL_CONTINUE) { continue }
            try GSLLibrary.check(test, "gsl_min_test_interval")
            return Result(x: gsl_min_fminimizer_x_minimum(state), value: gsl_min_fminimizer_f_minimum(state),
                          lower: low, upper: high, iterations: iteration)
        }
        throw .status(code: Int32(GSL_EMAXITER), function: "gsl_min_fminimizer_iterate (\(maximumIterations) iterations)")
    }
}

/// The Swift closure handed to GSL through the `params` pointer of a `gsl_function`.
private struct ObjectiveContext {
    let function: (Double) -> Double
}
