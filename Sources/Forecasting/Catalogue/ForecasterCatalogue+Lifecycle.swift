extension ForecasterCatalogue {
    /// Bass diffusion, analog (look-alike) and pooled-stack forecasters.
    static let lifecycleEntries: [ForecasterEntry] = [
        ForecasterEntry(
            name: BassModel.scenarioName, family: .lifecycle,
            summary: "Bass diffusion curve m·[F(t) − F(t−1)] since the first sale, fitted by non-linear "
                + "least squares (GSL trust region) with weak priors on p and q; recent mean below 3 sales",
            reference: "Bass (1969), Manage. Sci. 15(5):215–227; priors from Sultan, Farley & Lehmann (1990), "
                + "J. Mark. Res. 27(1):70–77",
            parameters: [
                ForecasterParameter("innovation_prior", .real(0.0001...0.9999), default: "0.03",
                                    "prior centre of the innovation coefficient p, per period"),
                ForecasterParameter("imitation_prior", .real(0.0001...0.9999), default: "0.38",
                                    "prior centre of the imitation coefficient q, per period"),
                ForecasterParameter("prior_weight", .real(0...1000), default: "1",
                                    "weight of the priors (0 = plain least squares)"),
                ForecasterParameter("fit_window", .integer(3...100_000), default: "\(BassModel.defaultFitWindow)",
                                    "recent periods the curve is fitted to (should reach back to the launch)"),
            ]
        ) { settings, _ in
            let model = BassModel(innovationPrior: settings.real("innovation_prior") ?? BassModel.literatureInnovation,
                                  imitationPrior: settings.real("imitation_prior") ?? BassModel.literatureImitation,
                                  priorWeight: settings.real("prior_weight") ?? 1)
            return ModelForecaster(model, fitWindow: settings.integer("fit_window") ?? BassModel.defaultFitWindow,
                                   censoring: settings.censoring)
        },
        ForecasterEntry(
            name: AnalogForecaster.scenarioName, family: .lifecycle,
            summary: "pooled shape of the most similar products (category, attributes, price band, TF-IDF cosine of "
                + "descriptions), by age since "
                + "launch or one season back, scaled to the product's own sales; before the first sale the distribution of "
                + "their launch curves (weighted paths, lognormal kernel); recent mean without comparable products",
            reference: "forecasting by analogy: Hyndman & Athanasopoulos, FPP3 §6.4; Kahn (2002), "
                + "J. Prod. Innov. Manag. 19(2):133–143; TF-IDF: Salton & Buckley (1988), Inf. Process. Manag. 24(5):513–523",
            parameters: [
                ForecasterParameter("analogs", .integer(1...10_000), default: "10",
                                    "most similar products whose shapes are averaged"),
                ForecasterParameter("window", .integer(1...10_000), default: "13",
                                    "own recent periods the scale is fitted on"),
                ForecasterParameter("shrinkage", .real(0...10_000), default: "1",
                                    "weight of the analogs' typical scale against the product's own (0 = own only)"),
                ForecasterParameter("price_band", .real(1.01...1_000), default: "2",
                                    "price ratio at which two products no longer count as similarly priced"),
                ForecasterParameter("text_weight", .real(0...100), default: "0",
                                    "weight of the descriptions' TF-IDF cosine against the unit total of category, attributes and price (0 = descriptions only as attributes)"),
                ForecasterParameter("align", .choice(["launch", "calendar"]), default: "launch",
                                    "lay references against the product by age since launch, or by calendar one season back"),
                ForecasterParameter("launch_point", .choice(AnalogForecaster.LaunchPoint.allCases.map(\.rawValue)),
                                    default: AnalogForecaster.LaunchPoint.mean.rawValue,
                                    "point before the first sale: mean = the look-alikes' expected launch curve (what stocking that sums expected demand needs); scaled = their curves weighted by 1/scale², the point that minimises the expected RMSSE, pulled toward small launches (the quantiles are the same)"),
                .season,
            ],
            usesAnalogs: true
        ) { settings, context in
            let alignment: AnalogForecaster.Alignment = settings.choice("align") == "calendar"
                ? .calendar(season: settings.integer("season") ?? context.season) : .launch
            let analogSettings = AnalogForecaster.Settings(
                analogCount: settings.integer("analogs") ?? 10,
                window: settings.integer("window") ?? 13,
                shrinkage: settings.real("shrinkage") ?? 1,
                similarity: AnalogSimilarity(priceBand: settings.real("price_band") ?? 2,
                                             textWeight: settings.real("text_weight") ?? AnalogSimilarity.defaultTextWeight),
                alignment: alignment,
                launchPoint: settings.choice("launch_point").flatMap(AnalogForecaster.LaunchPoint.init(rawValue:)) ?? .mean)
            return AnalogForecaster(context: context, settings: analogSettings, censoring: settings.censoring)
        },
        ForecasterEntry(
            name: PooledStackForecaster.scenarioName, family: .lifecycle,
            summary: "one combination of recent means, medians, minima, smoothers and TSB per lifecycle state "
                + "(share of selling periods), learnt across the catalogue for the RMSSE loss, × last-year seasonal "
                + "ratio; a point below the mean, with spread from the catalogue's errors",
            reference: "stacking (Wolpert 1992, Neural Netw. 5(2):241–259) of simple forecasts in a global model "
                + "(Montero-Manso & Hyndman 2021, Int. J. Forecast. 37(4):1632–1653), loss of the M5 competition "
                + "(Makridakis et al. 2022, Int. J. Forecast. 38(4):1346–1364)",
            parameters: [
                ForecasterParameter("horizon", .integer(1...1_000), default: "8",
                                    "periods ahead the training loss covers"),
                ForecasterParameter("lookback", .integer(1...10_000), default: "78",
                                    "recent origins per product the weights are trained on"),
                ForecasterParameter("seasonal", .choice(["last-year", "none"]), default: "last-year",
                                    "scale by the coming periods' last-year ratio, shrunk to the catalogue's"),
                ForecasterParameter("seasonal_shrinkage", .real(0...1_000_000), default: "30",
                                    "typical sales of evidence the catalogue's ratio counts for against the product's own"),
                .season,
            ],
            usesAnalogs: true
        ) { settings, context in
            let season = settings.integer("season") ?? context.season
            let stackSettings = PooledStackSettings(
                horizon: settings.integer("horizon") ?? 8,
                lookback: settings.integer("lookback") ?? 78,
                seasonal: settings.choice("seasonal") != "none" && season >= 2,
                season: max(2, season),
                seasonalShrinkage: settings.real("seasonal_shrinkage") ?? 30)
            return PooledStackForecaster(library: context.analogs, settings: stackSettings, censoring: settings.censoring)
        },
    ]
}
