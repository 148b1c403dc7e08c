import Testing
@testable import Forecasting

@Suite("Lifecycle catalogue entries")
struct LifecycleCatalogueTests {
    @Test("bass and analog are catalogued as lifecycle-aware, with references and parameters")
    func entries() throws {
        for name in ["bass", "analog"] {
            let entry = try #require(ForecasterCatalogue.entry(named: name))
            #expect(entry.family == .lifecycle)
            #expect(!entry.reference.isEmpty && !entry.summary.isEmpty)
            #expect(entry.parameters.contains { $0.name == "censoring" })
        }
        #expect(ForecasterCatalogue.entry(named: "bass")!.parameters.map(\.name)
                == ["innovation_prior", "imitation_prior", "prior_weight", "fit_window", "censoring"])
        #expect(ForecasterCatalogue.entry(named: "analog")!.parameters.map(\.name)
                == ["analogs", "window", "shrinkage", "price_band", "text_weight", "align", "launch_point", "season", "censoring"])
    }

    @Test("settings reach the models")
    func settings() throws {
        let context = ForecastingContext(season: 52)
        let bass = try ForecasterChoice(text: "bass(prior_weight=0,fit_window=40,innovation_prior=0.01)")
            .makeForecaster(context: context)
        let model = try #require(bass as? ModelForecaster<BassModel>)
        #expect(model.model == BassModel(innovationPrior: 0.01, priorWeight: 0))
        #expect(model.fitWindow == 40)
        let analog = try ForecasterChoice(text: "analog(analogs=3,window=5,shrinkage=0.5,price_band=1.5)")
            .makeForecaster(context: context)
        let made = try #require(analog as? AnalogForecaster)
        #expect(made.settings == AnalogForecaster.Settings(analogCount: 3, window: 5, shrinkage: 0.5,
                                                           similarity: AnalogSimilarity(priceBand: 1.5)))
        let calendar = try #require(try ForecasterChoice(text: "analog(align=calendar)").makeForecaster(context: context)
            as? AnalogForecaster)
        #expect(calendar.settings.alignment == .calendar(season: 52))
        let weekly = try #require(try ForecasterChoice(text: "analog(align=calendar,season=7)").makeForecaster(context: context)
            as? AnalogForecaster)
        #expect(weekly.settings.alignment == .calendar(season: 7))
        let scaled = try #require(try ForecasterChoice(text: "analog(launch_point=scaled)").makeForecaster(context: context)
            as? AnalogForecaster)
        #expect(scaled.settings.launchPoint == .scaled)
    }

    @Test("out-of-range settings are refused with the parameter named")
    func badSettings() throws {
        for text in ["bass(innovation_prior=1.5)", "bass(prior_weight=-1)", "analog(analogs=0)", "analog(price_band=1)",
                     "analog(align=sideways)", "analog(launch_point=median)"] {
            let problems = try ForecasterChoice(text: text).problems
            #expect(problems.count == 1, "\(text)")
        }
    }
}
