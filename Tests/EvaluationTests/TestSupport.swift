import Foundation
@testable import Evaluation
import Forecasting

/// Files and folders the evaluation tests use.
enum TestFiles {
    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Online Retail II excerpt (UCI, Daqing Chen 2019, CC BY 4.0; see its README).
    static func fixture(_ name: String) -> String {
        repository.appendingPathComponent("Tests/Fixtures/online-retail-ii/\(name)").path
    }

    /// Writes `text` to a new file in a fresh temporary folder and returns its path.
    static func write(_ text: String, name: String = "history.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evaluation-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// The problems thrown by `body`, or nil when it does not throw an ``InputFileError``.
func inputProblems<T>(_ body: () throws -> T) -> InputFileError? {
    do {
        _ = try body()
        return nil
    } catch let error as InputFileError {
        return error
    } catch {
        return nil
    }
}

/// A series with a bare context (season 7).
func series(_ id: String, _ sales: [Double], prices: [Double]? = nil, truth: [Double]? = nil,
            phases: [String]? = nil) -> EvaluationSeries {
    EvaluationSeries(id: id, firstPeriod: 0, sales: sales, truth: truth, phases: phases, prices: prices,
                     context: ForecastingContext(season: 7))
}
