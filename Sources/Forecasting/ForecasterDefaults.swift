/// Defaults shared by the forecasters.
public enum ForecasterDefaults {
    /// Recent one-step residuals used to estimate σ̂, in periods: eight weeks of daily data
    /// (or about a year of weekly data). Long enough for σ̂ to be within ~10% of σ (its
    /// relative standard error is about 1/√(2·56)), short enough to follow a lifecycle.
    public static let residualWindow = 56
}

extension ForecasterDefaults {
    /// Recent periods SES (``ExponentialSmoothingModel``'s `.simple`) is fitted to: 16 weeks of
    /// daily data. The standard error of α̂ is about √(α(2 − α)/112) ≈ 0.07 at α = 0.3.
    public static let sesFitWindow = 112
}

extension ForecasterDefaults {
    /// Recent periods a fitted model (``ModelForecaster``) sees: three years of weekly data,
    /// enough for a yearly season to be estimated from two full cycles and more.
    public static let fitWindow = 156
    /// Observations between refits of a fitted model in the closed loop: four weeks of daily
    /// data. In between, the model's states move on with its parameters held fixed.
    public static let refitEvery = 28
}
