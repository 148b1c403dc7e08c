import Calendar
import Calibration
import Censoring
import Evaluation
import Forecasting
import Foundation
import Scenario

/// A sales history read for calibration: the catalogue as a history-driven scenario would
/// replay it (economics resolved, censored periods unconstrained by the chosen estimator), and
/// each product's series on the history's whole calendar.
struct CalibrationInput {
    /// The history-driven scenario: its calendar, products (economics) and records.
    var replay: ScenarioSpec
    /// The history's calendar.
    var calendar: SeriesCalendar
    /// One per product of `replay.products`, in order, every series `calendar`-long.
    var series: [CalibrationSeries]
    /// Warnings met while reading (a product left out, a refused censoring estimate).
    var warnings: [ScenarioIssue]
    /// Each product's group (the `--group` column), by id; empty without one.
    var groups: [String: String]
    /// Each product's profile (category, description words, price) by id, for look-alikes.
    var profiles: [String: ProductProfile]
    /// Product-file rows with a `launch` date and no sales: products planned for launch, by id order.
    var planned: [ProductRecord]

    /// The economics a calibrated scenario assumes where the product file gives none. Stated in
    /// the scenario's comments, for the user to edit.
    static let assumedEconomics: ProductOverride = {
        var defaults = ProductOverride()
        defaults.unitCostShare = 0.6
        defaults.salvageShare = 0.25
        defaults.holdingRate = 0.25
        defaults.supply = SupplySpec(leadTime: .constant(7))
        return defaults
    }()

    /// The assumptions of ``assumedEconomics``, in words.
    static let assumedEconomicsText = "unit cost 60% of the price, salvage 25% of the cost, holding 25% of the cost a year, "
        + "a 7-day lead time, no order cost, lost sales (product-file columns unit_cost, salvage_value, holding_rate, lead_time, "
        + "order_cost, case_pack, min_order override these)"

    /// Reads `options`' history (and product file) through a history-driven scenario.
    static func read(_ options: CalibrateWorkflow.Options) throws(WorkflowError) -> CalibrationInput {
        let groups = try WorkflowError.reading { () throws -> [String: String]? in
            guard let products = options.productsFile, let column = options.groupColumn else { return nil }
            return try ProductCatalogueImport.readColumn(column, path: products)
        }
        let records = try WorkflowError.reading { () throws -> [String: ProductRecord] in
            try options.productsFile.map { try ProductCatalogueImport.readRecords(path: $0) } ?? [:]
        }
        // Censored periods are unconstrained by the lifecycle fit itself (it also scores them by
        // P(D ≥ sales)), so the history is read as sold.
        var history = HistorySpec(file: Self.absolute(options.historyFile), products: options.productsFile.map(Self.absolute),
                                  defaults: assumedEconomics, censoring: .asSales)
        history.reading = options.reading
        var draft = ScenarioSpec(name: options.name, calendar: CalendarSpec(start: CalendarDate(dayNumber: 0), periods: 1),
                                 products: [])
        draft.history = history
        let synthetic = "(calibrate: \(options.historyFile))"
        // Issues located in the scenario calibrate composed are about the history: said
        // without a line of a file the user never saw.
        let relocated = { (issue: ScenarioIssue) -> ScenarioIssue in
            guard issue.file == synthetic else { return issue }
            var shown = issue
            shown.file = options.historyFile
            shown.line = nil
            shown.column = nil
            shown.path = ""
            return shown
        }
        let loaded: LoadedScenario
        do {
            loaded = try ScenarioSpec.decodeChecked(yaml: try draft.encodedYAML(), file: synthetic)
        } catch let error as ScenarioError {
            throw .input(ScenarioError(issues: error.issues.map(relocated)))
        } catch {
            throw .input(error)
        }
        let replay = loaded.spec
        let calendar = SeriesCalendar(startDay: replay.calendar.start.dayNumber, frequency: Self.frequency(of: replay.calendar.period))
        let periods = replay.calendar.periods
        let series = zip(replay.products, replay.recorded.records).map { product, record in
            let first = replay.calendar.calendar.period(containing: product.launchDate(in: replay.calendar))
            let pad = { (values: [Double], fill: Double) -> [Double] in
                Array(repeating: fill, count: first) + values + Array(repeating: fill, count: max(0, periods - first - values.count))
            }
            let hasPrices = record.price.contains { $0.isFinite }
            return CalibrationSeries(
                id: product.id, group: groups?[product.id],
                demand: pad(record.demand, 0), sales: pad(record.sales.map(Double.init), 0),
                censored: pad(record.stockout.map { $0 ? 1 : 0 }, 0).map { $0 > 0 },
                prices: hasPrices ? pad(record.price, .nan) : nil,
                promotions: replay.recorded.hasPromotions ? pad(record.promotion.map { $0 ? 1 : 0 }, 0).map { $0 > 0 } : nil)
        }
        let warnings = loaded.warnings.map(relocated)
        var profiles: [String: ProductProfile] = [:]
        for product in replay.products {
            var profile = records[product.id]?.profile ?? ProductProfile(id: product.id)
            profile.price = product.price
            profiles[product.id] = profile
        }
        let sold = Set(replay.products.map(\.id))
        let planned = records.values.filter { $0.launch != nil && !sold.contains($0.profile.id) }.sorted { $0.profile.id < $1.profile.id }
        return CalibrationInput(replay: replay, calendar: calendar, series: series, warnings: warnings, groups: groups ?? [:], profiles: profiles,
                                planned: planned)
    }

    /// The history frequency of a calendar's period.
    static func frequency(of period: PeriodLength) -> SeriesFrequency {
        switch period {
        case .day: .daily
        case .week: .weekly
        case .month: .monthly
        case .quarter: .quarterly
        }
    }

    /// `path` made absolute against the working folder, so the resolved history names it wherever it is read.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
