import Calibration
import Evaluation

/// `fidelity.html` and `fidelity.md` of a `calibrate` folder: how a real sales history compares
/// with replications of the scenario fitted to it, drawn from a ``FidelityResult`` alone.
///
/// Sections: what was compared; the catalogue's statistics, real against simulated, each with
/// its two-sample distances (Kolmogorov–Smirnov D and p, Wasserstein-1 over the real IQR);
/// small multiples of shown products (the simulated 10–90% band, its median and the real
/// series); the products the band fits worst; and what the simulator cannot reproduce — the
/// statistics whose distributions differ, and the limits of the market model itself.
/// Deterministic: the same input gives the same bytes.
public struct FidelityReport: Sendable {
    public static let htmlName = "fidelity.html"
    public static let markdownName = "fidelity.md"

    /// One product of the comparison, in the order of the result's bands.
    public struct Product: Sendable {
        public var id: String
        /// The fit in one line ("Bass m 5200, p 0.012, q 0.21; negative binomial k 3.4").
        public var fit: String
        /// Fallbacks and warnings of its fit, said per product.
        public var notes: [String]

        public init(id: String, fit: String, notes: [String] = []) {
            self.id = id
            self.fit = fit
            self.notes = notes
        }
    }

    public var scenario: String
    /// The fitted scenario file, as the user named it.
    public var scenarioFile: String
    public var historyFile: String
    /// The history's calendar: period 0 of every series is its period 0.
    public var calendar: SeriesCalendar
    public var result: FidelityResult
    /// One per band of ``result``.
    public var products: [Product]
    public var seed: UInt64
    public var version: String
    /// How many products get a panel (≥ 0).
    public var shownProducts: Int

    public init(scenario: String, scenarioFile: String, historyFile: String, calendar: SeriesCalendar,
                result: FidelityResult, products: [Product], seed: UInt64, version: String, shownProducts: Int = 24) {
        precondition(products.count == result.bands.count, "one product per band")
        self.scenario = scenario
        self.scenarioFile = scenarioFile
        self.historyFile = historyFile
        self.calendar = calendar
        self.result = result
        self.products = products
        self.seed = seed
        self.version = version
        self.shownProducts = shownProducts
    }

    /// The nominal coverage of the 10–90% band.
    static let nominalCoverage = ProductBand.levels.upper - ProductBand.levels.lower

    /// The products drawn, by index: half the panels for the largest sellers, the rest for the
    /// worst-covered (ties by index), each product once, in that order.
    var shownIndices: [Int] {
        let volume = result.bands.indices.sorted { lhs, rhs in
            let (a, b) = (result.real[lhs].mean ?? 0, result.real[rhs].mean ?? 0)
            return a != b ? a > b : lhs < rhs
        }
        var shown = Array(volume.prefix((shownProducts + 1) / 2))
        for index in worstCovered where shown.count < shownProducts && !shown.contains(index) {
            shown.append(index)
        }
        return shown
    }

    /// Products by band coverage, lowest first (ties by index); products without periods last.
    var worstCovered: [Int] {
        result.bands.indices.sorted { lhs, rhs in
            let (a, b) = (result.bands[lhs].coverage ?? 2, result.bands[rhs].coverage ?? 2)
            return a != b ? a < b : lhs < rhs
        }
    }

    /// Products whose fit carries a note (a fallback), in product order.
    var notedProducts: [Product] {
        products.filter { !$0.notes.isEmpty }
    }
}
