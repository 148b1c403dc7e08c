import Testing
@testable import Forecasting

@Suite("Intermittent catalogue entries")
struct IntermittentCatalogueTests {
    static let names = ["croston", "croston-optimized", "sba", "tsb", "adida", "imapa"]

    @Test("every model is catalogued under its name, family intermittent, with a reference")
    func entries() throws {
        for name in Self.names {
            let entry = try #require(ForecasterCatalogue.entry(named: name), "\(name)")
            #expect(entry.family == .intermittent)
            #expect(!entry.reference.isEmpty && !entry.summary.isEmpty)
            #expect(entry.parameters.contains { $0.name == "censoring" })
            let forecaster = try entry.makeForecaster(context: ForecastingContext(season: 52))
            #expect(forecaster.name == name)
        }
    }

    /// Settings reach the model: croston's alpha, TSB's fixed weights, ADIDA's level.
    @Test("parameters reach the model")
    func parameters() throws {
        let context = ForecastingContext(season: 52)
        let croston = try ForecasterCatalogue.entry(named: "croston")!
            .makeForecaster(settings: ForecasterSettings(["alpha": .real(0.4)]), context: context)
        #expect((croston as? ModelForecaster<CrostonModel>)?.model == CrostonModel.classic(alpha: 0.4))
        let weights = ForecasterSettings(["alpha_d": .real(0.1), "alpha_p": .real(0.2)])
        let tsb = try ForecasterCatalogue.entry(named: "tsb")!.makeForecaster(settings: weights, context: context)
        let fixed = TSBModel(sizeWeight: .fixed(0.1), probabilityWeight: .fixed(0.2))
        #expect((tsb as? ModelForecaster<TSBModel>)?.model == fixed)
        let fitted = try ForecasterCatalogue.entry(named: "tsb")!.makeForecaster(context: context)
        #expect((fitted as? ModelForecaster<TSBModel>)?.model == TSBModel())
        let adida = try ForecasterCatalogue.entry(named: "adida")!
            .makeForecaster(settings: ForecasterSettings(["level": .integer(3)]), context: context)
        #expect((adida as? ModelForecaster<ADIDAModel>)?.model.aggregationLevel == 3)
    }

    @Test("out-of-range and unknown settings are refused")
    func refused() {
        let context = ForecastingContext(season: 52)
        #expect(throws: ForecasterSettingError.self) {
            try ForecasterCatalogue.entry(named: "croston")!
                .makeForecaster(settings: ForecasterSettings(["alpha": .real(1.5)]), context: context)
        }
        #expect(throws: ForecasterSettingError.self) {
            try ForecasterCatalogue.entry(named: "tsb")!
                .makeForecaster(settings: ForecasterSettings(["alpha": .real(0.1)]), context: context)
        }
    }
}
