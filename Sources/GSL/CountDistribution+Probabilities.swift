internal import CGSL

extension CountDistribution {
    /// P(X = k), including the structural zeros: π + (1 − π)·f(0) at 0, (1 − π)·f(k) above,
    /// with f from `gsl_ran_poisson_pdf` or `gsl_ran_negative_binomial_pdf`. 0 for k < 0 and
    /// for k beyond ``maximumCount``.
    public func probability(of k: Int) -> Double {
        guard k >= 0, k <= Self.maximumCount else { return 0 }
        let part = countPartProbability(of: k)
        return k == 0 ? zeroProbability + (1 - zeroProbability) * part : (1 - zeroProbability) * part
    }

    /// P(X ≤ k) = π + (1 − π)·F(k), with F from `gsl_cdf_poisson_P` or
    /// `gsl_cdf_negative_binomial_P`. 0 for k < 0.
    ///
    /// For reference and tests, not the hot path: GSL's Poisson CDF costs 0.4–8 µs for means
    /// between 20 and 10⁶, and GSL's incomplete-gamma asymptotics can fail above ~10⁶
    /// (``quantile(_:)`` does not rely on it).
    public func cdf(_ k: Int) -> Double {
        guard k >= 0 else { return 0 }
        guard k < Self.maximumCount else { return 1 }
        GSLLibrary.configure()
        let m = countMean
        let part: Double
        if m <= 0 {
            part = 1
        } else {
            switch family {
            case .poisson:
                part = gsl_cdf_poisson_P(UInt32(k), m)
            case let .negativeBinomial(dispersion):
                part = gsl_cdf_negative_binomial_P(UInt32(k), dispersion / (dispersion + m), dispersion)
            }
        }
        return zeroProbability + (1 - zeroProbability) * part
    }

    /// The variance in units² per period: (1 − π)·v + π(1 − π)·m², where m = mean/(1 − π) is
    /// the count part's mean and v its variance (m for the Poisson, m + m²/k for the negative
    /// binomial).
    public var variance: Double {
        let m = countMean
        let partVariance: Double
        switch family {
        case .poisson:
            partVariance = m
        case let .negativeBinomial(dispersion):
            partVariance = m + m * m / dispersion
        }
        return (1 - zeroProbability) * partVariance + zeroProbability * (1 - zeroProbability) * m * m
    }

    /// The standard deviation, √``variance``, in units per period.
    public var standardDeviation: Double {
        variance.squareRoot()
    }

    /// The count part's pmf f(k) (no structural zeros); a point mass at 0 when its mean is 0.
    private func countPartProbability(of k: Int) -> Double {
        let m = countMean
        guard m > 0 else { return k == 0 ? 1 : 0 }
        GSLLibrary.configure()
        switch family {
        case .poisson:
            return gsl_ran_poisson_pdf(UInt32(k), m)
        case let .negativeBinomial(dispersion):
            return gsl_ran_negative_binomial_pdf(UInt32(k), dispersion / (dispersion + m), dispersion)
        }
    }
}
