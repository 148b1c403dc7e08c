import Calibration
import Evaluation

/// `fits.csv` of a `calibrate` folder: one row per product with every fitted parameter, for a
/// spreadsheet or pandas. Empty cells where a part does not apply (Bass fields of a phases
/// lifecycle); phases are written `name:periods:from:to` separated by `;` (periods empty for
/// an open-ended last phase). Numbers are plain decimals.
public enum CalibrationFitsCSV {
    public static let fileName = "fits.csv"

    static let header = ["unique_id", "group", "launch", "end_of_life", "lifecycle", "market_size", "innovation", "imitation",
                         "phases", "noise", "dispersion", "zero_probability", "elasticity", "list_price", "promotion_lift",
                         "yearly", "weekly", "criterion", "notes"]

    /// The file's text.
    public static func text(_ fits: [ProductCalibration], calendar: SeriesCalendar) -> String {
        var text = CSVText.line(header)
        for fit in fits {
            CSVText.append(row(fit, calendar: calendar), to: &text)
        }
        return text
    }

    static func row(_ fit: ProductCalibration, calendar: SeriesCalendar) -> [String] {
        let number = { (value: Double?) in value.map { NumberText.format($0, places: 6) } ?? "" }
        var bass: [Double?] = [nil, nil, nil]
        var phases = ""
        switch fit.lifecycle {
        case let .bass(m, p, q): bass = [m, p, q]
        case let .phases(list):
            phases = list.map { "\($0.name):\($0.periods.map(String.init) ?? ""):\(number($0.from)):\(number($0.to))" }.joined(separator: ";")
        }
        let (noise, dispersion, zero): (String, Double?, Double?) = switch fit.noise {
        case .poisson: ("poisson", nil, nil)
        case let .negativeBinomial(k): ("negative_binomial", k, nil)
        case let .zeroInflated(pi, k): ("zero_inflated", k, pi)
        }
        let list = { (values: [Double]?) in values.map { $0.map { NumberText.format($0, places: 4) }.joined(separator: " ") } ?? "" }
        return [fit.id, fit.group, calendar.date(of: fit.launchPeriod), fit.endOfLifePeriod.map(calendar.date(of:)) ?? "",
                phases.isEmpty ? "bass" : "phases"] + bass.map(number)
            + [phases, noise, number(dispersion), number(zero), number(fit.elasticity), number(fit.listPrice), number(fit.promotionLift),
               list(fit.yearly), list(fit.weekly), fit.criterion, fit.notes.joined(separator: "; ")]
    }
}
