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
/// 3. the channel decides the units sold, and sales feed back into Bass adoption.
///
/// Products do not interact through sales, so each can be run on its own, start to finish.
public final class ProductMarket {
    /// Index of the product in the model.
    public let index: Int
    public let product: Product
    /// The next period to simulate.
    public private(set) var period = 0
    /// Whether the product is on sale in the period being simulated.
    public private(set) var isLive = false
    /// Bass adopters so far, in units (0 for phase lifecycles).
    public private(set) var adopters = 0.0
    /// The conditions in force in the period being simulated.
    public private(set) var conditions: PeriodConditions

    private let calendar: PeriodCalendar
    private let effects: ProductEffects
    private let seasonFactors: [Double]
    private let demandStream: RandomStream
    private var events = Simulator<MarketEvent>()
    private var segmentIndex = 0
    private var promotionExtraUnits = 0.0
    private var dipPerPeriod = 0.0
    private var dipPeriodsLeft = 0

    /// - Parameters:
    ///   - seasonFactors: the product's seasonality evaluated per period (shared between
    ///     products with the same seasonality).
    ///   - demandStream: the product's own demand stream; one uniform is drawn per live period.
    init(model: MarketModel, index: Int, seasonFactors: [Double], demandStream: RandomStream) {
        self.index = index
        self.product = model.products[index]
        self.calendar = model.calendar
        self.effects = ProductEffects(model: model, productIndex: index)
        self.seasonFactors = seasonFactors
        self.demandStream = demandStream
        self.conditions = .quiet(price: product.listPrice)
        scheduleEvents(model: model)
    }

    /// Simulates the next period and returns its ground truth, or nil when the product is not
    /// on sale in it.
    @discardableResult
    public func step<Channel: DemandChannel>(_ channel: inout Channel) -> DemandObservation? {
        precondition(period < calendar.periods, "the horizon has ended")
        defer { period += 1 }
        events.run(until: period + 1) { _, entry in apply(entry.event) }
        guard isLive else { return nil }

        let (base, newAdopterShare, phase) = lifecycleDemand()
        var expected = base * seasonFactors[period] * conditions.demandMultiplier
        promotionExtraUnits += expected * conditions.promotionShare
        if dipPeriodsLeft > 0 {
            expected = max(0, expected - dipPerPeriod)
            dipPeriodsLeft -= 1
        }
        // Validation keeps scenario means far below this; the clamp only guards the sampler.
        assert(expected.isFinite && expected >= 0, "expected demand \(expected) for \(product.id)")
        if !(expected <= CountDistribution.maximumMean) {
            expected = expected.isNaN ? 0 : CountDistribution.maximumMean
        }
        let demand = product.noise.distribution(mean: expected).draw(demandStream)
        let observation = DemandObservation(
            product: index, period: period, expected: expected, demand: demand, phase: phase,
            price: conditions.price, promotion: conditions.promotion, shock: conditions.shock,
            supply: conditions.supply)
        let sold = min(max(channel.fulfil(observation), 0), demand)
        adopters += Double(sold) * newAdopterShare
        return observation
    }

    /// Simulates every remaining period, handing each live one to `channel`.
    public func run<Channel: DemandChannel>(_ channel: inout Channel) {
        while period < calendar.periods {
            step(&channel)
        }
    }

    /// Underlying demand of the current period before season and conditions, the share of it
    /// that is first purchases (what adoption grows by), and the phase label.
    private func lifecycleDemand() -> (units: Double, newAdopterShare: Double, phase: LifecyclePhase) {
        switch product.lifecycle {
        case let .bass(bass):
            let marketSize = bass.marketSize * conditions.marketSizeFactor
            let newAdopters = bass.newAdopters(adopters: adopters, marketSize: marketSize)
            let repeats = bass.repeatRate * adopters
            let total = newAdopters + repeats
            let phase = bass.phase(adoptedShare: marketSize > 0 ? adopters / marketSize : 1)
            return (total, total > 0 ? newAdopters / total : 0, phase)
        case let .phases(segments):
            return phaseDemand(segments)
        }
    }

    /// The mean over the period's days of the segment levels (0 outside the product's life and
    /// outside every segment), and the phase of the first live day.
    private func phaseDemand(_ segments: [LifecycleSegment]) -> (units: Double, newAdopterShare: Double, phase: LifecyclePhase) {
        let first = calendar.firstDay(of: period)
        let days = calendar.length.days
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
            isLive = true
        case .endOfLife:
            isLive = false
        case .conditionsChange:
            conditions = effects.conditions(in: period, calendar: calendar)
        case let .promotionEnded(dip):
            let periods = max(1, (dip.days + calendar.length.days - 1) / calendar.length.days)
            dipPerPeriod = dip.share * promotionExtraUnits / Double(periods)
            dipPeriodsLeft = periods
            promotionExtraUnits = 0
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
