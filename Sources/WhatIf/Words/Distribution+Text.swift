import Foundation
import GSL

extension Distribution {
    /// The distribution in one line for reports: family and parameters as the resolved scenario
    /// writes them, then its mean and standard deviation, e.g.
    /// `lognormal(mu: 10.5966, sigma: 0.35), mean 42,530, sd 15,330`.
    var summary: String {
        let parameters: String
        switch self {
        case let .constant(value): parameters = "constant(\(short(value)))"
        case let .uniform(lower, upper): parameters = "uniform(lower: \(short(lower)), upper: \(short(upper)))"
        case let .normal(mean, sd): parameters = "normal(mean: \(short(mean)), sd: \(short(sd)))"
        case let .truncatedNormal(mean, sd, lower, upper):
            parameters = "truncated_normal(mean: \(short(mean)), sd: \(short(sd)), lower: \(short(lower)), upper: \(short(upper)))"
        case let .lognormal(mu, sigma): parameters = "lognormal(mu: \(short(mu)), sigma: \(short(sigma)))"
        case let .gamma(shape, scale): parameters = "gamma(shape: \(short(shape)), scale: \(short(scale)))"
        case let .exponential(mean): parameters = "exponential(mean: \(short(mean)))"
        case let .poisson(mean): parameters = "poisson(mean: \(short(mean)))"
        case let .negativeBinomial(mean, dispersion):
            parameters = "negative_binomial(mean: \(short(mean)), dispersion: \(short(dispersion)))"
        case let .binomial(trials, probability): parameters = "binomial(trials: \(trials), probability: \(short(probability)))"
        case let .bernoulli(probability): parameters = "bernoulli(probability: \(short(probability)))"
        case let .empirical(values, _): parameters = "empirical(\(values.count) values)"
        }
        let sd = variance.squareRoot()
        return parameters + ", mean \(WhatIfFormat.number(mean, decimals: WhatIfFormat.decimals(for: mean)))"
            + ", sd \(WhatIfFormat.number(sd, decimals: WhatIfFormat.decimals(for: sd)))"
    }

    /// Six significant digits: enough to recognise a parameter.
    private func short(_ value: Double) -> String {
        guard value.isFinite else { return value > 0 ? "inf" : (value < 0 ? "-inf" : "nan") }
        return String(format: "%.6g", value)
    }
}
