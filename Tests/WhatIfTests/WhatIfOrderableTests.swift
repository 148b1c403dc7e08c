import Foundation
import Reporting
import Scenario
import Testing
@testable import WhatIf

/// Refinement and recommendation of a launch stock keep to the quantities the supplier accepts:
/// whole case packs, at least the minimum order (or none).
@Suite("what-if: orderable quantities")
struct WhatIfOrderableTests {
    /// ``oneBuyYAML`` with the widget sold by the case of 24, at least 100 a time.
    static let yaml = oneBuyYAML.replacingOccurrences(
        of: "    initial_stock: 400\n", with: "    initial_stock: 400\n    supply: {case_pack: 24, min_order: 100}\n")

    /// Grid values none of which (but 0) is a whole number of cases, so the continuous optimum
    /// is not orderable.
    static let stocks: [Double] = [0, 350, 700, 1050, 1400]

    static func isOrderable(_ value: Double) -> Bool {
        value == 0 || (value >= 100 && value.truncatingRemainder(dividingBy: 24) == 0)
    }

    @Test("the lattice: none, or whole cases from the minimum up")
    func lattice() {
        let lattice = OrderLattice(casePack: 24, minimumOrder: 100)
        #expect(lattice.smallestOrder == 120)
        #expect(lattice.contains(0) && lattice.contains(120) && lattice.contains(10_440))
        #expect(!lattice.contains(96) && !lattice.contains(10_437) && !lattice.contains(-24))
        #expect(lattice.below(10_437) == 10_416 && lattice.above(10_437) == 10_440)
        #expect(lattice.below(110) == 0 && lattice.above(50) == 120 && lattice.above(0) == 0)
        #expect(lattice.nearest(10_437, within: 0...20_000) == 10_440)
        #expect(lattice.nearest(110, within: 0...1000) == 120)
        #expect(lattice.nearest(1_005, within: 1_000...1_007) == 1_008, "nothing in the range: the nearest overall")
        #expect(lattice.hasValue(between: 1_000, and: 1_050, except: 1_008))
        #expect(!lattice.hasValue(between: 1_000, and: 1_030, except: 1_008))
        #expect(lattice.text == "case pack 24, minimum order 100")
        #expect(!OrderLattice.wholeNumbers.constrains && OrderLattice.wholeNumbers.contains(7) && !OrderLattice.wholeNumbers.contains(7.5))
    }

    @Test("refinement evaluates orderable quantities only, and the recommendation is one (seed 11)")
    func refinedOnTheLattice() async throws {
        let document = try whatIfDocument(Self.yaml)
        let path = try ScenarioFieldPath(parsing: "products[widget].initial_stock")
        let study = WhatIfStudy(axes: [SweepAxis(path: path, values: Self.stocks)], strategy: "launch-only",
                                product: "widget", constraints: [try WhatIfConstraint(parsing: "fill_rate>=0.6")],
                                refinementBudget: 8, threads: 2)
        let result = try await study.run(on: document)
        #expect(result.axes[0].orderable == OrderLattice(casePack: 24, minimumOrder: 100))
        let refinement = try #require(result.refinement)
        #expect(refinement.status == .refined, "\(refinement.message)")
        #expect(refinement.message.contains("on the orderable quantities (case pack 24, minimum order 100)"))
        let refined = result.points.filter { $0.source == .refinement }
        #expect(!refined.isEmpty)
        for point in refined { #expect(Self.isOrderable(point.values[0]), "refined \(point.values[0])") }
        let chosen = try #require(result.recommendation.point)
        let recommended = result.points[chosen]
        #expect(Self.isOrderable(recommended.values[0]), "recommended \(recommended.values[0])")
        #expect(recommended.orderable && recommended.meetsConstraints == true)
        // No orderable point meeting the constraint does better.
        #expect(result.points.filter { $0.orderable && $0.meetsConstraints == true }.allSatisfy { $0.profit.mean <= recommended.profit.mean })
        #expect(result.points.filter { !Self.isOrderable($0.values[0]) }.allSatisfy { !$0.orderable })
    }

    @Test("without refinement a best point that cannot be ordered is rounded to its best orderable neighbour, evaluated (seed 11)")
    func roundedToANeighbour() async throws {
        let document = try whatIfDocument(Self.yaml)
        let path = try ScenarioFieldPath(parsing: "products[widget].initial_stock")
        let study = WhatIfStudy(axes: [SweepAxis(path: path, values: Self.stocks)], strategy: "launch-only",
                                product: "widget", refine: false, threads: 2)
        let result = try await study.run(on: document)
        let rounding = try #require(result.rounding)
        let from = result.points[rounding.from]
        #expect(!from.orderable && from.source == .grid)
        let neighbours = result.points.filter { $0.source == .rounding }
        #expect(neighbours.count == rounding.evaluations && rounding.evaluations == 2)
        let value = from.values[0]
        #expect(neighbours.map { $0.values[0] } == [(value / 24).rounded(.down) * 24, (value / 24).rounded(.up) * 24])
        let chosen = try #require(result.recommendation.point)
        #expect(result.points[chosen].source == .rounding)
        #expect(result.points[chosen].profit.mean == neighbours.map(\.profit.mean).max())
        #expect(rounding.message.contains("cannot be ordered: products[widget].initial_stock = \(WhatIfFormat.value(value)) is not a quantity of case pack 24, minimum order 100"))
        #expect(result.recommendation.message.contains("(orderable neighbour)"))
        let table = result.table()
        #expect(table.contains("\(WhatIfFormat.value(value))†") && table.contains(" (o)"))
        #expect(result.legend.contains("† products[widget].initial_stock cannot be ordered at that value (case pack 24, minimum order 100)"))
        #expect(result.csv.split(separator: "\n").first?.contains(",orderable,") == true)
    }

    @Test("a sweep that also sets the case pack has no fixed lattice; other fields have none")
    func noLattice() throws {
        let document = try whatIfDocument(Self.yaml)
        let stock = try ScenarioFieldPath(parsing: "products[widget].initial_stock")
        let pack = try ScenarioFieldPath(parsing: "products[widget].supply.case_pack")
        let both = try WhatIfStudy(axes: [SweepAxis(path: stock, values: [240, 480]), SweepAxis(path: pack, values: [12, 24])],
                                   strategy: "launch-only").setUp(document)
        #expect(both.axes.allSatisfy { $0.orderable == nil })
        let price = try WhatIfStudy(axes: [SweepAxis(path: try ScenarioFieldPath(parsing: "products[widget].price"), values: [18, 20])],
                                    strategy: "launch-only").setUp(document)
        #expect(price.axes[0].orderable == nil)
    }
}
