extension ForecasterCatalogue {
    /// Croston, optimised Croston, SBA, TSB, ADIDA and IMAPA. Each forecasts a flat mean and
    /// takes its spread from its own past out-of-sample errors (``ForecastErrorCalibration``).
    static let intermittentEntries: [ForecasterEntry] = [
        ForecasterEntry(
            name: CrostonModel.classicName, family: .intermittent,
            summary: "Croston: smoothed demand size over smoothed inter-demand interval",
            reference: "Croston (1972), Oper. Res. Q. 23(3):289–303",
            parameters: [.intermittentAlpha]
        ) { settings, _ in
            ModelForecaster(CrostonModel.classic(alpha: settings.real("alpha") ?? CrostonModel.defaultWeight),
                            censoring: settings.censoring)
        },
        ForecasterEntry(
            name: CrostonModel.optimizedName, family: .intermittent,
            summary: "Croston with size and interval weights fitted by least squares (GSL Brent, 0.1–0.3)",
            reference: "Croston (1972); weights as statsforecast's CrostonOptimized",
            parameters: []
        ) { settings, _ in
            ModelForecaster(CrostonModel.optimized(), censoring: settings.censoring)
        },
        ForecasterEntry(
            name: CrostonModel.syntetosBoylanName, family: .intermittent,
            summary: "Syntetos–Boylan approximation: Croston × (1 − alpha/2)",
            reference: "Syntetos & Boylan (2005), Int. J. Forecast. 21(2):303–314",
            parameters: [.intermittentAlpha]
        ) { settings, _ in
            ModelForecaster(CrostonModel.syntetosBoylan(alpha: settings.real("alpha") ?? CrostonModel.defaultWeight),
                            censoring: settings.censoring)
        },
        ForecasterEntry(
            name: TSBModel.scenarioName, family: .intermittent,
            summary: "TSB: smoothed demand probability (every period) × smoothed size (demand periods)",
            reference: "Teunter, Syntetos & Babai (2011), Eur. J. Oper. Res. 214(3):606–615",
            parameters: [
                ForecasterParameter("alpha_d", .real(0.01...1), default: "fitted (least squares, 0.1–0.3)",
                                    "smoothing weight of the demand size"),
                ForecasterParameter("alpha_p", .real(0.01...1), default: "fitted (least squares, 0.1–0.3)",
                                    "smoothing weight of the probability of demand"),
            ]
        ) { settings, _ in
            ModelForecaster(TSBModel(sizeWeight: SmoothingWeight(settings.real("alpha_d")),
                                     probabilityWeight: SmoothingWeight(settings.real("alpha_p"))),
                            censoring: settings.censoring)
        },
        ForecasterEntry(
            name: ADIDAModel.scenarioName, family: .intermittent,
            summary: "SES on non-overlapping buckets of the mean inter-demand interval, spread evenly",
            reference: "Nikolopoulos et al. (2011), J. Oper. Res. Soc. 62(3):544–554",
            parameters: [
                ForecasterParameter("level", .integer(1...10_000), default: "the mean inter-demand interval",
                                    "periods per bucket"),
                ForecasterParameter("alpha", .real(0.01...1), default: "fitted (least squares, 0.1–0.3)",
                                    "smoothing weight of the bucket totals"),
            ]
        ) { settings, _ in
            ModelForecaster(ADIDAModel(aggregationLevel: settings.integer("level"),
                                       weight: SmoothingWeight(settings.real("alpha"))),
                            censoring: settings.censoring)
        },
        ForecasterEntry(
            name: IMAPAModel.scenarioName, family: .intermittent,
            summary: "mean of ADIDA forecasts at aggregation levels 1 … the mean inter-demand interval",
            reference: "Petropoulos & Kourentzes (2015), J. Oper. Res. Soc. 66(6):914–924",
            parameters: [
                ForecasterParameter("max_level", .integer(1...10_000), default: "the mean inter-demand interval",
                                    "highest aggregation level, periods per bucket"),
            ]
        ) { settings, _ in
            ModelForecaster(IMAPAModel(highestLevel: settings.integer("max_level")), censoring: settings.censoring)
        },
    ]
}

extension ForecasterParameter {
    /// Croston's (and SBA's) smoothing weight of sizes and intervals.
    static let intermittentAlpha = ForecasterParameter(
        "alpha", .real(0.01...1), default: "0.1", "smoothing weight of demand sizes and inter-demand intervals")
}

extension SmoothingWeight {
    /// Fixed at `value` when given, else fitted.
    init(_ value: Double?) {
        self = value.map(SmoothingWeight.fixed) ?? .leastSquares
    }
}
