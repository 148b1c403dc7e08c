extension ForecasterCatalogue {
    /// Naive, seasonal naive and moving average.
    static let baselineEntries: [ForecasterEntry] = [
        ForecasterEntry(
            name: NaiveForecaster.scenarioName, family: .baseline,
            summary: "every future period repeats the last one",
            reference: "Hyndman & Athanasopoulos, FPP3 §5.2",
            parameters: []
        ) { settings, _ in NaiveForecaster(censoring: settings.censoring) },
        ForecasterEntry(
            name: SeasonalNaiveForecaster.scenarioName, family: .baseline,
            summary: "every future period repeats the period one season earlier",
            reference: "Hyndman & Athanasopoulos, FPP3 §5.2",
            parameters: [.season]
        ) { settings, context in
            SeasonalNaiveForecaster(season: settings.integer("season") ?? context.season, censoring: settings.censoring)
        },
        ForecasterEntry(
            name: MovingAverageForecaster.scenarioName, family: .baseline,
            summary: "the mean of the last `window` periods",
            reference: "Hyndman & Athanasopoulos, FPP3 §3.3",
            parameters: [ForecasterParameter("window", .integer(1...36_600), default: "7", "periods averaged")]
        ) { settings, _ in
            MovingAverageForecaster(window: settings.integer("window") ?? 7, censoring: settings.censoring)
        },
    ]
}

extension ForecasterParameter {
    /// The seasonal period of a seasonal model.
    public static let season = ForecasterParameter(
        "season", .integer(1...36_600), default: "the calendar's season (7 daily, 52 weekly)",
        "periods in one seasonal cycle")
}
