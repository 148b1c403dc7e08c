import Calendar

/// A promotion: a discount and a display lift on some products for some days, an optional dip
/// after it, and optional effects on other named products while it runs.
public struct Promotion: Hashable, Sendable {
    /// The name of the promotion that stands for a sales history's promotion flags
    /// (``MarketModel/recordedPromotion``).
    public static let recordedName = "promotion (recorded)"

    public var name: String
    /// Indices into ``MarketModel/products`` of the promoted products.
    public var products: [Int]
    public var window: DayRange
    /// Share taken off the shelf price while the promotion runs, in [0, 1).
    public var discount: Double
    /// Multiplier on demand from display and advertising, on top of the price effect. > 0.
    public var lift: Double
    /// The demand taken back after the promotion (customers who bought early), if any.
    public var dip: PostPromotionDip?
    /// Cannibalisation (multiplier < 1) or halo (> 1) on other products while the promotion runs.
    public var crossEffects: [CrossEffect]

    public init(name: String, products: [Int], window: DayRange, discount: Double = 0, lift: Double = 1,
                dip: PostPromotionDip? = nil, crossEffects: [CrossEffect] = []) {
        self.name = name
        self.products = products
        self.window = window
        self.discount = discount
        self.lift = lift
        self.dip = dip
        self.crossEffects = crossEffects
    }
}

/// Pull-forward after a promotion: `share` of the extra expected units the promotion brought
/// (above what the same periods would have had without it) is taken back, spread evenly over
/// `days` days starting with the first period after the promotion's last day.
///
/// The take-back is subtracted from expected demand and floored at zero, so it is exact unless
/// demand after the promotion is smaller than the take-back.
public struct PostPromotionDip: Hashable, Sendable {
    /// In [0, 1].
    public var share: Double
    /// Length of the dip, in days (> 0); rounded up to the whole periods these days touch from
    /// the first period after the promotion (a 14-day dip takes one month of a monthly calendar).
    public var days: Int

    public init(share: Double, days: Int) {
        self.share = share
        self.days = days
    }
}

/// A promotion's effect on a product it does not promote.
public struct CrossEffect: Hashable, Sendable {
    /// Index into ``MarketModel/products``.
    public var product: Int
    /// Demand multiplier while the promotion runs: < 1 cannibalisation, > 1 halo. > 0.
    public var multiplier: Double

    public init(product: Int, multiplier: Double) {
        self.product = product
        self.multiplier = multiplier
    }
}

/// A change of shelf price from a day on (a markdown or a price rise). The list price stays
/// the reference for the price elasticity.
public struct PriceChange: Hashable, Sendable {
    public var products: [Int]
    public var date: CalendarDate
    /// New shelf price, in currency per unit. > 0.
    public var price: Double

    public init(products: [Int], date: CalendarDate, price: Double) {
        self.products = products
        self.date = date
        self.price = price
    }
}
