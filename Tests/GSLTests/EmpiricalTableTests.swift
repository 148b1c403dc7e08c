import Testing
@testable import GSL

/// The empirical table's probabilities and quantiles, computed once for all K instead of asking
/// GSL index by index (its pdf scans the whole table, so a quantile cost K²).
@Suite("Empirical table")
struct EmpiricalTableTests {
    /// Weights and values drawn from GSL stream `seed`: repeated values, zero weights, spread.
    static func table(size: Int, seed: UInt) throws -> (values: [Double], table: EmpiricalTable) {
        let stream = try RandomStream(seed: seed)
        let values = (0..<size).map { _ in (stream.uniformPositive() * 40).rounded(.down) / 2 }
        let weights = (0..<size).map { _ -> Double in
            let u = stream.uniformPositive()
            return u < 0.1 ? 0 : u * u * 7
        }
        return (values, try EmpiricalTable(values: values, weights: weights))
    }

    @Test("every probability is bit for bit GSL's gsl_ran_discrete_pdf (seeds 1…4)", arguments: [UInt(1), 2, 3, 4])
    func probabilitiesAreGSLs(seed: UInt) throws {
        let (values, table) = try Self.table(size: [1, 2, 50, 700][Int(seed - 1)], seed: seed)
        for k in values.indices {
            #expect(table.probability(ofIndex: k).bitPattern == table.gslProbability(ofIndex: k).bitPattern,
                    "seed \(seed), index \(k) of \(values.count)")
        }
        #expect(table.probability(ofIndex: -1) == 0 && table.probability(ofIndex: values.count) == 0)
    }

    @Test("quantiles equal the walk over GSL's probabilities in value order that they replace (seed 5)")
    func quantilesAsBefore() throws {
        let (values, table) = try Self.table(size: 400, seed: 5)
        let order = values.indices.sorted { values[$0] < values[$1] }
        func walked(_ u: Double) -> Double {
            var cumulative = 0.0
            for index in order {
                cumulative += table.gslProbability(ofIndex: index)
                if cumulative >= u { return values[index] }
            }
            return order.last.map { values[$0] } ?? 0
        }
        let stream = try RandomStream(seed: 5)
        let grid = stride(from: 0.0005, to: 1, by: 0.0005).map { $0 } + (0..<2000).map { _ in stream.uniformPositive() }
            + [1e-300, 1 - 1e-16, 0.999999999]
        for u in grid {
            #expect(table.quantile(u) == walked(u), "u = \(u)")
        }
    }
}
