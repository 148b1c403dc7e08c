import Evaluation
import Forecasting
import Foundation
import Scenario

/// Turns an ``EvaluationDefinition`` (from the command line or a baseline) into a
/// ``PreparedEvaluation``, checking everything before anything runs.
public enum EvaluationSetup {
    /// - Parameter plan: the windows, when not the definition's trailing ones (explicit origins).
    public static func prepare(_ definition: EvaluationDefinition, plan: WindowPlan? = nil) throws(EvaluationSetupError) -> PreparedEvaluation {
        if let problem = definition.problems.first { throw .definition([problem.message]) }
        let choices = try self.choices(definition.forecasters ?? [])
        let evaluation = RollingOriginEvaluation(plan: plan ?? definition.plan, questions: definition.questions, choices: choices)
        do {
            if let path = definition.scenario {
                return try simulated(definition, path: path, evaluation: evaluation)
            }
            let path = definition.history ?? ""
            let history = try HistoryImport.read(path: path, options: definition.historyOptions)
            let profiles = try definition.products.map { file throws(InputFileError) in try ProductCatalogueImport.read(path: file) }
            let season = definition.season ?? history.calendar.frequency.defaultSeason
            return PreparedEvaluation(
                definition: definition, title: "history \(URL(fileURLWithPath: path).lastPathComponent)",
                calendar: history.calendar, series: history.evaluationSeries(season: season, products: profiles),
                evaluation: evaluation, season: season, filledGaps: history.filled)
        } catch let error as EvaluationSetupError {
            throw error
        } catch {
            throw .input(error)
        }
    }

    /// The evaluation of the market of the scenario at `path`.
    private static func simulated(_ definition: EvaluationDefinition, path: String,
                                  evaluation: RollingOriginEvaluation) throws -> PreparedEvaluation {
        let spec = try ScenarioSpec.load(contentsOf: path)
        let seeds = definition.seeds ?? [spec.seed]
        let replications = definition.replications ?? 1
        try checkSimulatedSize(spec, seeds: seeds.count, replications: replications)
        let calendar = try spec.evaluationCalendar()
        let season = definition.season ?? spec.seasonLength
        let series = try spec.evaluationSeries(seeds: seeds, replications: replications, season: season)
        let runs = seeds.map(String.init).joined(separator: ",")
        return PreparedEvaluation(
            definition: definition,
            title: "scenario \(spec.name) (seed \(runs), \(replications) replication\(replications == 1 ? "" : "s"))",
            calendar: calendar, series: series, evaluation: evaluation, season: season)
    }

    /// Refuses a scenario evaluation that would simulate more than
    /// ``EvaluationLimits/simulatedProductPeriods`` product-periods.
    static func checkSimulatedSize(_ spec: ScenarioSpec, seeds: Int, replications: Int) throws(EvaluationSetupError) {
        let perRun = spec.catalogue.count.multipliedReportingOverflow(by: spec.calendar.periods)
        let runs = seeds * replications
        let total = perRun.partialValue.multipliedReportingOverflow(by: runs)
        guard perRun.overflow || total.overflow || total.partialValue > EvaluationLimits.simulatedProductPeriods else { return }
        let size = total.overflow || perRun.overflow ? "more than 2⁶³" : EvaluationLimits.grouped(total.partialValue)
        throw .definition([
            "\(spec.name): \(spec.catalogue.count) products × \(spec.calendar.periods) periods × \(seeds) seed(s) × "
                + "\(replications) replication(s) is \(size) product-periods to simulate; at most "
                + "\(EvaluationLimits.grouped(EvaluationLimits.simulatedProductPeriods)): give fewer seeds or replications",
        ])
    }

    /// The forecaster choices, checked: known entries, valid settings, distinct labels.
    public static func choices(_ texts: [String]) throws(EvaluationSetupError) -> [ForecasterChoice] {
        var choices: [ForecasterChoice] = []
        var problems: [String] = []
        for text in texts {
            do {
                let choice = try ForecasterChoice(text: text)
                problems += choice.problems.map(\.suggestingDescription)
                choices.append(choice)
            } catch {
                problems.append(error.suggestingDescription)
            }
        }
        var seen = Set<String>()
        for label in choices.map(\.label) where !seen.insert(label).inserted {
            problems.append("forecaster '\(label)' is named twice; give each forecaster once (or name ensembles differently)")
        }
        guard problems.isEmpty else { throw .definition(problems) }
        return choices
    }
}
