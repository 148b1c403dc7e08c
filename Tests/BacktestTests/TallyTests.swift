import Testing
@testable import Backtest
import Market

/// A tally's money is a ``Ledger``: one profit formula for a period and for any sum of them.
@Suite("Tally")
struct TallyTests {
    @Test("a tally's money is its periods' ledgers summed item by item, and its profit the ledger's")
    func tallyOnLedger() {
        var first = Ledger()
        (first.revenue, first.costOfGoods, first.holding, first.ordering) = (100, 40, 3, 25)
        var second = Ledger()
        (second.revenue, second.shortagePenalty, second.salvage, second.writeOff) = (50, 4, 6, 24)
        var tally = Tally()
        for (period, money) in [first, second].enumerated() {
            var record = PeriodRecord(DemandObservation(product: 0, period: period, expected: 1, demand: 1, phase: .growth,
                                                        price: 10), onHandStart: 0, forecast: nil)
            record.money = money
            tally.add(record, unitCost: 4)
        }
        var sum = first
        sum.add(second)
        #expect(tally.money == sum)
        #expect(tally.revenue == 150 && tally.writeOff == 24)
        #expect(tally.profit == sum.profit && sum.profit == 150 + 6 - 40 - 24 - 3 - 25 - 4)
        var total = Tally()
        total.add(tally)
        total.add(tally)
        #expect(total.profit == 2 * tally.profit)
    }
}
