import Foundation
import Testing
import Workflows

/// Monthly and quarterly scenarios end to end: dates on month and quarter starts, yearly
/// seasonality by month, lead times in days converted with the mean period length, holding
/// rates charged per month and quarter as documented (docs/scenario-format.md, `calendar`).
@Suite("monthly and quarterly calendars end to end")
struct MonthlyCalendarWorkflowTests {
    static let monthly = Fixtures.path("Scenarios/monthly-hardware.yaml")

    /// A quarterly scenario: 12 quarters from 2026, one product with a yearly profile, a 45-day
    /// lead time (0.49 of a mean quarter: the order arrives the next quarter) and a holding rate.
    static let quarterly = """
    name: quarterly-widgets
    seed: 3
    replications: 2
    calendar: {start: 2026-01-01, periods: 12, period: quarter}
    products:
      - id: widget
        price: 20
        unit_cost: 10
        holding_rate: 0.2
        lifecycle: {phases: [{phase: maturity, level: 900}]}
        seasonality:
          yearly: [0.5, 0.5, 0.5, 1, 1, 1, 1, 1, 1, 2, 2, 2]
        supply: {lead_time: 45, order_cost: 50}
        initial_stock: 1000
    strategies:
      forecasters: [naive]
      policies: [{name: quarterly-95, forecast_order_up_to: {review: 1, service_level: 0.95}}]
    """

    /// The rows of a CSV file as dictionaries by column name.
    static func rows(_ folder: URL, _ name: String) throws -> [[String: String]] {
        let lines = try Fixtures.read(folder, name).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("a monthly scenario simulates on month starts, with its December peak and a promotion split by each month's days")
    func simulateMonthly() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await SimulateWorkflow.run(SimulateWorkflow.Options(
            scenarioFile: Self.monthly, seed: nil, replication: 0, replications: 1,
            folder: folder.appendingPathComponent("sim").path, provenance: Fixtures.provenance))
        let out = folder.appendingPathComponent("sim")
        let demand = try Self.rows(out, "demand.csv").filter { $0["unique_id"] == "heater-2kw" }
        // statsforecast's freq="MS": the first day of each of the 36 months, in order.
        let months = (0..<36).map { index in
            String(format: "%04d-%02d-01", 2025 + index / 12, index % 12 + 1)
        }
        #expect(demand.map { $0["ds"] ?? "" } == months)
        let truth = try Self.rows(out, "truth.csv")
        let heater = truth.filter { $0["unique_id"] == "heater-2kw" }.compactMap { Double($0["expected"] ?? "") }
        // 400 a month × the month's yearly factor: December (2.6) is the peak, every year.
        #expect(heater.count == 36)
        #expect(heater.max() == 1040)
        #expect(heater.enumerated().filter { $0.element == 1040 }.map(\.offset) == [11, 23, 35])
        #expect(heater[6] == 120)   // July: 0.3
        // The hose offer runs 2026-05-20 for 20 days: 12 of May's 31 days, 8 of June's 30.
        let hose = truth.filter { $0["unique_id"] == "garden-hose-25m" }
        let may = try #require(hose.first { $0["ds"] == "2026-05-01" })
        let june = try #require(hose.first { $0["ds"] == "2026-06-01" })
        let mayPrice: Double = 29 * (1 - 0.15 * 12 / 31), junePrice: Double = 29 * (1 - 0.15 * 8 / 30)
        #expect(abs((Double(may["price"] ?? "") ?? 0) - mayPrice) < 0.005)
        #expect(abs((Double(june["price"] ?? "") ?? 0) - junePrice) < 0.005)
        #expect(may["promotion"] == "spring-hose-offer" && june["promotion"] == "spring-hose-offer")
    }

    @Test("a monthly run: a 45-day lead time arrives a month later, holding costs a twelfth of the yearly rate")
    func runMonthly() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Run.backtest(Self.monthly, into: folder, "run") {
            $0.replications = 2
            $0.writesTrace = true
        }
        #expect(result.periods == 36 && result.periodLength == "month")
        let trace = try Self.rows(folder.appendingPathComponent("run"), "trace.csv")
        let heaterOrders = trace.filter { $0["unique_id"] == "heater-2kw" && ($0["ordered"].flatMap(Int.init) ?? 0) > 0 }
        #expect(!heaterOrders.isEmpty)
        // 45 days / 30.4375 = 1.48 months, rounded to 1: due at the start of the month after next.
        #expect(heaterOrders.allSatisfy { $0["lead_time"] == "1" })
        // 0.24 a year × 22 / 12 = 0.44 a unit a month, on the stock at the month's end.
        let rates = ["heater-2kw": 0.24 * 22 / 12, "screws-500": 0.18 * 3.10 / 12]
        var checked = 0
        for row in trace {
            guard let rate = rates[row["unique_id"] ?? ""], let stock = row["on_hand_end"].flatMap(Double.init),
                  let holding = row["holding"].flatMap(Double.init), stock > 0 else { continue }
            #expect(abs(holding - stock * rate) <= 1e-6 * max(1, holding), "\(row)")
            checked += 1
        }
        #expect(checked > 100)
        let report = try Fixtures.read(folder.appendingPathComponent("run"), "report.html")
        #expect(report.contains("36 months, Jan 2025 to Dec 2027"))
    }

    @Test("a quarterly scenario runs on quarter starts, its orders arrive the next quarter, holding a quarter of the rate")
    func runQuarterly() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write(Self.quarterly, to: folder, as: "quarterly.yaml")
        _ = try await Run.backtest(file, into: folder, "run") { $0.writesTrace = true }
        let trace = try Self.rows(folder.appendingPathComponent("run"), "trace.csv")
        let replication0 = trace.filter { $0["replication"] == "0" }
        let quarters = (0..<12).map { String(format: "%04d-%02d-01", 2026 + $0 / 4, ($0 % 4) * 3 + 1) }
        #expect(replication0.map { $0["ds"] ?? "" } == quarters)
        // 900 × the quarter's months' mean factor: Q1 0.5, Q2 and Q3 1, Q4 2 (each month weighted by its days).
        let expected = replication0.compactMap { $0["expected"].flatMap(Double.init) }
        #expect(abs(expected[0] - 450) < 1e-9 && abs(expected[1] - 900) < 1e-9 && abs(expected[3] - 1800) < 1e-9)
        let orders = trace.filter { ($0["ordered"].flatMap(Int.init) ?? 0) > 0 }
        #expect(!orders.isEmpty && orders.allSatisfy { $0["lead_time"] == "0" })
        for row in trace {
            guard let stock = row["on_hand_end"].flatMap(Double.init), let holding = row["holding"].flatMap(Double.init) else { continue }
            #expect(abs(holding - stock * 0.2 * 10 / 4) <= 1e-6 * max(1, holding), "\(row)")
        }
    }
}
