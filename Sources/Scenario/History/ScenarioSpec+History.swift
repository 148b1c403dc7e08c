import Calendar
import Censoring
import Evaluation
import Foundation
import Market

extension ScenarioSpec {
    /// Reads the history (and product file) a history-driven scenario names, relative to
    /// `scenarioFile`, and fills ``calendar``, ``products`` and ``recorded``.
    ///
    /// - Returns: problems located in the scenario (an override naming no product of the
    ///   history, economics no layer gives, a warm-up as long as the history, a series the
    ///   censoring estimator refuses), errors and warnings alike.
    /// - Throws: ``ScenarioError`` located in the history or product file (file, row, column).
    mutating func resolveHistory(scenarioFile: String) throws(ScenarioError) -> [FieldProblem] {
        guard let history else { return [] }
        let historyPath = FieldPath.root.key("history")
        // The resolved scenario names the files by absolute paths, so that it runs from its
        // run folder as it is.
        self.history?.file = Self.path(history.file, besideScenario: scenarioFile)
        self.history?.products = history.products.map { Self.path($0, besideScenario: scenarioFile) }
        let whole = try readInput(history.file, scenarioFile: scenarioFile) { path throws(InputFileError) in
            try HistoryImport.read(path: path, options: history.reading)
        }
        let (sales, startProblems) = Self.window(whole, from: history.start, path: historyPath.key("start"))
        let productFile = try history.products.map { file throws(ScenarioError) in
            try readInput(file, scenarioFile: scenarioFile) { path throws(InputFileError) in try ProductCatalogueImport.readRecords(path: path) }
        }
        let period = PeriodLength(frequency: sales.calendar.frequency)
        let periods = sales.series.map { $0.firstPeriod + $0.count }.max() ?? 1
        calendar = CalendarSpec(start: CalendarDate(dayNumber: sales.calendar.startDay), periods: periods, period: period)
        var problems = startProblems + overrideProblems(ids: Set(sales.series.map(\.id)))
        if history.warmUp >= periods {
            problems.append(FieldProblem(historyPath.key("warm_up"), .outOfRange,
                                         "a warm-up of \(history.warmUp) periods leaves nothing to score: the history has \(periods)",
                                         hint: "use fewer than \(periods) periods"))
        }
        let catalogue = HistoryCatalogue(
            overrides: Dictionary(recorded.overrides.compactMap { entry in entry.id.map { ($0, entry) } }, uniquingKeysWith: { first, _ in first }),
            defaults: history.defaults, productFile: productFile, calendar: calendar, warmUp: history.warmUp,
            recordedPrices: Dictionary(whole.series.compactMap { series in series.medianPrice.map { (series.id, $0) } },
                                       uniquingKeysWith: { first, _ in first }))
        var missing: [(String, MissingEconomics)] = []
        var resolved: [ProductSpec] = []
        var records: [RecordedDemand] = []
        var unconstraining = Unconstraining(estimator: history.censoring, season: seasonLength)
        for series in sales.series {
            if let productFile, productFile[series.id] == nil {
                missing.append((series.id, .productRow))
                continue
            }
            guard let demand = unconstraining.demand(of: series) else { continue }
            let record = Self.record(of: series, demand: demand)
            switch catalogue.product(for: series, demand: record.demand) {
            case let .success(product):
                resolved.append(product)
                records.append(record)
            case let .failure(field):
                missing.append((series.id, field))
            }
        }
        problems += missingProblems(missing, productFile: history.products) + unconstraining.findings()
        products = resolved
        recorded.records = records
        recorded.hasPromotions = records.contains { $0.promotion.contains(true) }
        return problems
    }

    /// The history from the period holding `start` on (the whole of it when `start` is nil or
    /// not after its first period), with a warning naming the products that have no period
    /// left, or an error when none has.
    static func window(_ history: SalesHistory, from start: CalendarDate?,
                       path: FieldPath) -> (SalesHistory, [FieldProblem]) {
        guard let start else { return (history, []) }
        let (trimmed, leftOut) = history.starting(atPeriod: history.calendar.period(ofDay: start.dayNumber))
        guard !trimmed.series.isEmpty else {
            let last = history.series.map { $0.firstPeriod + $0.count - 1 }.max() ?? 0
            return (history, [FieldProblem(path, .outOfRange,
                                           "no product has a period on or after \(start): the history ends \(history.calendar.date(of: last))",
                                           hint: "use a date inside the history, or remove `start`")])
        }
        guard !leftOut.isEmpty else { return (trimmed, []) }
        let named = leftOut.prefix(5).joined(separator: ", ") + (leftOut.count > 5 ? " and \(leftOut.count - 5) more" : "")
        return (trimmed, [.warning(path, .outOfRange,
                                   "\(leftOut.count) product(s) have no period on or after \(start) and are left out: \(named)")])
    }

    /// A series as the market replays it: its estimated `demand`, with its recorded sales,
    /// stockouts, prices and promotions.
    static func record(of series: EvaluationSeries, demand: [Double]) -> RecordedDemand {
        RecordedDemand(
            demand: demand, sales: series.sales.map { Int($0.rounded()) },
            stockout: series.stockouts ?? Array(repeating: false, count: series.count),
            price: series.prices ?? Array(repeating: .nan, count: series.count),
            promotion: series.promotions ?? Array(repeating: false, count: series.count),
            phases: RecordedDemand.phases(demand: demand, launchedInside: series.firstPeriod > 0))
    }

    /// Reads an input file named in the history section; its problems become scenario issues
    /// located in that file (row as line, column as field).
    private func readInput<T>(_ file: String, scenarioFile: String,
                              _ read: (String) throws(InputFileError) -> T) throws(ScenarioError) -> T {
        let path = Self.path(file, besideScenario: scenarioFile)
        do {
            return try read(path)
        } catch {
            var issues = error.problems.map { problem in
                ScenarioIssue(kind: .invalidValue, file: problem.file, line: problem.row, path: problem.column ?? "",
                              message: problem.message)
            }
            if error.omitted > 0 {
                issues.append(ScenarioIssue(kind: .invalidValue, file: path, message: "… and \(error.omitted) more problems of the same kinds"))
            }
            issues += error.remedies.sorted { "\($0)" < "\($1)" }.map { remedy in
                ScenarioIssue(kind: .invalidValue, file: origin.file, path: "history." + remedy.field,
                              message: remedy.advice)
            }
            throw ScenarioError(issues: issues)
        }
    }

    /// `file` as written in the scenario, as an absolute path: relative to the scenario's
    /// folder (or to the working directory, for a scenario not read from a file).
    static func path(_ file: String, besideScenario scenario: String) -> String {
        guard !file.hasPrefix("/") else { return file }
        let cwd = FileManager.default.currentDirectoryPath
        let base = scenario.hasPrefix("<") ? cwd : (scenario as NSString).deletingLastPathComponent
        let folder = base.hasPrefix("/") ? base : (cwd as NSString).appendingPathComponent(base)
        return ((folder as NSString).appendingPathComponent(file) as NSString).standardizingPath
    }

    /// `products:` entries without an id, or naming no product of the history, or twice.
    private func overrideProblems(ids: Set<String>) -> [FieldProblem] {
        var seen: Set<String> = []
        return recorded.overrides.enumerated().compactMap { index, entry in
            let path = FieldPath.root.key("products").index(index).key("id")
            guard let id = entry.id else {
                return FieldProblem(FieldPath.root.key("products").index(index), .missingField, "an override names its product: add id")
            }
            guard ids.contains(id) else {
                return FieldProblem(path, .unknownReference, "no product of the history has the id '\(id)'",
                                    hint: Suggestion.hint(for: id, among: ids.sorted(), listing: "one of"))
            }
            guard seen.insert(id).inserted else { return FieldProblem(path, .duplicate, "'\(id)' is overridden twice") }
            return nil
        }
    }

    /// One problem per kind of missing field, naming the first few products.
    private func missingProblems(_ missing: [(String, MissingEconomics)], productFile: String?) -> [FieldProblem] {
        let defaults = FieldPath.root.key("history").key("defaults")
        return MissingEconomics.allCases.compactMap { field in
            let ids = missing.filter { $0.1 == field }.map(\.0)
            guard !ids.isEmpty else { return nil }
            let listed = ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? " and \(ids.count - 3) more" : "")
            switch field {
            case .productRow:
                return FieldProblem(FieldPath.root.key("history").key("products"), .unknownReference,
                                    "\(productFile ?? "the product file") has no row for \(listed) of the history",
                                    hint: "add a row per product, or leave the product file out")
            case .price:
                return FieldProblem(defaults.key("price"), .missingField,
                                    "no price for \(listed): the history records none and no layer gives one",
                                    hint: "give price in the product file, in history.defaults or in products")
            case .unitCost:
                return FieldProblem(defaults.key("unit_cost"), .missingField,
                                    "no unit cost for \(listed)",
                                    hint: "give unit_cost in the product file, or unit_cost or unit_cost_share in history.defaults")
            }
        }
    }

    /// The market of a resolved history-driven scenario.
    func historyMarketModel(_ history: HistorySpec) throws(ScenarioError) -> MarketModel {
        guard recorded.records.count == products.count else {
            throw issue("history", .invalidValue, "the history has not been read", hint: "load the scenario from its file")
        }
        let promotions = recorded.hasPromotions
            ? [Promotion(name: Promotion.recordedName, products: [], window: DayRange(first: calendar.start, end: calendar.start.adding(days: 1)))]
            : []
        return MarketModel(calendar: calendar.calendar,
                           products: zip(products, recorded.records).map { $0.marketProduct(calendar: calendar, recorded: $1) },
                           promotions: promotions, scoringStart: history.warmUp, resampling: history.resampling)
    }
}



extension PeriodLength {
    /// The period of a history of `frequency`.
    init(frequency: SeriesFrequency) {
        switch frequency {
        case .daily: self = .day
        case .weekly: self = .week
        case .monthly: self = .month
        case .quarterly: self = .quarter
        }
    }
}

extension ProductSpec {
    /// This product of a history-driven scenario as the overrides that give exactly its
    /// resolved economics (how the resolved scenario writes it).
    var historyOverride: ProductOverride {
        var entry = ProductOverride()
        entry.id = id
        entry.name = name
        entry.category = category
        entry.attributes = attributes.isEmpty ? nil : attributes
        entry.price = price
        entry.unitCost = unitCost
        entry.salvageValue = salvageValue
        if let holdingRate { entry.holdingRate = holdingRate } else { entry.holdingCost = holdingCost }
        entry.shortagePenalty = shortagePenalty
        entry.elasticity = elasticity
        entry.supply = supply
        entry.unmetDemand = unmetDemand
        entry.initialStock = initialStock
        return entry
    }
}

extension InputFileError.Remedy {
    /// The `history:` field that does what the remedy says.
    var field: String {
        switch self {
        case .nameFrequency: return "frequency"
        case .fillGaps: return "fill_gaps"
        case .mapColumns: return "columns"
        }
    }

    /// What to write there.
    var advice: String {
        switch self {
        case .nameFrequency:
            return "the dates do not tell the history's frequency: name it (daily, weekly, monthly or quarterly)"
        case .fillGaps:
            return "the history misses periods inside a series: add the rows, or write fill_gaps: zero to read each as 0 units sold"
        case .mapColumns:
            return "the history names its columns otherwise: name them, columns: {id: …, time: …, target: …}"
        }
    }
}
