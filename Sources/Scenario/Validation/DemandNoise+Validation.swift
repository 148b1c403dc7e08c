import Market

extension DemandNoise {
    /// Checks the dispersion and the zero probability against ``ScenarioLimits`` (GSL's domains
    /// narrowed to what demand can sensibly be), at the keys the file writes them under.
    func validate(into checker: inout Checker, at path: FieldPath) {
        guard let probability = zeroProbability else {
            if case let .negativeBinomial(dispersion) = family {
                checker.check(dispersion, ScenarioLimits.dispersion, at: path.key("negative_binomial").key("dispersion"),
                              hint: "smaller means more over-dispersion; use poisson for none")
            }
            return
        }
        let inner = path.key("zero_inflated")
        checker.check(probability, ScenarioLimits.zeroProbability, at: inner.key("zero_probability"))
        if case let .negativeBinomial(dispersion) = family {
            checker.check(dispersion, ScenarioLimits.dispersion, at: inner.key("base").key("negative_binomial").key("dispersion"))
        }
    }
}
