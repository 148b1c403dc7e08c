internal import CGSL

/// A derivative-free minimiser of a function of several variables: GSL's Nelder–Mead simplex
/// (`gsl_multimin_fminimizer_nmsimplex2`, the O(n)-per-step variant that tracks the simplex's
/// centre and size).
///
/// The search starts from a simplex made of the start point and, for each coordinate i, the
/// start point moved by `stepSizes[i]` along that coordinate; it stops when the simplex's size
/// (the root mean square distance of its corners from their centre, in the units of the
/// arguments) falls below `sizeTolerance` (`gsl_multimin_test_size`), or after
/// `maximumIterations` iterations, whichever comes first.
///
/// Bounds are the caller's business: transform bounded parameters (a logistic map onto an
/// interval, a logarithm for positive values) or return a penalty. A non-finite function value
/// is replaced by `Double.greatestFiniteMagnitude`, i.e. treated as worse than any finite one,
/// so a caller may answer `.infinity` for points outside its domain (the start point excepted).
///
/// One object owns one `gsl_multimin_fminimizer` of a fixed dimension (freed in `deinit`) and
/// can run any number of searches, one after the other. It is not thread-safe: use one per
/// thread or task.
public final class SimplexMinimizer {
    /// The outcome of one search.
    public struct Result: Hashable, Sendable {
        /// The best point found (the simplex corner with the lowest value).
        public var x: [Double]
        /// f(x).
        public var value: Double
        /// Iterations of `gsl_multimin_fminimizer_iterate` used.
        public var iterations: Int
        /// The simplex's final size, in the units of the arguments.
        public var size: Double
        /// Whether the size test passed (false: stopped at `maximumIterations`, or the simplex
        /// could not shrink further; `x` is still the best point found).
        public var converged: Bool
    }

    /// Number of variables, ≥ 1.
    public let dimension: Int
    /// The GSL state; only this class touches it.
    private let state: UnsafeMutablePointer<gsl_multimin_fminimizer>
    /// The start point and step sizes handed to GSL, allocated once.
    private let start: UnsafeMutablePointer<gsl_vector>
    private let steps: UnsafeMutablePointer<gsl_vector>

    /// Allocates a Nelder–Mead minimiser for functions of `dimension` (≥ 1) variables.
    /// - Throws: ``GSLError/allocationFailed(what:)`` when GSL runs out of memory.
    public init(dimension: Int) throws(GSLError) {
        precondition(dimension >= 1, "SimplexMinimizer: dimension must be ≥ 1, got \(dimension)")
        GSLLibrary.configure()
        let n = dimension
        guard let type = cgsl_multimin_fminimizer_nmsimplex2(),
              let state = gsl_multimin_fminimizer_alloc(type, n) else {
            throw .allocationFailed(what: "a Nelder–Mead simplex minimiser of dimension \(n)")
        }
        guard let start = gsl_vector_alloc(n), let steps = gsl_vector_alloc(n) else {
            gsl_multimin_fminimizer_free(state)
            throw .allocationFailed(what: "the start vectors of a simplex minimiser of dimension \(n)")
        }
        self.dimension = n
        self.state = state
        self.start = start
        self.steps = steps
    }

    deinit {
        gsl_multimin_fminimizer_free(state)
        gsl_vector_free(start)
        gsl_vector_free(steps)
    }

    /// Minimises `f` from `start`.
    ///
    /// - Parameters:
    ///   - f: the function; it receives `dimension` values (the same array storage is reused
    ///     between calls, so keeping a reference to it only costs a copy).
    ///   - start: the start point, `dimension` finite values, where f must be finite.
    ///   - stepSizes: the initial simplex's extent along each coordinate, `dimension` non-zero
    ///     finite values (a sensible first move for each argument).
    ///   - sizeTolerance: stop when the simplex's size is below this (> 0).
    ///   - maximumIterations: give up after this many iterations (≥ 1); the best point so far is
    ///     returned with `converged == false`.
    /// - Throws: ``GSLError/status(code:function:)`` when GSL refuses the start (for example
    ///   `GSL_EBADFUNC` for a non-finite value at the start point, which is not replaced).
    public func minimize(
        _ f: ([Double]) -> Double,
        start startPoint: [Double],
        stepSizes: [Double],
        sizeTolerance: Double = 1e-6,
        maximumIterations: Int = 1000
    ) throws(GSLError) -> Result {
        precondition(startPoint.count == dimension && stepSizes.count == dimension,
                     "SimplexMinimizer: start and stepSizes must have \(dimension) values")
        precondition(sizeTolerance > 0, "SimplexMinimizer: sizeTolerance must be > 0")
        precondition(maximumIterations >= 1, "SimplexMinimizer: maximumIterations must be ≥ 1")
        guard f(startPoint).isFinite else {
            throw .status(code: Int32(GSL_EBADFUNC), function: "gsl_multimin_fminimizer_set (f is not finite at the start)")
        }
        for i in 0..<dimension {
            gsl_vector_set(start, i, startPoint[i])
            gsl_vector_set(steps, i, stepSizes[i])
        }
        // GSL keeps the gsl_multimin_function pointer between set and iterate, so the closure,
        // its context and the function record must all live for the whole search: everything
        // happens inside these nested scopes. The closure is only called during the search,
        // so it never actually escapes.
        let outcome: Swift.Result<Result, GSLError> = withoutActuallyEscaping(f) { escapable in
            var context = SimplexObjective(function: escapable, dimension: dimension)
            return withUnsafeMutablePointer(to: &context) { contextPointer in
                var function = gsl_multimin_function(
                    f: { vector, parameters in
                        // GSL always passes both pointers back; a missing one would be a GSL
                        // bug, answered with NaN so GSL reports GSL_EBADFUNC.
                        guard let vector, let parameters else { return .nan }
                        return parameters.assumingMemoryBound(to: SimplexObjective.self).pointee.evaluate(vector)
                    },
                    n: dimension,
                    params: UnsafeMutableRawPointer(contextPointer)
                )
                return withUnsafeMutablePointer(to: &function) { functionPointer in
                    Swift.Result { () throws(GSLError) -> Result in
                        try search(functionPointer, sizeTolerance: sizeTolerance, maximumIterations: maximumIterations)
                    }
                }
            }
        }
        return try outcome.get()
    }

    /// Sets the simplex up and iterates until the size test passes.
    private func search(
        _ function: UnsafeMutablePointer<gsl_multimin_function>,
        sizeTolerance: Double, maximumIterations: Int
    ) throws(GSLError) -> Result {
        try GSLLibrary.check(gsl_multimin_fminimizer_set(state, function, start, steps), "gsl_multimin_fminimizer_set")
        var converged = false
        var iterations = 0
        while iterations < maximumIterations {
            iterations += 1
            // nmsimplex2 reports GSL_ENOPROG when no move improves the simplex any more: the
            // best corner is as good as this search gets, so that ends it without an error.
            let status = gsl_multimin_fminimizer_iterate(state)
            if status == Int32(GSL_ENOPROG) { break }
            try GSLLibrary.check(status, "gsl_multimin_fminimizer_iterate")
            let test = gsl_multimin_test_size(gsl_multimin_fminimizer_size(state), sizeTolerance)
            if test == Int32(GSL_CONTINUE) { continue }
            try GSLLibrary.check(test, "gsl_multimin_test_size")
            converged = true
            break
        }
        return currentResult(iterations: iterations, converged: converged)
    }

    /// The best corner of the current simplex.
    private func currentResult(iterations: Int, converged: Bool) -> Result {
        let best = gsl_multimin_fminimizer_x(state)
        var x = [Double](repeating: 0, count: dimension)
        for i in 0..<dimension { x[i] = gsl_vector_get(best, i) }
        return Result(x: x, value: gsl_multimin_fminimizer_minimum(state), iterations: iterations,
                      size: gsl_multimin_fminimizer_size(state), converged: converged)
    }
}

/// The Swift closure handed to GSL through the `params` pointer, with a reusable argument array.
private struct SimplexObjective {
    let function: ([Double]) -> Double
    /// Overwritten in place at every call (unique once the previous call has returned).
    var arguments: [Double]

    init(function: @escaping ([Double]) -> Double, dimension: Int) {
        self.function = function
        self.arguments = [Double](repeating: 0, count: dimension)
    }

    /// f at the GSL vector; non-finite values become the largest finite double.
    mutating func evaluate(_ vector: UnsafePointer<gsl_vector>) -> Double {
        for i in arguments.indices { arguments[i] = gsl_vector_get(vector, i) }
        let value = function(arguments)
        return value.isFinite ? value : .greatestFiniteMagnitude
    }
}
