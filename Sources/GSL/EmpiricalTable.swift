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
    /// Per index, its normalised probability, bit for bit what `gsl_ran_discrete_pdf` returns —
    /// computed for all K in one pass over the alias table, where asking GSL index by index
    /// costs K each (its pdf scans the whole table): K² per quantile, minutes at K = 20,000.
    private let probabilities: [Double]
    /// The indices by ascending value (the sort's order among equal values), and the running
    /// sum of their probabilities in that order: quantiles by binary search.
    private let order: [Int]
    private let cumulative: [Double]
    private let values: [Double]

    /// Builds the table for `values` with `weights` (non-negative, finite, not all zero; they
    /// need not sum to 1; one per value).
    /// - Throws: ``GSLError/allocationFailed(what:)`` if GSL rejects the weights or runs out of
    ///   memory (with GSL's abort handler off it reports both by returning NULL).
    init(values: [Double], weights: [Double]) throws(GSLError) {
        GSLLibrary.configure()
        let built = weights.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { gsl_ran_discrete_preproc(buffer.count, $0) }
        }
        guard let built else {
            throw .allocationFailed(what: "an empirical-distribution table of \(weights.count) weights")
        }
        table = built
        count = weights.count
        let probabilities = Self.probabilities(of: built)
        self.probabilities = probabilities
        self.values = values
        order = values.indices.sorted { values[$0] < values[$1] }
        var running = 0.0
        cumulative = order.map { index in
            running += index < probabilities.count ? probabilities[index] : 0
            return running
        }
    }

    deinit {
        gsl_ran_discrete_free(table)
    }

    /// An index in 0..<count, drawn with probability proportional to its weight (`gsl_ran_discrete`).
    func index(_ stream: RandomStream) -> Int {
        Int(gsl_ran_discrete(stream.rng, table))
    }

    /// The normalised probability of index `k` (`gsl_ran_discrete_pdf`'s value); 0 outside 0..<count.
    func probability(ofIndex k: Int) -> Double {
        guard k >= 0, k < count else { return 0 }
        return probabilities[k]
    }

    /// GSL's own `gsl_ran_discrete_pdf` (O(K)), which ``probability(ofIndex:)`` reproduces.
    func gslProbability(ofIndex k: Int) -> Double {
        guard k >= 0, k < count else { return 0 }
        return gsl_ran_discrete_pdf(k, table)
    }

    /// The smallest value whose cumulative probability, accumulated in ascending value order,
    /// reaches `u`; the largest value when rounding keeps the total below `u`.
    func quantile(_ u: Double) -> Double {
        var low = 0, high = cumulative.count
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] >= u { high = middle } else { low = middle + 1 }
        }
        let position = low < order.count ? low : order.count - 1
        return position >= 0 ? values[order[position]] : 0
    }

    /// `gsl_ran_discrete_pdf` for every index at once: GSL's sum for index k runs over the
    /// table's slots i in ascending order, adding K·F[i] − i for slot k itself and
    /// 1 − (K·F[i] − i) for another slot whose alias is k; one ascending pass adds the same
    /// terms in the same order, so each sum is the same double.
    private static func probabilities(of table: UnsafeMutablePointer<gsl_ran_discrete_t>) -> [Double] {
        let slots = table.pointee.K
        var sums = [Double](repeating: 0, count: slots)
        guard let alias = table.pointee.A, let threshold = table.pointee.F else { return sums }
        let k = Double(slots)
        for i in 0..<slots {
            let f = k * threshold[i] - Double(i)
            sums[i] += f
            let target = alias[i]
            if target != i, target < slots { sums[target] += 1.0 - f }
        }
        return sums.map { $0 / k }
    }
}
