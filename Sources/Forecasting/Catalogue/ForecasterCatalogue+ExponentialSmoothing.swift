extension ForecasterCatalogue {
    /// SES, Holt, damped trend, Holt-Winters, automatic ETS, Theta and automatic Theta.
    static let exponentialSmoothingEntries: [ForecasterEntry] = [
        ForecasterEntry(
            name: "ses", family: .exponentialSmoothing,
            summary: "simple exponential smoothing, ETS(A,N,N) from the first value; alpha fitted by least squares (grid, then GSL Brent) or fixed; spread from the last 56 one-step errors",
            reference: "Hyndman & Athanasopoulos, FPP3 §8.1",
            parameters: [.alpha]
        ) { settings, _ in
            ModelForecaster.ses(alpha: settings.real("alpha"), censoring: settings.censoring)
        },
        ForecasterEntry(
            name: "holt", family: .exponentialSmoothing,
            summary: "Holt's linear trend, ETS(A,A,N); parameters and initial states by least squares (GSL Nelder-Mead)",
            reference: "Hyndman & Athanasopoulos, FPP3 §8.2; Hyndman et al. (2008) ch. 2",
            parameters: [.alpha, .beta]
        ) { settings, _ in
            ModelForecaster(ExponentialSmoothingModel(.holt, fixed: settings.fixedSmoothing), censoring: settings.censoring)
        },
        ForecasterEntry(
            name: "damped", family: .exponentialSmoothing,
            summary: "additive damped trend, ETS(A,Ad,N); phi fitted in [0.8, 0.98] unless given",
            reference: "Gardner & McKenzie (1985); Hyndman & Athanasopoulos, FPP3 §8.2",
            parameters: [.alpha, .beta, .phi]
        ) { settings, _ in
            ModelForecaster(ExponentialSmoothingModel(.damped, fixed: settings.fixedSmoothing), censoring: settings.censoring)
        },
        ForecasterEntry(
            name: "holt-winters", family: .exponentialSmoothing,
            summary: "Holt-Winters with additive (ETS(A,A,A)) or multiplicative (ETS(A,A,M)) season; falls back to damped below two seasons",
            reference: "Winters (1960); Hyndman & Athanasopoulos, FPP3 §8.3",
            parameters: [.alpha, .beta, .gamma, .seasonality, .season]
        ) { settings, context in
            let seasonality: ETSForm.SeasonType = settings.choice("seasonality") == "multiplicative" ? .multiplicative : .additive
            let method = ExponentialSmoothingModel.Method.holtWinters(
                seasonality: seasonality, period: settings.integer("season") ?? context.season)
            return ModelForecaster(ExponentialSmoothingModel(method, fixed: settings.fixedSmoothing), censoring: settings.censoring)
        },
        ForecasterEntry(
            name: "autoets", family: .exponentialSmoothing,
            summary: "automatic ETS: error, trend and season forms chosen by AICc, fitted by maximum likelihood (GSL Nelder-Mead)",
            reference: "Hyndman, Koehler, Ord & Snyder (2008); Hyndman & Athanasopoulos, FPP3 §8.6",
            parameters: [.season]
        ) { settings, context in
            ModelForecaster(AutoETSModel(period: settings.integer("season") ?? context.season), censoring: settings.censoring)
        },
        ForecasterEntry(
            name: "theta", family: .exponentialSmoothing,
            summary: "standard Theta: SES with drift half the linear trend, multiplicative seasonal adjustment when significant",
            reference: "Assimakopoulos & Nikolopoulos (2000); Hyndman & Billah (2003)",
            parameters: [.season]
        ) { settings, context in
            ModelForecaster(ThetaModel(period: settings.integer("season") ?? context.season), censoring: settings.censoring)
        },
        ForecasterEntry(
            name: "autotheta", family: .exponentialSmoothing,
            summary: "automatic Theta: standard, optimised, dynamic standard and dynamic optimised Theta models fitted by least squares (GSL Nelder-Mead), the smallest in-sample MSE chosen; seasonal adjustment as theta",
            reference: "Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler (2016)",
            parameters: [.season]
        ) { settings, context in
            ModelForecaster(AutoThetaModel(period: settings.integer("season") ?? context.season), censoring: settings.censoring)
        },
    ]
}

extension ForecasterParameter {
    /// Level smoothing α.
    static let alpha = ForecasterParameter("alpha", .real(0.0001...1), default: "fitted", "smoothing weight of the level")
    /// Trend smoothing β* (component form).
    static let beta = ForecasterParameter(
        "beta", .real(0...1), default: "fitted", "smoothing weight of the trend (FPP3's β*, so that β = αβ* ≤ α)")
    /// Seasonal smoothing γ.
    static let gamma = ForecasterParameter(
        "gamma", .real(0...1), default: "fitted", "smoothing weight of the season (capped at 1 − alpha)")
    /// Damping φ.
    static let phi = ForecasterParameter("phi", .real(0.01...1), default: "fitted in 0.8…0.98", "damping of the trend")
    /// Additive or multiplicative season.
    static let seasonality = ForecasterParameter(
        "seasonality", .choice(["additive", "multiplicative"]), default: "additive",
        "whether the season adds units or scales the level")
}

extension ForecasterSettings {
    /// The smoothing parameters given (alpha, beta, gamma, phi), for the ETS models.
    var fixedSmoothing: ETSFixedParameters {
        ETSFixedParameters(alpha: real("alpha"), betaStar: real("beta"), gamma: real("gamma"), phi: real("phi"))
    }
}
