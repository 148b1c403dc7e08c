import CSV
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
    public static func csv(_ observations: [DemandObservation], model: MarketModel) throws(OutputError) -> Data {
        do {
            let writer = try CSVWriter(stream: .toMemory())
            try writer.write(row: header)
            for observation in observations {
                try writer.write(row: row(observation, model: model))
            }
            writer.stream.close()
            guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
                throw OutputError(path: "demand.csv", reason: "the CSV writer returned no data")
            }
            return data
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: "demand.csv", reason: "\(error)")
        }
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
enum NumberText {
    static func format(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var text = String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
