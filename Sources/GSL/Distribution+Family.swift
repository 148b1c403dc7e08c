extension Distribution {
    /// The families a ``Distribution`` can be, without their parameter values.
    public enum Family: Hashable, Sendable, CaseIterable {
        case constant, uniform, normal, truncatedNormal, lognormal, gamma, exponential, poisson
        case negativeBinomial, binomial, bernoulli, empirical

        /// A short name, used in error messages: "truncated normal".
        public var name: String {
            switch self {
            case .constant: "constant"
            case .uniform: "uniform"
            case .normal: "normal"
            case .truncatedNormal: "truncated normal"
            case .lognormal: "lognormal"
            case .gamma: "gamma"
            case .exponential: "exponential"
            case .poisson: "poisson"
            case .negativeBinomial: "negative binomial"
            case .binomial: "binomial"
            case .bernoulli: "bernoulli"
            case .empirical: "empirical"
            }
        }

        /// The family's parameters in the order of its case's associated values, each with its
        /// domain (``ParameterDomain``). Rules between parameters (a lower bound below the upper,
        /// one weight per value…) are checked by ``Distribution/problems``.
        public var parameters: [Parameter] {
            switch self {
            case .constant: [Parameter("value", .finite)]
            case .uniform: [Parameter("lower", .finite), Parameter("upper", .finite)]
            case .normal: [Parameter("mean", .finite), Parameter("sd", .positive)]
            case .truncatedNormal:
                [Parameter("mean", .finite), Parameter("sd", .positive), Parameter("lower", .bound), Parameter("upper", .bound)]
            case .lognormal: [Parameter("mu", .finite), Parameter("sigma", .positive)]
            case .gamma: [Parameter("shape", .positive), Parameter("scale", .positive)]
            case .exponential: [Parameter("mean", .positive)]
            case .poisson: [Parameter("mean", .countMean)]
            case .negativeBinomial: [Parameter("mean", .countMean), Parameter("dispersion", .positive)]
            case .binomial: [Parameter("trials", .trials), Parameter("probability", .probability)]
            case .bernoulli: [Parameter("probability", .probability)]
            case .empirical: [Parameter("values", .finite, isList: true), Parameter("weights", .nonNegative, isList: true)]
            }
        }

        /// The parameter called `name`, if the family has one.
        public func parameter(_ name: String) -> Parameter? {
            parameters.first { $0.name == name }
        }
    }

    /// One parameter of a family: its name, its domain, and whether it is a list of numbers each
    /// in the domain (an empirical table's values and weights) rather than a single number.
    public struct Parameter: Hashable, Sendable {
        public var name: String
        public var domain: ParameterDomain
        public var isList: Bool

        public init(_ name: String, _ domain: ParameterDomain, isList: Bool = false) {
            self.name = name
            self.domain = domain
            self.isList = isList
        }
    }

    /// The distribution's family.
    public var family: Family {
        switch self {
        case .constant: .constant
        case .uniform: .uniform
        case .normal: .normal
        case .truncatedNormal: .truncatedNormal
        case .lognormal: .lognormal
        case .gamma: .gamma
        case .exponential: .exponential
        case .poisson: .poisson
        case .negativeBinomial: .negativeBinomial
        case .binomial: .binomial
        case .bernoulli: .bernoulli
        case .empirical: .empirical
        }
    }

    /// A short name of the distribution's family ("normal", "gamma", …), used in error messages.
    public var familyName: String { family.name }

    /// The value of each of ``Family/parameters``, in that order: one number, or a list's entries.
    public var parameterValues: [[Double]] {
        switch self {
        case let .constant(value): [[value]]
        case let .uniform(lower, upper): [[lower], [upper]]
        case let .normal(mean, sd): [[mean], [sd]]
        case let .truncatedNormal(mean, sd, lower, upper): [[mean], [sd], [lower], [upper]]
        case let .lognormal(mu, sigma): [[mu], [sigma]]
        case let .gamma(shape, scale): [[shape], [scale]]
        case let .exponential(mean): [[mean]]
        case let .poisson(mean): [[mean]]
        case let .negativeBinomial(mean, dispersion): [[mean], [dispersion]]
        case let .binomial(trials, probability): [[Double(trials)], [probability]]
        case let .bernoulli(probability): [[probability]]
        case let .empirical(values, weights): [values, weights]
        }
    }
}
