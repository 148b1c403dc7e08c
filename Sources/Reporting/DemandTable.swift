import Foundation
import Market

/// The market's ground truth as a long-format table, one row per product-period, in the column
/// names of the Python forecasting ecosystem (`unique_id`, `ds`, `y`), so the file loads straight
/// into pandas or statsforecast.
///
/// Columns: `unique_id` (product id), `ds` (first day of the period, ISO date), `y` (realised
/// demand, units), `expected` (expected demand, units, 6 decimals), `phase`, `price` (mean
/// price paid, 2 decimals), `promotion` (name of a running promotion, empty if none), `shock`
/// (kind of a shock in force, empty if none). Rows are product-major, periods ascending.
public enum DemandTable {
    public static let header = ["unique_id", "ds", "y", "expected", "phase", "price", "promotion", "shock"]

    /// Renders `observations` of `model` as CSV (RFC 4180 quoting, "\n" line ends).
    public static func csv(_ observations: [DemandObservation], model: MarketModel) -> Data {
        var text = CSVText.line(header)
        text.reserveCapacity(observations.count * 64)
        for observation in observations {
            CSVText.append(row(observation, model: model), to: &text)
        }
        return Data(text.utf8)
    }

    static func row(_ observation: DemandObservation, model: MarketModel) -> [String] {
        [
            model.products[observation.product].id,
            model.calendar.firstDay(of: observation.period).description,
            String(observation.demand),
            NumberText.format(observation.expected, places: 6),
            observation.phase.rawValue,
            NumberText.format(observation.price, places: 2),
            observation.promotion.map { model.promotions[$0].name } ?? "",
            observation.shock.map { model.shocks[$0].kindLabel } ?? "",
        ]
    }
}

/// Locale-independent fixed-precision formatting that drops trailing zeros ("3.5", not "3.500000").
///
/// Integer arithmetic on the value scaled by 10^places, rounded half away from zero: the
/// `String(format:)` route goes through ICU at tens of microseconds a number, which dominated
/// writing million-row files.
enum NumberText {
    static func format(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let places = min(max(places, 0), 9)
        var scale = 1.0
        var divisor: UInt64 = 1
        for _ in 0..<places {
            scale *= 10
            divisor *= 10
        }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 the scaled value is no longer an exact integer; such numbers are far outside
        // any count or amount Sellthrough writes, so they get the shortest round-trip text.
        guard scaled < 9.0e15 else { return value.description }
        let units = UInt64(scaled)
        let whole = units / divisor
        var fraction = units % divisor
        var digits = places
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var text = (value < 0 && units > 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }
}
