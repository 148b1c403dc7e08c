import Foundation
import Testing
@testable import Inventory

/// Policies are Codable so runs can record them; decoding applies the same checks as the
/// initialisers, so an invalid policy cannot come back from a file either.
@Suite("Coding policies")
struct CodingTests {
    func roundTrip<P: Codable & Equatable>(_ value: P) throws -> P {
        try JSONDecoder().decode(P.self, from: JSONEncoder().encode(value))
    }

    @Test("every policy survives a JSON round trip")
    func roundTrips() throws {
        #expect(try roundTrip(BaseStockPolicy(level: 40)) == BaseStockPolicy(level: 40))
        let ss = try SSPolicy(reorderPoint: -2, orderUpTo: 9, reviewPeriod: 3)
        #expect(try roundTrip(ss) == ss)
        let sQ = try ReorderQuantityPolicy(reorderPoint: 3, quantity: 12, reviewPeriod: 2)
        #expect(try roundTrip(sQ) == sQ)
        let rS = try PeriodicOrderUpToPolicy(reviewPeriod: 7, level: 70)
        #expect(try roundTrip(rS) == rS)
        #expect(try roundTrip(MinMaxPolicy(minimum: 1, maximum: 9)) == MinMaxPolicy(minimum: 1, maximum: 9))
        #expect(try roundTrip(NewsvendorPolicy(criticalRatio: 0.7, seasonPeriods: 12, buyPeriod: 1))
            == NewsvendorPolicy(criticalRatio: 0.7, seasonPeriods: 12, buyPeriod: 1))
        #expect(try roundTrip(ForecastOrderUpToPolicy(reviewPeriod: 2, target: .fillRate(0.98)))
            == ForecastOrderUpToPolicy(reviewPeriod: 2, target: .fillRate(0.98)))
        #expect(try roundTrip(QuantilePolicy(quantile: 0.9)) == QuantilePolicy(quantile: 0.9))
        #expect(try roundTrip(PerfectForesightPolicy()) == PerfectForesightPolicy())
        let runDown = try EndOfLifeRunDown(base: QuantilePolicy(quantile: 0.9), stopPeriods: 1,
                                           clearance: ClearanceMarkdown(periodsBefore: 3, priceFactor: 0.5))
        #expect(try roundTrip(runDown) == runDown)
    }

    @Test("defaults fill in missing fields; a service target reads as a one-key object")
    func defaults() throws {
        let json = Data(#"{"target": {"cycleServiceLevel": 0.95}}"#.utf8)
        let policy = try JSONDecoder().decode(ForecastOrderUpToPolicy.self, from: json)
        #expect(policy == (try ForecastOrderUpToPolicy(reviewPeriod: 1, target: .cycleServiceLevel(0.95))))
        let ss = try JSONDecoder().decode(SSPolicy.self, from: Data(#"{"reorderPoint": 3, "orderUpTo": 8}"#.utf8))
        #expect(ss.reviewPeriod == 1)
    }

    @Test("decoding refuses what the initialisers refuse, naming the parameter")
    func refusals() {
        let bad = [
            (SSPolicy.self as any Decodable.Type, #"{"reorderPoint": 8, "orderUpTo": 3}"#, "orderUpTo"),
            (ForecastOrderUpToPolicy.self, #"{"target": {"fillRate": 1.5}}"#, "fillRate"),
            (ForecastOrderUpToPolicy.self, #"{"target": {"fillRate": 0.9, "cycleServiceLevel": 0.9}}"#, "exactly one"),
            (EndOfLifeRunDown<BaseStockPolicy>.self, #"{"base": {"level": -4}}"#, "level"),
            (NewsvendorPolicy.self, #"{"criticalRatio": 1}"#, "criticalRatio"),
        ]
        for (type, json, mention) in bad {
            do {
                _ = try JSONDecoder().decode(type, from: Data(json.utf8))
                Issue.record("\(json) was accepted")
            } catch let DecodingError.dataCorrupted(context) {
                #expect(context.debugDescription.contains(mention), "\(context.debugDescription)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
