@testable import Backtest
import Testing

@Suite("work units, made on demand")
struct WorkUnitsTests {
    @Test("the units are those of the plain enumeration: replication-major, 16 products each, the last closing the replication",
          arguments: [0, 1, 15, 16, 17, 40])
    func sameAsEnumeration(products: Int) {
        let replications = 3..<7
        let units = WorkUnits(products: products, replications: replications)
        var expected: [(replication: Int, products: Range<Int>, closes: Bool)] = []
        for replication in replications {
            for start in stride(from: 0, to: max(products, 1), by: Backtester.productsPerUnit) {
                let end = min(start + Backtester.productsPerUnit, products)
                expected.append((replication, start..<end, end >= products))
            }
        }
        #expect(units.count == expected.count)
        for (sequence, (unit, wanted)) in zip(units, expected).enumerated() {
            #expect(unit.sequence == sequence)
            #expect(unit.replication == wanted.replication && unit.products == wanted.products
                    && unit.closesReplication == wanted.closes, "unit \(sequence)")
        }
    }

    @Test("a million replications cost nothing up front: the collection holds three numbers")
    func lazy() {
        let units = WorkUnits(products: 10_000, replications: 0..<1_000_000)
        #expect(units.count == 1_000_000 * 625)
        #expect(units[units.count - 1].replication == 999_999)
        #expect(MemoryLayout<WorkUnits>.size <= 4 * MemoryLayout<Int>.size)
    }
}
