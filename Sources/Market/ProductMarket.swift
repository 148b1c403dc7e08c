import Calendar
import Foundation
import GSL
import Simulation

/// One product's market in one replication: its state, its demand stream and its own list of
/// dated events, stepped one period at a time.
///
/// Order of work in each period (fixed, so that runs are reproducible):
/// 1. market events due in the period, by priority: launch and end of life, then changes of
///    conditions (price, promotions, shocks), then the start of a post-promotion dip;
/// 2. expected demand = lifecycle × season × conditions − dip, then one uniform from the
///    demand stream inverted into realised demand (so every strategy sees the same uniform);
/// 3. the units sold come back, and feed Bass adoption.
///
/// Steps 1–2 are ``beginPeriod()`` and step 3 is ``endPeriod(sold:)``; a closed loop calls the
/// two in turn for every period, deciding sales in between. ``step(_:)`` does all three with a
/// ``DemandChannel``. Products do not interact through sales, so each can be run on its own,
/// start to finish.
public final class ProductMarket {
    /// Index of the product in the model.
    public let index: Int
    public let product: Product
    public let calendar: PeriodCalendar
    /// The conditions in force in the current period.
    public private(set) var conditions: PeriodConditions

    /// The periods in which the product is on sale, clamped to the horizon.
    public let liveRange: Range<Int>
    /// The live periods that count (see ``MarketModel/scoringStart``); the live periods before
    /// them are warm-up.
    public let scoredRange: Range<Int>

    /// The period that ``beginPeriod()`` simulates next; `calendar.periods` once the horizon is over.
    public var period: Int { state.period }
    /// Whether the product is on sale in the current period.
    public var isLive: Bool { state.isLive }
    /// Bass adopters so far, in units (0 for phase lifecycles).
    public var adopters: Double { state.adopters }
    /// Would-be adopters who left the market after finding the shelf empty, in units; they are
    /// taken off the Bass market size for good.
    public var departedCustomers: Double { state.departedCustomers }

    /// The seller's own markdown: the shelf price is multiplied by this (0 < factor ≤ 1) on top
    /// of the scenario's prices, and demand responds through the price elasticity. 1 = none.
    @exclusivity(unchecked) public var markdown: Double = 1 {
        didSet { precondition(markdown > 0 && markdown.isFinite, "a markdown factor must be positive, got \(markdown)") }
    }

    private let effects: ProductEffects
    /// The lifecycle, unpacked once: reading an enum's array payload every period would
    /// retain and release it.
    private let bass: BassDiffusion?
    private let segments: [LifecycleSegment]
    private let seasonFactors: [Double]
    /// The recorded demand of this replication (resampled after the first), from the launch period.
    private let recorded: RecordedDemand?
    /// `recorded`'s demand in whole units (``RecordedDemand/units``).
    private let recordedUnits: [Int]
    /// The recorded demand this market replays (its replication's resample), nil for a
    /// simulated product.
    public var recordedDemand: RecordedDemand? { recorded }
    /// The promotion that stands for the history's promotion flags (``MarketModel/recordedPromotion``).
    private let recordedPromotion: Int?
    private let demandStream: RandomStream
    private var events = Simulator<MarketEvent>()
    // Read and written once per period by this object's own methods, never re-entrantly; the
    // dynamic exclusivity check on a class property is a measurable cost there, so it is off.
    @exclusivity(unchecked) private var state = State()

    /// What changes from period to period, kept in one value so the hot path reads and writes
    /// the object once per period.
    private struct State {
        var period = 0
        var isLive = false
        var adopters = 0.0
        var departedCustomers = 0.0
        var segmentIndex = 0
        /// Extra expected units owed to the running promotion, for the dip that follows it.
        var promotionExtraUnits = 0.0
        var dipPerPeriod = 0.0
        var dipPeriodsLeft = 0
        /// Share of the current period's demand that is first purchases.
        var newAdopterShare = 0.0
        /// True between beginPeriod and endPeriod.
        var awaitingSales = false
    }

    /// - Parameters:
    ///   - seasonFactors: the product's seasonality evaluated per period (shared between
    ///     products with the same seasonality).
    ///   - demandStream: the product's own demand stream; one uniform is drawn per live period.
    ///   - recorded: the recorded demand this replication replays, for a product whose
    ///     lifecycle is ``Lifecycle/recorded(_:)`` (the record itself, or a resample of it).
    init(model: MarketModel, index: Int, events: EventIndex, seasonFactors: [Double], demandStream: RandomStream,
         recorded: RecordedDemand? = nil) {
        self.index = index
        self.product = model.products[index]
        self.calendar = model.calendar
        self.liveRange = model.livePeriods(of: index)
        self.scoredRange = model.scoredPeriods(of: index)
        self.recorded = recorded
        self.recordedUnits = recorded?.units ?? []
        self.recordedPromotion = model.recordedPromotion
        switch model.products[index].lifecycle {
        case let .bass(bass):
            self.bass = bass
            self.segments = []
        case let .phases(segments):
            self.bass = nil
            self.segments = segments
        case .recorded:
            precondition(recorded != nil, "a product with recorded demand needs its record")
            self.bass = nil
            self.segments = []
        }
        self.effects = ProductEffects(model: model, productIndex: index, events: events)
        self.seasonFactors = seasonFactors
        self.demandStream = demandStream
        self.conditions = .quiet(price: product.listPrice)
        scheduleEvents(model: model)
    }

    /// Simulates the next period with `channel` deciding sales; returns its ground truth, or
    /// nil when the product is not on sale in it.
    @inlinable @discardableResult
    public func step<Channel: DemandChannel>(_ channel: inout Channel) -> DemandObservation? {
        let observation = beginPeriod()
        endPeriod(sold: observation.map { channel.fulfil($0) } ?? 0)
        return observation
    }

    /// Simulates every remaining period, handing each live one to `channel`.
    @inlinable
    public func run<Channel: DemandChannel>(_ channel: inout Channel) {
        while period < calendar.periods {
            step(&channel)
        }
    }

    /// Applies the market events of the current period and draws its demand; nil when the
    /// product is not on sale. Must be followed by ``endPeriod(sold:)``.
    public func beginPeriod() -> DemandObservation? {
        precondition(state.period < calendar.periods, "the horizon has ended")
        precondition(!state.awaitingSales, "beginPeriod called twice without endPeriod")
        if let next = events.nextEventTime, next <= state.period {
            events.run(until: state.period + 1) { _, entry in apply(entry.event) }
        }
        var state = self.state
        defer { self.state = state }
        state.awaitingSales = true
        guard state.isLive else { return nil }
        if let recorded { return recordedObservation(recorded, period: state.period) }

        let (base, newAdopterShare, phase) = lifecycleDemand(&state)
        state.newAdopterShare = newAdopterShare
        var expected = base * seasonFactors[state.period] * conditions.demandMultiplier
        var price = conditions.price
        if markdown != 1 {
            expected *= pow(markdown, product.elasticity)
            price *= markdown
        }
        state.promotionExtraUnits += expected * conditions.promotionShare
        if state.dipPeriodsLeft > 0 {
            expected = max(0, expected - state.dipPerPeriod)
            state.dipPeriodsLeft -= 1
        }
        // Validation keeps scenario means far below this; the clamp only guards the sampler.
        assert(expected.isFinite && expected >= 0, "expected demand \(expected) for \(product.id)")
        if !(expected <= CountDistribution.maximumMean) {
            expected = expected.isNaN ? 0 : CountDistribution.maximumMean
        }
        let demand = product.noise.distribution(mean: expected).draw(demandStream)
        return DemandObservation(
            product: index, period: state.period, expected: expected, demand: demand, phase: phase,
            price: price, promotion: conditions.promotion, shock: conditions.shock,
            supply: conditions.supply, newAdopterShare: newAdopterShare)
    }

    /// The current period of a recorded market, as recorded: the estimated demand (in whole
    /// units by ``RecordedDemand/units``), its recorded price (the list price where none) and
    /// promotion flag. A markdown scales the demand by markdown^elasticity, rounded.
    private func recordedObservation(_ recorded: RecordedDemand, period: Int) -> DemandObservation {
        let position = period - liveRange.lowerBound
        var expected = recorded.demand[position]
        var demand = recordedUnits[position]
        var price = recorded.price[position].isNaN ? conditions.price : recorded.price[position]
        if markdown != 1 {
            let factor = pow(markdown, product.elasticity)
            expected *= factor
            demand = Int((Double(demand) * factor).rounded())
            price *= markdown
        }
        return DemandObservation(
            product: index, period: period, expected: expected, demand: demand, phase: recorded.phases[position],
            price: price, promotion: recorded.promotion[position] ? recordedPromotion : nil)
    }

    /// The recorded sales of the current period and whether its shelf ran empty: what a
    /// forecaster learns from a warm-up period. For a simulated market, its demand, all sold.
    public func warmUpSales(_ observation: DemandObservation) -> (sales: Int, stockout: Bool) {
        guard let recorded else { return (observation.demand, false) }
        let position = observation.period - liveRange.lowerBound
        return (recorded.sales[position], recorded.stockout[position])
    }

    /// Records the units sold in the current period (0 when the product was not on sale;
    /// clamped at 0 below) and moves to the next period. Sales that were first purchases turn
    /// customers into adopters who spread the word.
    ///
    /// - Parameter departed: would-be first buyers who found no stock and leave the market for
    ///   good (units, ≥ 0); they shrink the Bass market size from the next period on.
    public func endPeriod(sold: Int, departed: Double = 0) {
        precondition(state.awaitingSales, "endPeriod called without beginPeriod")
        state.adopters += Double(max(sold, 0)) * state.newAdopterShare
        state.departedCustomers += max(departed, 0)
        state.newAdopterShare = 0
        state.awaitingSales = false
        state.period += 1
    }

    /// Underlying demand of the current period before season and conditions, the share of it
    /// that is first purchases (what adoption grows by), and the phase label.
    private func lifecycleDemand(_ state: inout State) -> (units: Double, newAdopterShare: Double, phase: LifecyclePhase) {
        guard let bass else {
            return phaseDemand(period: state.period, segmentIndex: &state.segmentIndex)
        }
        let adopters = state.adopters
        let marketSize = max(0, bass.marketSize * conditions.marketSizeFactor - state.departedCustomers)
        let newAdopters = bass.newAdopters(adopters: adopters, marketSize: marketSize)
        let repeats = bass.repeatRate * adopters
        let total = newAdopters + repeats
        let phase = bass.phase(adoptedShare: marketSize > 0 ? adopters / marketSize : 1)
        return (total, total > 0 ? newAdopters / total : 0, phase)
    }

    /// The mean over the period's days of the segment levels (0 outside the product's life and
    /// outside every segment), and the phase of the first live day.
    private func phaseDemand(period: Int, segmentIndex: inout Int) -> (units: Double, newAdopterShare: Double, phase: LifecyclePhase) {
        let first = calendar.firstDay(of: period)
        let days = calendar.days(in: period)
        var total = 0.0
        var phase: LifecyclePhase?
        for offset in 0..<days {
            let day = first.adding(days: offset)
            guard product.life.contains(day), !segments.isEmpty else { continue }
            while segmentIndex < segments.count - 1, day >= segments[segmentIndex].end {
                segmentIndex += 1
            }
            let segment = segments[segmentIndex]
            phase = phase ?? segment.phase
            if day >= segment.start && day < segment.end {
                total += segment.level(on: day)
            }
        }
        return (total / Double(days), 0, phase ?? segments.first?.phase ?? .maturity)
    }

    private func apply(_ event: MarketEvent) {
        switch event {
        case .launch:
            state.isLive = true
        case .endOfLife:
            state.isLive = false
        case .conditionsChange:
            conditions = effects.conditions(in: state.period, calendar: calendar)
        case let .promotionEnded(dip):
            // The periods that the dip's days, counted from the first day of this period, touch.
            let lastDay = calendar.firstDay(of: state.period).adding(days: dip.days - 1)
            let periods = max(1, calendar.period(containing: lastDay) - state.period + 1)
            state.dipPerPeriod = dip.share * state.promotionExtraUnits / Double(periods)
            state.dipPeriodsLeft = periods
            state.promotionExtraUnits = 0
        }
    }

    private func scheduleEvents(model: MarketModel) {
        let live = model.livePeriods(of: index)
        guard !live.isEmpty else { return }
        events.schedule(.launch, at: live.lowerBound, priority: MarketEvent.Priority.life)
        if live.upperBound < calendar.periods {
            events.schedule(.endOfLife, at: live.upperBound, priority: MarketEvent.Priority.life)
        }
        // Conditions are evaluated at launch and wherever an event may change them.
        let changes = Set(effects.changePeriods(calendar: calendar).filter { $0 > live.lowerBound })
        for change in [live.lowerBound] + changes.sorted() {
            events.schedule(.conditionsChange, at: change, priority: MarketEvent.Priority.conditions)
        }
        for (_, promotion) in effects.ownPromotions {
            guard let dip = promotion.dip, let end = promotion.window.end else { continue }
            // The dip starts with the first period that begins after the promotion's last day.
            let endPeriod = calendar.period(containing: end)
            let dipStart = calendar.firstDay(of: endPeriod) == end ? endPeriod : endPeriod + 1
            if dipStart < calendar.periods {
                events.schedule(.promotionEnded(dip), at: dipStart, priority: MarketEvent.Priority.dip)
            }
        }
    }
}

/// The dated events of one product's market.
enum MarketEvent: Sendable {
    case launch
    case endOfLife
    /// Prices, promotions or shocks change: re-evaluate ``PeriodConditions``.
    case conditionsChange
    /// A promotion with a dip has ended: start taking back part of its extra units.
    case promotionEnded(PostPromotionDip)

    /// Order of events within a period; smaller first.
    enum Priority {
        static let life = 0
        static let conditions = 1
        static let dip = 2
    }
}
