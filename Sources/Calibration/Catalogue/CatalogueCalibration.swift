import Evaluation

/// Fits every product of a catalogue. INTERIM: a level-only fit (one maturity phase at the
/// product's mean demand, Poisson) so the workflow runs end to end while the real fitting
/// (lifecycle, seasonality, noise, response, shrinkage) is built; replaced in this session.
public enum CatalogueCalibration {
    public static func fit(_ catalogue: [CalibrationSeries], calendar: SeriesCalendar) -> [ProductCalibration] {
        catalogue.map { series in
            let first = series.demand.firstIndex { $0 > 0 } ?? 0
            let live = series.demand.dropFirst(first)
            let mean = live.isEmpty ? 0 : live.reduce(0, +) / Double(live.count)
            return ProductCalibration(id: series.id, group: series.group ?? "catalogue", launchPeriod: first, endOfLifePeriod: nil,
                                      lifecycle: .phases([CalibratedPhase(name: "maturity", periods: nil, from: mean, to: mean)]))
        }
    }
}
