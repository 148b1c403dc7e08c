import Calendar
import Calibration
import Evaluation
import Forecasting
import Foundation
import GSL
import Market
import Scenario

/// The scenario a calibration writes: the history's products with their economics, each with
/// the lifecycle, seasonality, noise, price response and promotions fitted to it, on the
/// history's calendar extended by a planning horizon, with the fitted uncertainty and a default
/// set of strategies — and the comments that say how each value was obtained.
struct CalibratedScenario {
    var spec: ScenarioSpec
    var comments: ScenarioComments

    /// The strategies a calibrated scenario starts with, for the user to edit.
    static let defaultStrategies = StrategiesSpec(
        forecasters: [ForecasterSpec(.model(entry: "ses", settings: .init())), ForecasterSpec(.model(entry: "analog", settings: .init()))],
        policies: [PolicySpec(name: "review-95", rule: .forecastOrderUpTo(review: 1, target: .serviceLevel(0.95))),
                   PolicySpec(name: "review-q80", rule: .quantile(review: 1, quantile: 0.8))])

    /// Replications `run` and `whatif` use unless the user edits it: enough for intervals, few
    /// enough for a catalogue of thousands.
    static let replications = 20

    /// Assembles the scenario from the replay's products (economics, in order) and their fits,
    /// then the planned launches, on the history's calendar extended by ``horizon(_:_:)``.
    /// - Throws: ``WorkflowError/input(_:)`` locating a planned launch that cannot be calibrated
    ///   (outside the calendar, unpriced, ending before it starts, no launched look-alike).
    static func make(input: CalibrationInput, fits catalogue: CatalogueFit,
                     options: CalibrateWorkflow.Options) throws(WorkflowError) -> CalibratedScenario {
        let fits = catalogue.products
        let replay = input.replay
        let history = replay.calendar
        let calendar = CalendarSpec(start: history.start, periods: history.periods + horizon(options, input), period: history.period)
        var products: [ProductSpec] = []
        var events: [EventSpec] = []
        var uncertainty: [UncertainParameter] = []
        var notes: [String: [String]] = [:]
        func add(_ base: ProductSpec, _ fit: ProductCalibration) {
            var product = Self.apply(fit, to: base, calendar: calendar)
            if let series = input.series.first(where: { $0.id == fit.id }) {
                product.initialStock = Self.launchCover(series, from: fit.launchPeriod, supply: product.supply, calendar: history)
                events += Self.promotions(series, fit: fit, listPrice: product.price, calendar: history)
            }
            products.append(product)
            let index = products.count - 1
            uncertainty += fit.uncertainty.compactMap { Self.parameter($0, product: product.id, index: index) }
            notes[product.id] = Self.comment(fit, calendar: calendar, planned: !input.series.contains { $0.id == fit.id })
        }
        for (economics, fit) in zip(replay.products, fits) {
            add(economics, fit)
        }
        let references = zip(replay.products, fits).map { product, fit in
            (profile: input.profiles[product.id] ?? ProductProfile(id: product.id, price: product.price), fit: fit)
        }
        for record in input.planned {
            let (product, fit) = try Self.planned(record, input: input, calendar: calendar, references: references, options: options)
            add(product, fit)
        }
        var spec = ScenarioSpec(name: options.name, description: "Calibrated to \(options.historyFile) by sellthrough calibrate.",
                                seed: options.seed, replications: Self.replications, calendar: calendar, products: products,
                                events: events, strategies: Self.defaultStrategies, uncertainty: uncertainty)
        spec.generator = replay.generator
        return CalibratedScenario(spec: spec, comments: ScenarioComments(
            header: header(options: options, input: input, fits: fits) + groupHeader(catalogue.groups) + plannedHeader(input.planned),
            products: notes,
            sections: ["strategies": ["A starting set to edit: exponential smoothing and look-alike (analog) forecasts under",
                                      "order-up-to at 95% cycle service and an 80% quantile, reviewed every period. A product",
                                      "planned for launch (a product-file row with a launch date and a price) gets its first buy",
                                      "before the launch from the forecasters that can forecast a launch (analog); size its launch",
                                      "build with `sellthrough whatif` (docs/calibration.md)."],
                       "uncertainty": ["Drawn afresh in every replication of `sellthrough whatif`, from the standard errors of",
                                       "each fit (lognormal for positive parameters), so a what-if sees markets as uncertain as",
                                       "the history leaves them; run, simulate and evaluate use the values above."]]))
    }

    /// A planned launch: its economics from the product file and the defaults, its market from
    /// its look-alikes.
    static func planned(_ record: ProductRecord, input: CalibrationInput, calendar: CalendarSpec,
                        references: [(profile: ProductProfile, fit: ProductCalibration)],
                        options: CalibrateWorkflow.Options) throws(WorkflowError) -> (ProductSpec, ProductCalibration) {
        let id = record.profile.id
        let launch = CalendarDate(dayNumber: record.launch ?? calendar.start.dayNumber)
        let problem = { (column: String, message: String) -> WorkflowError in
            .input(InputFileError(problems: [InputProblem(file: options.productsFile ?? "", row: record.economics.row,
                                                          column: column, message: message)]))
        }
        guard launch >= calendar.start, launch < calendar.calendar.end else {
            throw problem("launch", "\(id) is planned for \(launch), outside the calibrated calendar (\(calendar.start) to "
                + "\(calendar.calendar.end.adding(days: -1))): plan it inside, or extend the calendar with a longer horizon")
        }
        if let end = record.endOfLife, end <= launch.dayNumber {
            throw problem("end_of_life", "\(id) ends on \(CalendarDate(dayNumber: end)), not after its launch \(launch): give a later end of life")
        }
        let product: ProductSpec
        switch ScenarioSpec.plannedProduct(record, launch: launch, defaults: CalibrationInput.assumedEconomics, calendar: calendar) {
        case let .success(spec): product = spec
        case .failure(.noPrice), .failure(.noUnitCost):
            throw problem("price", "\(id) is planned for launch but has no price (it has no sales to take one from): give its price")
        }
        var profile = record.profile
        profile.price = product.price
        let group = options.groupColumn == nil ? "catalogue" : (input.groups[id] ?? "catalogue")
        do {
            var fit = try PlannedLaunchFit.fit(profile, group: group, launchPeriod: calendar.calendar.period(containing: launch),
                                               references: references)
            fit.endOfLifePeriod = record.endOfLife.map { calendar.calendar.period(containing: CalendarDate(dayNumber: $0)) }
            return (product, fit)
        } catch {
            throw problem("launch", "\(id) is planned for launch, but no product of the history launched inside it (first sale after "
                + "its first period) to borrow a launch curve from")
        }
    }

    /// What the pooled fits said of each group, once.
    static func groupHeader(_ groups: [GroupCalibration]) -> [String] {
        groups.filter { !$0.notes.isEmpty }.flatMap { group in
            ["Pooled over \(group.label) (\(group.products) products):"] + group.notes.map { "  " + $0 }
        }
    }

    static func plannedHeader(_ planned: [ProductRecord]) -> [String] {
        guard !planned.isEmpty else { return [] }
        return ["Planned launches (product-file rows with a launch date and no sales), their curves borrowed from look-alike "
                + "launches: " + planned.map(\.profile.id).joined(separator: ", ") + "."]
    }

    static func header(options: CalibrateWorkflow.Options, input: CalibrationInput, fits: [ProductCalibration]) -> [String] {
        let history = input.replay.calendar
        let fallbacks = fits.filter { !$0.notes.isEmpty }.count
        let bass = fits.filter(\.lifecycle.isBass).count
        return [
            "Fitted by `sellthrough calibrate` to \(options.historyFile)\(options.productsFile.map { " and \($0)" } ?? ""):",
            "\(fits.count) products over \(history.periods) \(history.period.rawValue)s from \(history.start); the calendar runs "
                + "\(horizon(options, input)) more for planning.",
            "Lifecycles: \(bass) Bass, \(fits.count - bass) phases, each chosen by AICc on the product's count likelihood.",
            "Products pooled for seasonality, price response and shrinkage: "
                + (options.groupColumn.map { "by the product file's '\($0)' column (a group of one pools with the catalogue)" } ?? "the whole catalogue")
                + ".",
            "\(fallbacks) product(s) carry a note (a fallback or warning) in the comment above them.",
            "Economics the product file does not give are assumptions to edit: \(CalibrationInput.assumedEconomicsText).",
            "How well the fitted market reproduces the history: fidelity.html in the calibration's results folder.",
        ]
    }

    /// The periods added after the history: as asked, or a year of the history's periods.
    static func horizon(_ options: CalibrateWorkflow.Options, _ input: CalibrationInput) -> Int {
        if let horizon = options.horizon { return horizon }
        switch input.calendar.frequency {
        case .daily: return 364
        case .weekly: return 52
        case .monthly: return 12
        case .quarterly: return 4
        }
    }

    /// The scenario's lifecycle. A phase lifecycle of a product that outlives the history
    /// (`runsOn`: the periods from its launch to the calendar's end) goes on after its fitted
    /// phases: at its last level, as the next stage, when there is one; a last decline goes on
    /// down its fitted slope, to zero at the latest. The fitted periods are unchanged either way.
    static func lifecycle(_ fitted: CalibratedLifecycle, runsOn: Int?) -> LifecycleSpec {
        switch fitted {
        case let .bass(marketSize, innovation, imitation):
            return .bass(BassSpec(marketSize: readable(marketSize), innovation: readable(innovation), imitation: readable(imitation)))
        case let .phases(phases):
            var written = phases.map { phase in
                (stage: LifecyclePhase(rawValue: phase.name) ?? .maturity, periods: phase.periods, from: phase.from, to: phase.to)
            }
            if let runsOn, let last = written.last, let lastPeriods = last.periods {
                let before = written.dropLast().reduce(0) { $0 + ($1.periods ?? 0) }
                let stages = LifecyclePhase.allCases
                if let next = stages.firstIndex(of: last.stage).map({ $0 + 1 }), next < stages.count {
                    written.append((stages[next], nil, last.to, last.to))
                } else {
                    // The decline's slope per period, carried on to the calendar's end or to zero.
                    let slope = (last.to - last.from) / Double(lastPeriods)
                    let remaining = runsOn - before
                    let zeroAt = slope < 0 ? Int((last.from / -slope).rounded(.up)) : remaining
                    let length = max(lastPeriods, min(remaining, zeroAt))
                    written[written.count - 1] = (last.stage, length >= remaining ? nil : length, last.from,
                                                  max(0, last.from + slope * Double(length)))
                }
            }
            return .phases(written.map { phase in
                PhaseSpec(phase: phase.stage, extent: phase.periods.map(Extent.periods), from: readable(phase.from), to: readable(phase.to))
            })
        }
    }

    static func noise(_ fitted: CalibratedNoise) -> DemandNoise {
        switch fitted {
        case .poisson: .poisson
        case let .negativeBinomial(dispersion): .negativeBinomial(dispersion: readable(dispersion))
        case let .zeroInflated(zero, dispersion):
            .zeroInflated(zeroProbability: readable(zero), base: dispersion.map { .negativeBinomial(dispersion: readable($0)) } ?? .poisson)
        }
    }

    /// `base` (its economics) with the fitted market.
    static func apply(_ fit: ProductCalibration, to base: ProductSpec, calendar: CalendarSpec) -> ProductSpec {
        var product = base
        let periods = calendar.calendar
        product.launch = periods.firstDay(of: fit.launchPeriod)
        product.endOfLife = fit.endOfLifePeriod.map { periods.firstDay(of: $0) }
        product.lifecycle = Self.lifecycle(fit.lifecycle, runsOn: fit.endOfLifePeriod == nil
                                            ? calendar.periods - fit.launchPeriod : nil)
        product.seasonality = SeasonalitySpec(weekly: fit.weekly?.map(Self.readable), yearly: fit.yearly?.map(Self.readable))
        product.noise = Self.noise(fit.noise)
        product.elasticity = Self.readable(fit.elasticity)
        if let list = fit.listPrice { product.price = list }
        return product
    }

    /// Significant digits written for a fitted value: finer than any fit's standard error, and
    /// short enough to read.
    static let significantDigits = 4

    /// `value` to ``significantDigits`` significant digits (0 and non-finite values as they are).
    static func readable(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let scale = pow(10, Double(significantDigits) - (log10(abs(value))).rounded(.up))
        return (value * scale).rounded() / scale
    }

    /// Units on the shelf at launch: the demand of the lead time and one period after the
    /// launch, as the history had it, rounded up (what a replay would have needed).
    static func launchCover(_ series: CalibrationSeries, from launch: Int, supply: SupplySpec, calendar: CalendarSpec) -> Int {
        let lead = Int((supply.leadTime.mean / calendar.period.meanDays).rounded(.up))
        let window = series.demand.dropFirst(launch).prefix(lead + 1)
        let total = window.reduce(0, +)
        return total.isFinite ? Int(total.rounded(.up)) : 0
    }

    /// The history's runs of promoted periods as promotion events with the fitted lift and the
    /// discount the prices show, so the simulated history has its promotions where the real one did.
    static func promotions(_ series: CalibrationSeries, fit: ProductCalibration, listPrice: Double,
                           calendar: CalendarSpec) -> [EventSpec] {
        guard let lift = fit.promotionLift, let flags = series.promotions else { return [] }
        var events: [EventSpec] = []
        var start: Int?
        for t in 0...flags.count {
            let promoted = t < flags.count && flags[t]
            if promoted, start == nil { start = t }
            guard !promoted, let first = start else { continue }
            let prices = (first..<t).compactMap { series.prices?[$0] }.filter(\.isFinite)
            let paid = prices.isEmpty ? listPrice : prices.reduce(0, +) / Double(prices.count)
            let discount = min(max(1 - paid / listPrice, 0), 0.95)
            events.append(.promotion(PromotionSpec(
                name: "\(series.id)-promotion-\(events.count + 1)", products: [series.id],
                window: EventWindow(start: calendar.calendar.firstDay(of: first), extent: .periods(t - first)),
                discount: discount, lift: lift)))
            start = nil
        }
        return events
    }

    /// The scenario entry of a fitted uncertainty of the product at `index`. The path names the
    /// product by id, or by index when its id is all digits (a path cannot select such an id).
    static func parameter(_ fitted: CalibratedUncertainty, product: String, index: Int) -> UncertainParameter? {
        let selector = product.allSatisfy(\.isNumber) ? String(index) : product
        guard let path = try? ScenarioFieldPath(parsing: "products[\(selector)].\(fitted.field)") else { return nil }
        switch fitted.spread {
        case let .lognormal(median, sigma):
            let capped = rateFields.contains(fitted.field) ? min(sigma, rateSigmaCap(median: median)) : sigma
            return UncertainParameter(path: path, distribution: .lognormal(mu: log(readable(median)), sigma: readable(capped)))
        case let .normal(mean, sd):
            return UncertainParameter(path: path, distribution: .normal(mean: readable(mean), sd: readable(sd)))
        }
    }

    /// Fields that are rates per period, below 1.
    static let rateFields: Set<String> = ["lifecycle.bass.innovation", "lifecycle.bass.imitation"]

    /// Standard deviations of the logarithm between a rate's median and 1: a lognormal draw
    /// reaches 1 with probability below 10⁻⁹ (six standard deviations).
    static let rateSigmaDistance = 6.0

    /// The largest σ of the logarithm a rate with this median may be drawn with.
    static func rateSigmaCap(median: Double) -> Double {
        max(log(1 / max(median, .leastNormalMagnitude)) / rateSigmaDistance, 0.01)
    }

    /// The comment above a product: how each part of it was obtained.
    static func comment(_ fit: ProductCalibration, calendar: CalendarSpec, planned: Bool) -> [String] {
        let days = calendar.calendar
        let launch = planned ? "planned for launch \(days.firstDay(of: fit.launchPeriod))"
            : fit.launchPeriod == 0 ? "on sale before the history began" : "launched \(days.firstDay(of: fit.launchPeriod)) (first sale)"
        var lines = ["\(fit.id): " + launch
            + (fit.endOfLifePeriod.map { "; end of life \(days.firstDay(of: $0)) (no sale after)" }
                ?? (planned ? "" : "; sells to the end of the history, then holds its last level")) + "."]
        if !fit.criterion.isEmpty { lines.append("lifecycle: " + fit.criterion) }
        lines.append("pooled with: \(fit.group)" + (fit.yearly == nil ? "; no yearly seasonality" : "; yearly seasonality of the group"))
        for remark in fit.remarks { lines.append(remark) }
        for note in fit.notes { lines.append("note: " + note) }
        return lines
    }
}
