import Foundation
import Testing
@testable import Forecasting

@Suite("Forecaster state is Codable")
struct CodingTests {
    private func roundTrip<F: Forecaster & Codable & Equatable>(_ forecaster: F) throws {
        let values = (0..<75).map { Double(($0 * 37) % 11) }
        let trained = fed(forecaster, values)
        let decoded = try JSONDecoder().decode(F.self, from: JSONEncoder().encode(trained))
        #expect(decoded == trained)
        // The decoded copy carries on exactly as the original.
        let more = observations([4, 0, 9])
        var a = trained
        var b = decoded
        a.observe(contentsOf: more)
        b.observe(contentsOf: more)
        #expect(a.forecast(horizon: 8) == b.forecast(horizon: 8))
    }

    @Test("round trips keep the whole state")
    func roundTrips() throws {
        try roundTrip(NaiveForecaster())
        try roundTrip(SeasonalNaiveForecaster(season: 7, censoring: .skipStockouts))
        try roundTrip(MovingAverageForecaster(window: 5, censoring: .useSales))
        try roundTrip(ModelForecaster.ses())
        try roundTrip(ModelForecaster.ses(alpha: 0.4))
    }

    @Test("a ring buffer that would index outside its storage is refused")
    func corruptState() throws {
        let json = #"{"storage":[1,2,3],"count":2,"next":5}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RingBuffer<Double>.self, from: Data(json.utf8))
        }
    }
}
