/// What a product is, as far as finding comparable products goes: a category, descriptive
/// attributes, a free-text description and a price.
public struct ProductProfile: Sendable, Hashable {
    /// The product's id (a scenario product's name, a history's `unique_id`).
    public var id: String
    /// Its category, if known ("outerwear").
    public var category: String?
    /// Descriptive attributes ("waterproof", "red"), lower case.
    public var attributes: Set<String>
    /// Its usual price, currency per unit, if known.
    public var price: Double?
    /// Its description as written ("PINK PAPER PARASOL"), if known: compared by TF-IDF.
    public var description: String?

    public init(id: String, category: String? = nil, attributes: Set<String> = [], price: Double? = nil,
                description: String? = nil) {
        self.id = id
        self.category = category
        self.attributes = attributes
        self.price = price
        self.description = description
    }
}

/// Sales histories of other products, for models that borrow the lifecycle of comparable
/// products (the analog model).
///
/// **No look-ahead.** Periods are those of one shared calendar. A forecaster that has observed
/// up to period P may use reference sales at periods ≤ P only; the library holds whole
/// histories so that one library serves every cutoff of a rolling-origin evaluation.
public struct AnalogLibrary: Sendable {
    /// One comparable product's sales.
    public struct Reference: Sendable, Hashable {
        /// What the product is.
        public var profile: ProductProfile
        /// The calendar period of `sales[0]` (may be negative: a launch before the horizon).
        public var firstPeriod: Int
        /// Units sold (or demanded) per period from `firstPeriod` on, each ≥ 0.
        public var sales: [Double]

        public init(profile: ProductProfile, firstPeriod: Int, sales: [Double]) {
            self.profile = profile
            self.firstPeriod = firstPeriod
            self.sales = sales
        }
    }

    /// The references, in a fixed order (results never depend on hash order).
    public var references: [Reference] {
        didSet { derived = Derived(references) }
    }

    /// What is computed from the references once: their last period, the pooled stacker's
    /// fits and the analog model's index. Replaced whenever the references change, so a fit never outlives its data.
    private(set) var derived: Derived

    /// The first period the sales were observed in, when the references' sales before it are
    /// unknown (a history file's first date): a reference whose first sale falls there may have
    /// launched before, so its first periods are not a launch curve and it is no look-alike for
    /// a launch. nil when every first sale is a launch (a simulated past season).
    public var launchesUnseenAt: Int?

    public init(references: [Reference], launchesUnseenAt: Int? = nil) {
        self.references = references
        self.launchesUnseenAt = launchesUnseenAt
        derived = Derived(references)
    }

    /// The last period any reference has sales for; nil for an empty library.
    public var lastPeriod: Int? { derived.lastPeriod }

    struct Derived: Sendable {
        var lastPeriod: Int?
        let pooledFits = PooledStackCache()
        let analogIndex = AnalogLibraryCache<AnalogIndex>()
        let analogText = AnalogLibraryCache<AnalogText>()

        init(_ references: [Reference]) {
            lastPeriod = references.map { $0.firstPeriod + $0.sales.count - 1 }.max()
        }
    }
}
