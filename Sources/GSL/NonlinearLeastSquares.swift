internal import CGSL

/// Non-linear least squares: GSL's trust-region solver (`gsl_multifit_nlinear`, type
/// `gsl_multifit_nlinear_trust`, default parameters: Levenberg-Marquardt steps, Moré scaling,
/// QR factorisation) minimising ½‖f(x)‖² over x ∈ ℝᵖ for n ≥ p residuals fᵢ(x).
///
/// The residuals come from a Swift closure; the Jacobian Jᵢⱼ = ∂fᵢ/∂xⱼ from another one, or,
/// without it, from GSL's forward differences. There are no bounds: reparametrise (log, logit)
/// to keep a parameter in range, and add prior residuals to keep a poorly identified one near a
/// plausible value.
///
/// One object owns one workspace for a fixed problem size (n, p), freed in `deinit`, and can
/// solve any number of problems of that size one after the other. Solving allocates nothing per
/// residual evaluation: the closures fill buffers reused for the whole solve. It is not
/// thread-safe: use one per thread or task.
public final class NonlinearLeastSquares {
    /// Why the iterations stopped.
    public enum Stop: Hashable, Sendable {
        /// The step became smaller than `stepTolerance` relative to x (`gsl_multifit_nlinear_test` info 1).
        case smallStep
        /// The scaled gradient fell below `gradientTolerance` (info 2).
        case smallGradient
        /// A tolerance was below machine precision: no further improvement is possible
        /// (GSL_ETOLF, GSL_ETOLX or GSL_ETOLG); the point is as good as it gets.
        case machinePrecision
        /// The very first iteration found no step that lowers the cost: the start is already a
        /// (local) minimum, or the problem is degenerate there.
        case noProgress
        /// `maximumIterations` iterations ran without meeting a tolerance.
        case iterationLimit

        /// Whether the solver stopped at a minimum by its own tests (small step, small gradient
        /// or machine precision), rather than giving up.
        public var converged: Bool {
            switch self {
            case .smallStep, .smallGradient, .machinePrecision: return true
            case .noProgress, .iterationLimit: return false
            }
        }
    }

    /// The outcome of one solve.
    public struct Result: Hashable, Sendable {
        /// The best parameters found, p values.
        public var parameters: [Double]
        /// The residuals f(x) at `parameters`, n values.
        public var residuals: [Double]
        /// χ² = ‖f(x)‖² = Σ fᵢ², the sum of squared residuals at `parameters`.
        public var chiSquare: Double
        /// (JᵀJ)⁻¹ at `parameters`, p × p, row-major (`covariance[i * p + j]`), from
        /// `gsl_multifit_nlinear_covar` (columns of J that are linearly dependent to machine
        /// precision get zero rows and columns). It is the parameters' covariance when the
        /// residuals are already divided by their standard deviations; otherwise multiply by
        /// σ̂² (see ``scaledCovariance``).
        public var covariance: [Double]
        /// Iterations of the trust-region method used.
        public var iterations: Int
        /// Why the iterations stopped.
        public var stop: Stop

        /// Number of parameters p.
        public var parameterCount: Int { parameters.count }

        /// (JᵀJ)⁻¹ entry (i, j).
        public func covariance(_ i: Int, _ j: Int) -> Double {
            covariance[i * parameters.count + j]
        }

        /// (JᵀJ)⁻¹·χ²/(n − p): the covariance of the parameters when every residual has the same
        /// unknown standard deviation, estimated by √(χ²/(n − p)). Row-major p × p; zero when
        /// n = p (no degrees of freedom left to estimate σ).
        public var scaledCovariance: [Double] {
            let freedom = residuals.count - parameters.count
            let factor = freedom > 0 ? chiSquare / Double(freedom) : 0
            return covariance.map { $0 * factor }
        }
    }

    /// Number of residuals n (≥ p).
    public let residualCount: Int
    /// Number of parameters p (≥ 1).
    public let parameterCount: Int

    /// The GSL state; only this class touches it.
    private let workspace: UnsafeMutablePointer<gsl_multifit_nlinear_workspace>
    /// The starting point handed to GSL, p long.
    private let start: UnsafeMutablePointer<gsl_vector>
    /// Room for (JᵀJ)⁻¹, p × p.
    private let covarianceMatrix: UnsafeMutablePointer<gsl_matrix>

    /// Allocates a trust-region solver for `residualCount` residuals in `parameterCount`
    /// parameters (1 ≤ p ≤ n).
    /// - Throws: ``GSLError/allocationFailed(what:)`` when GSL runs out of memory.
    public init(residualCount: Int, parameterCount: Int) throws(GSLError) {
        precondition(parameterCount >= 1 && residualCount >= parameterCount,
                     "NonlinearLeastSquares: need 1 ≤ parameters (\(parameterCount)) ≤ residuals (\(residualCount))")
        GSLLibrary.configure()
        self.residualCount = residualCount
        self.parameterCount = parameterCount
        var parameters = cgsl_multifit_nlinear_default_parameters()
        guard let type = cgsl_multifit_nlinear_trust(),
              let workspace = gsl_multifit_nlinear_alloc(type, &parameters, residualCount, parameterCount) else {
            throw .allocationFailed(what: "a non-linear least-squares workspace (\(residualCount) × \(parameterCount))")
        }
        guard let start = gsl_vector_alloc(parameterCount) else {
            gsl_multifit_nlinear_free(workspace)
            throw .allocationFailed(what: "a vector of \(parameterCount)")
        }
        guard let covarianceMatrix = gsl_matrix_alloc(parameterCount, parameterCount) else {
            gsl_vector_free(start)
            gsl_multifit_nlinear_free(workspace)
            throw .allocationFailed(what: "a \(parameterCount) × \(parameterCount) matrix")
        }
        self.workspace = workspace
        self.start = start
        self.covarianceMatrix = covarianceMatrix
    }

    deinit {
        gsl_matrix_free(covarianceMatrix)
        gsl_vector_free(start)
        gsl_multifit_nlinear_free(workspace)
    }

    /// Minimises ½Σfᵢ(x)² from `initial`.
    ///
    /// - Parameters:
    ///   - initial: the starting point, p finite values.
    ///   - stepTolerance: stop when every |δxⱼ| ≤ stepTolerance·(|xⱼ| + stepTolerance) (GSL's xtol, > 0).
    ///   - gradientTolerance: stop when the scaled gradient's largest entry ≤ gradientTolerance (gtol, ≥ 0).
    ///   - costTolerance: stop when the relative change of ‖f‖ is below it (ftol, ≥ 0; 0 disables).
    ///   - maximumIterations: give up after this many iterations (≥ 1); the result then says
    ///     ``Stop/iterationLimit`` and holds the best point so far.
    ///   - residuals: fills `f` (n values, already sized) with the residuals at `x` (p values).
    ///     Must leave every value finite.
    ///   - jacobian: fills `J` (n·p values, row-major: `J[i * p + j]` = ∂fᵢ/∂xⱼ) at `x`; nil
    ///     lets GSL use forward differences (p extra residual evaluations per Jacobian).
    /// - Throws: ``GSLError/status(code:function:)`` with `GSL_EBADFUNC` when a closure returns
    ///   a non-finite value or resizes its buffer, and any other GSL failure.
    public func solve(
        from initial: [Double],
        stepTolerance: Double = 1e-8,
        gradientTolerance: Double = 1e-8,
        costTolerance: Double = 0,
        maximumIterations: Int = 200,
        residuals: (_ x: [Double], _ f: inout [Double]) -> Void,
        jacobian: ((_ x: [Double], _ J: inout [Double]) -> Void)? = nil
    ) throws(GSLError) -> Result {
        precondition(initial.count == parameterCount,
                     "NonlinearLeastSquares: \(initial.count) initial values for \(parameterCount) parameters")
        precondition(stepTolerance > 0 && gradientTolerance >= 0 && costTolerance >= 0,
                     "NonlinearLeastSquares: tolerances must be ≥ 0 (the step tolerance > 0)")
        precondition(maximumIterations >= 1, "NonlinearLeastSquares: maximumIterations must be ≥ 1")
        guard initial.allSatisfy(\.isFinite) else {
            throw .status(code: Int32(GSL_EINVAL), function: "gsl_multifit_nlinear_init (non-finite start \(initial))")
        }
        for (j, value) in initial.enumerated() { gsl_vector_set(start, j, value) }
        // GSL keeps the fdf pointer (and through it the context) from init to the last iterate,
        // so the closures, the context and the fdf all live inside these scopes; the residual
        // closure is only called during the solve and never actually escapes.
        let outcome: Swift.Result<Result, GSLError> = withoutActuallyEscaping(residuals) { residuals in
            let context = CallbackContext(n: residualCount, p: parameterCount, residuals: residuals, jacobian: jacobian)
            return withExtendedLifetime(context) {
                var fdf = gsl_multifit_nlinear_fdf()
                fdf.f = evaluateResiduals
                fdf.df = jacobian == nil ? nil : evaluateJacobian
                fdf.fvv = nil
                fdf.n = residualCount
                fdf.p = parameterCount
                fdf.params = Unmanaged.passUnretained(context).toOpaque()
                return Swift.Result { () throws(GSLError) -> Result in
                    try iterate(&fdf, stepTolerance: stepTolerance, gradientTolerance: gradientTolerance,
                                costTolerance: costTolerance, maximumIterations: maximumIterations)
                }
            }
        }
        return try outcome.get()
    }

    /// Initialises the workspace at `start`, runs GSL's driver and reads the result out.
    private func iterate(
        _ fdf: UnsafeMutablePointer<gsl_multifit_nlinear_fdf>,
        stepTolerance: Double, gradientTolerance: Double, costTolerance: Double, maximumIterations: Int
    ) throws(GSLError) -> Result {
        try GSLLibrary.check(gsl_multifit_nlinear_init(start, fdf, workspace), "gsl_multifit_nlinear_init")
        var info: Int32 = 0
        let status = gsl_multifit_nlinear_driver(
            maximumIterations, stepTolerance, gradientTolerance, costTolerance, nil, nil, &info, workspace)
        let stop: Stop
        switch (status, info) {
        case (0, 1): stop = .smallStep
        case (0, 2): stop = .smallGradient
        case (0, _): stop = .machinePrecision
        case (Int32(GSL_EMAXITER), Int32(GSL_ENOPROG)) where gsl_multifit_nlinear_niter(workspace) == 0:
            stop = .noProgress
        case (Int32(GSL_EMAXITER), _): stop = .iterationLimit
        default: throw .status(code: status, function: "gsl_multifit_nlinear_driver")
        }
        try GSLLibrary.check(gsl_multifit_nlinear_covar(gsl_multifit_nlinear_jac(workspace), 0, covarianceMatrix),
                             "gsl_multifit_nlinear_covar")
        return readResult(stop: stop)
    }

    /// Copies the position, residuals and covariance out of GSL.
    private func readResult(stop: Stop) -> Result {
        let (n, p) = (residualCount, parameterCount)
        let position = gsl_multifit_nlinear_position(workspace)
        let residual = gsl_multifit_nlinear_residual(workspace)
        let parameters = (0..<p).map { gsl_vector_get(position, $0) }
        let residuals = (0..<n).map { gsl_vector_get(residual, $0) }
        var chiSquare = 0.0
        for value in residuals { chiSquare += value * value }
        var covariance = [Double](repeating: 0, count: p * p)
        for i in 0..<p {
            for j in 0..<p { covariance[i * p + j] = gsl_matrix_get(covarianceMatrix, i, j) }
        }
        return Result(parameters: parameters, residuals: residuals, chiSquare: chiSquare, covariance: covariance,
                      iterations: Int(gsl_multifit_nlinear_niter(workspace)), stop: stop)
    }
}

/// The Swift closures and the buffers they fill, handed to GSL through `fdf.params`.
private final class CallbackContext {
    let residuals: (_ x: [Double], _ f: inout [Double]) -> Void
    let jacobian: ((_ x: [Double], _ J: inout [Double]) -> Void)?
    /// Reused for every evaluation, so evaluating allocates nothing.
    var x: [Double]
    var f: [Double]
    var J: [Double]

    init(n: Int, p: Int,
         residuals: @escaping (_ x: [Double], _ f: inout [Double]) -> Void,
         jacobian: ((_ x: [Double], _ J: inout [Double]) -> Void)?) {
        self.residuals = residuals
        self.jacobian = jacobian
        x = [Double](repeating: 0, count: p)
        f = [Double](repeating: 0, count: n)
        J = jacobian == nil ? [] : [Double](repeating: 0, count: n * p)
    }

    /// Copies GSL's x into `x`; false for a vector without data (never from GSL).
    func load(_ vector: UnsafePointer<gsl_vector>) -> Bool {
        guard let data = vector.pointee.data else { return false }
        let stride = vector.pointee.stride
        for j in x.indices { x[j] = data[j * stride] }
        return true
    }
}

/// `fdf.f`: residuals at x into f; GSL_EBADFUNC for non-finite values or a resized buffer.
private func evaluateResiduals(
    _ x: UnsafePointer<gsl_vector>?, _ params: UnsafeMutableRawPointer?, _ f: UnsafeMutablePointer<gsl_vector>?
) -> Int32 {
    guard let x, let params, let f else { return Int32(GSL_EFAULT) }
    let context = Unmanaged<CallbackContext>.fromOpaque(params).takeUnretainedValue()
    let n = context.f.count
    guard context.load(x) else { return Int32(GSL_EFAULT) }
    context.residuals(context.x, &context.f)
    guard context.f.count == n else { return Int32(GSL_EBADFUNC) }
    guard let data = f.pointee.data else { return Int32(GSL_EFAULT) }
    let stride = f.pointee.stride
    for i in 0..<n {
        let value = context.f[i]
        guard value.isFinite else { return Int32(GSL_EBADFUNC) }
        data[i * stride] = value
    }
    return 0
}

/// `fdf.df`: the Jacobian at x into J (n × p); GSL_EBADFUNC as for the residuals.
private func evaluateJacobian(
    _ x: UnsafePointer<gsl_vector>?, _ params: UnsafeMutableRawPointer?, _ J: UnsafeMutablePointer<gsl_matrix>?
) -> Int32 {
    guard let x, let params, let J else { return Int32(GSL_EFAULT) }
    let context = Unmanaged<CallbackContext>.fromOpaque(params).takeUnretainedValue()
    guard let jacobian = context.jacobian else { return Int32(GSL_EFAULT) }
    let (n, p) = (context.f.count, context.x.count)
    guard context.load(x) else { return Int32(GSL_EFAULT) }
    jacobian(context.x, &context.J)
    guard context.J.count == n * p else { return Int32(GSL_EBADFUNC) }
    guard let data = J.pointee.data else { return Int32(GSL_EFAULT) }
    let rowStride = J.pointee.tda
    for i in 0..<n {
        for j in 0..<p {
            let value = context.J[i * p + j]
            guard value.isFinite else { return Int32(GSL_EBADFUNC) }
            data[i * rowStride + j] = value
        }
    }
    return 0
}
