import Accuracy
import Inventory
import Market

/// Everything that happened to one product in one period of the closed loop: stock movements,
/// service, the order placed, and the money. Units are units; money is in the scenario's
/// currency.
///
/// Filled stage by stage: opened from the market's draw and what the loop carried over
/// (``init(_:onHandStart:forecast:forecastQuantiles:)``), then each stage of ``ClosedLoop``
/// writes its own part, as marked below; a part a stage leaves alone stays 0 (or nil).
///
/// Conservation (checked in debug builds): `onHandStart + arrivals − sold − writtenOff = onHandEnd`.
public struct PeriodRecord: Hashable, Sendable {
    // Opened: the market's draw and what the last period left.
    public var product: Int
    public var period: Int
    public var phase: LifecyclePhase
    /// Mean of the demand distribution (ground truth).
    public var expectedDemand: Double
    /// What customers wanted this period.
    public var demand: Int
    /// Mean price paid this period, in currency per unit.
    public var price: Double
    /// True when a promotion ran.
    public var promotion: Bool
    /// On hand at the start of the period, before arrivals.
    public var onHandStart: Int
    /// The forecaster's expectation for this period, made at the end of the previous one (0 in
    /// the first live period, before any sale was seen); nil for a strategy without a
    /// forecaster (its policy reads none) and for the oracle.
    public var forecast: Double?
    /// The same forecast's quantiles at the scored levels (``ScoredQuantiles/levels``), in
    /// units, which `pinball_demand` scores; nil with ``forecast`` (no forecaster) and where the
    /// forecast has no spread: in the first live period (a point mass at 0).
    public var forecastQuantiles: ScoredQuantiles?
    /// The lower and upper ends of the forecaster's central prediction interval for this
    /// period's demand (its ``forecastIntervalLevels`` quantiles, read off
    /// ``forecastQuantiles``), in units, `forecastLow ≤ forecastHigh`. nil where the quantiles
    /// are: in the first live period (no forecast was made yet) and without a forecaster.
    public var forecastLow: Double? { forecastQuantiles.map { min($0.p10, $0.p90) } }
    public var forecastHigh: Double? { forecastQuantiles.map { max($0.p10, $0.p90) } }

    // Receive.
    /// Units received at the start of the period (including the launch stock).
    public var arrivals = 0
    /// Units handed to customers who had been waiting (backorders filled from arrivals).
    public var backordersFilled = 0

    // Sell.
    /// Units of this period's demand served straight from the shelf.
    public var servedFromShelf = 0
    /// Units of this period's demand that will wait (new backorders).
    public var backordered = 0
    /// Units of this period's demand lost.
    public var lost = 0

    // Review.
    /// Units ordered at the end of this period (after supply constraints and cuts).
    public var ordered = 0
    /// Lead time of that order in periods, or nil when nothing was ordered.
    public var leadTime: Int?
    /// The buy placed before the launch (``InventoryPolicy/decideBeforeLaunch(_:)``): set in the
    /// first live period only, nil otherwise and when none was placed. It is not in ``ordered``
    /// (placed at the end of this period); it arrives with ``arrivals`` when due, and its
    /// ordering cost — and the holding of any units that came before the launch and waited for
    /// it — is booked in this period's ``money``.
    public var preLaunchOrder: PipelineOrder?

    // Close.
    /// Units written off (salvaged) at end of life or horizon.
    public var writtenOff = 0
    /// Backorders still unfilled at end of life or horizon: those customers are told no.
    public var backordersCancelled = 0
    /// Units still owed to waiting customers at the end of the period.
    public var backlog = 0
    /// On hand at the end of the period, after any end-of-life write-off.
    public var onHandEnd = 0
    /// Units on order at the end of the period (after any order placed in it).
    public var onOrder = 0
    /// The money: the ordering cost booked by the review, the rest at the close.
    public var money = Ledger()

    /// The quantile levels of ``forecastLow`` and ``forecastHigh``: the central 80% interval,
    /// whose ends are two of the scored levels (``ScoredQuantiles/p10``, ``ScoredQuantiles/p90``).
    public static let forecastIntervalLevels: ClosedRange<Double> = 0.1...0.9

    /// A period opened from the market's draw `observation`, with `onHandStart` units on the
    /// shelf and the forecast (and its quantiles) made for it at the end of the last period.
    public init(_ observation: DemandObservation, onHandStart: Int, forecast: Double?,
                forecastQuantiles: ScoredQuantiles? = nil) {
        product = observation.product
        period = observation.period
        phase = observation.phase
        expectedDemand = observation.expected
        demand = observation.demand
        price = observation.price
        promotion = observation.promotion != nil
        self.onHandStart = onHandStart
        self.forecast = forecast
        self.forecastQuantiles = forecastQuantiles
    }

    /// Units handed to customers this period: from the shelf and to those who had waited.
    public var sold: Int { servedFromShelf + backordersFilled }
    /// Unmet demand this period (backordered or lost).
    public var short: Int { backordered + lost }
    /// What the forecaster could see of demand: sales plus new backorders (lost demand is invisible).
    public var observedDemand: Int { servedFromShelf + backordered }
}

/// Money of one product-period, or summed over many (``Tally/money``), in currency. Profit
/// counts lost margin only once: as revenue that did not happen; `shortagePenalty` is the
/// separate goodwill or backorder charge.
public struct Ledger: Hashable, Sendable, Codable {
    /// Price × units handed over.
    public var revenue = 0.0
    /// Unit cost × units handed over.
    public var costOfGoods = 0.0
    /// Holding cost on the units on hand at the end of the period.
    public var holding = 0.0
    /// Fixed cost of the order placed, if any.
    public var ordering = 0.0
    /// Penalty per unit lost this period and per unit waiting at its end.
    public var shortagePenalty = 0.0
    /// What leftover units fetch at end of life: salvage value × units.
    public var salvage = 0.0
    /// Book value of the leftover units taken off the shelf: unit cost × units.
    public var writeOff = 0.0

    public init() {}

    /// Revenue + salvage − cost of goods − write-off − holding − ordering − penalty.
    public var profit: Double {
        revenue + salvage - costOfGoods - writeOff - holding - ordering - shortagePenalty
    }

    /// Adds `other` item by item (another period, product or phase). Inlined: a tally adds
    /// one ledger every product-period.
    @inline(__always)
    public mutating func add(_ other: Ledger) {
        revenue += other.revenue
        costOfGoods += other.costOfGoods
        holding += other.holding
        ordering += other.ordering
        shortagePenalty += other.shortagePenalty
        salvage += other.salvage
        writeOff += other.writeOff
    }
}

/// Receives every period of a product's closed loop, in order.
public protocol LoopRecorder {
    mutating func record(_ period: PeriodRecord)
}
