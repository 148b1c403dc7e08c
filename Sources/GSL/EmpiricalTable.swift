internal import CGSL

/// GSL's preprocessed table for drawing an index with given weights (Walker's alias method,
/// `gsl_ran_discrete_preproc`), owned by this object and freed when it goes away.
///
/// Sendability: `gsl_ran_discrete` and `gsl_ran_discrete_pdf` only read the table after
/// `gsl_ran_discrete_preproc` has built it, and nothing in this class writes to it before
/// `deinit`, so sharing one table between threads (each with its own ``RandomStream``) is safe
/// although the compiler cannot see that through the C pointer.
final class EmpiricalTable: @unchecked Sendable {
    /// The GSL table; never written after `init`.
    private let table: UnsafeMutablePointer<gsl_ran_discrete_t>
    /// The number of entries, K.
    let count: Int

    /// Builds the table for `weights` (non-negative, finite, not all zero; they need not sum to 1).
    /// - Throws: ``GSLError/allocationFailed(what:)`` if GSL rejects the weights or runs out of
    ///   memory (with GSL's abort handler off it reports both by returning NULL).
    init(weights: [Double]) throws(GSLError) {
        GSLLibrary.configure()
        let built = weights.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { gsl_ran_discrete_preproc(buffer.count, $0) }
        }
        guard let built else {
            throw .allocationFailed(what: "an empirical-distribution table of \(weights.count) weights")
        }
        table = built
        count = weights.count
    }

    deinit {
        gsl_ran_discrete_free(table)
    }

    /// An index in 0..<count, drawn with probability proportional to its weight (`gsl_ran_discrete`).
    func index(_ stream: RandomStream) -> Int {
        Int(gsl_ran_discrete(stream.rng, table))
    }

    /// The normalised probability of index `k` (`gsl_ran_discrete_pdf`); 0 outside 0..<count.
    func probability(ofIndex k: Int) -> Double {
        guard k >= 0, k < count else { return 0 }
        return gsl_ran_discrete_pdf(k, table)
    }
}
