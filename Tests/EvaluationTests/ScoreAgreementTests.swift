import Testing
@testable import Evaluation

/// The scoring agrees with `/work/shared/eval/score_cv.py`, the script both this tool's and
/// statsforecast's frames are compared with.
@Suite("agreement with score_cv.py")
struct ScoreAgreementTests {
    /// score_cv.py on the excerpt and `cv_statsforecast.csv` (statsforecast's cross_validation
    /// frame of the excerpt from `peer_statsforecast.py weekly_demand.csv 8 4 52`), printed with
    /// 17 significant digits: model → (MASE, RMSSE, WAPE, bias, MAE).
    static let expected: [(String, [Double])] = [
        ("Naive", [1.1549807399019159, 0.96993755288855932, 0.85941415105595986, -0.10261305333492424, 225.0859375]),
        ("SESOpt", [1.1096989383385814, 0.86213155971462563, 0.66073628960288278, -0.14317520185947247, 173.05096384880503]),
        ("AutoETS", [1.0944173007221301, 0.85762117801341264, 0.62367976447279105, -0.11505269811145265, 163.34562831395192]),
        ("CrostonClassic", [1.7472402383971533, 1.1005183899558293, 0.62014499057391714, -0.14853851582150102, 162.41984893749998]),
        ("CrostonOptimized", [1.8502366669075994, 1.1235912612773009, 0.64277777846319062, -0.14466609068130298, 168.34751754062501]),
        ("CrostonSBA", [1.7020787629043199, 1.0887790828087276, 0.61260960677723431, -0.1911116046891779, 160.44628482500002]),
        ("TSB", [1.0822080729904475, 0.86652856334426986, 0.58596823962772937, -0.18245139490633577, 153.46874425999999]),
        ("ADIDA", [1.1172522664701012, 0.86786714503614015, 0.60801635816907296, -0.17639159598914209, 159.24328430671878]),
        ("IMAPA", [1.0947604094433843, 0.85643759899926297, 0.60681372237620801, -0.17710807279620563, 158.92830647609372]),
    ]

    /// SeasonalNaive has 3 missing forecasts, which both tools count as forecasting 0 for the
    /// absolute metrics (score_cv gives their bias the wrong sign, so bias is not compared).
    static let seasonalNaive = [1.7533757029641737, 1.3660560556747336, 0.69508411884023391, 182.046875]

    @Test("MASE, RMSSE, WAPE, bias and MAE agree to 1e-9 on statsforecast's frame of the excerpt")
    func agrees() throws {
        let history = try HistoryImport.read(path: TestFiles.fixture("weekly_demand.csv"))
        let outcome = try CrossValidationFrame.read(path: TestFiles.fixture("cv_statsforecast.csv"), history: history)
        let report = AccuracyReport(outcome: outcome)
        for (model, values) in Self.expected {
            let metrics: [AccuracyMetric] = [.mase, .rmsse, .wape, .bias, .mae]
            for (metric, value) in zip(metrics, values) {
                let ours = try #require(report.value(metric, forecaster: model), "\(model) \(metric)")
                #expect(abs(ours - value) <= 1e-9 * max(1, abs(value)), "\(model) \(metric): \(ours) vs \(value)")
            }
        }
        let metrics: [AccuracyMetric] = [.mase, .rmsse, .wape, .mae]
        for (metric, value) in zip(metrics, Self.seasonalNaive) {
            let ours = try #require(report.value(metric, forecaster: "SeasonalNaive"))
            #expect(abs(ours - value) <= 1e-9 * max(1, abs(value)), "SeasonalNaive \(metric)")
        }
        #expect(report.failures.filter { $0.forecaster == "SeasonalNaive" }.map(\.windows).reduce(0, +) == 2)
    }
}
