import Evaluation
import Reporting
import WhatIf

/// What was asked of a workflow that its input cannot honour: each case holds the facts (the
/// name as given, what exists instead), not a sentence naming the option that asked, which is
/// the caller's to word.
public enum RequestProblem: Error, Sendable {
    /// The strategy the others are compared with means none of the run's `strategies`.
    case unknownBaseline(String, strategies: [String])
    /// The strategy a benchmark should run means none of the scenario's `strategies`.
    case unknownStrategy(String, strategies: [String])
    /// The replication the report should follow is outside `0..<replications`.
    case shownReplicationOutside(Int, replications: Int)
    /// An option of run folders was given for a folder of another kind (`kind`: "an evaluate",
    /// "a whatif").
    case runFolderOnly(RunFolderOption, folder: String, kind: String)
    /// The strategies to follow cannot be followed (unknown, repeated, too many).
    case follow(FollowError, strategies: [String])
    /// A series to draw in the evaluation's report cannot be.
    case shownSeries(ShownSeriesProblem)
    /// The reference forecaster of the paired differences is none of `forecasters`.
    case unknownReference(String, suggestion: String?, forecasters: [String])
    /// The evaluation's definition asks what cannot be done.
    case evaluation(EvaluationSetupError)
    /// A what-if study asks what the scenario cannot honour (a varied field, the strategy, a
    /// constraint…); ``WhatIfError/subject`` names the part of the study concerned.
    case whatIf(WhatIfError)
    /// A what-if sweep would hold `replications` × `points` replications' figures in memory,
    /// more than `maximum`; `fromScenario`: the replications are the scenario's, not asked for.
    case sweepTooLarge(replications: Int, points: Int, maximum: Int, fromScenario: Bool)
}

/// The choices a report makes only for run folders.
public enum RunFolderOption: Sendable, Hashable {
    /// The strategies followed product by product.
    case followed
    /// The replication the product charts follow.
    case replication
}

/// Why a series named to be drawn in an evaluation's report cannot be.
public enum ShownSeriesProblem: Sendable, Hashable {
    /// An id is empty.
    case emptyID
    /// No series has this id; `suggestion` is a close one; the source has `seriesCount`.
    case unknown(String, suggestion: String?, seriesCount: Int)
    /// The id is named twice.
    case repeated(String)
    /// The series is too short (`periods`; `sold`: whether it ever sold) to get a window.
    case noWindow(String, periods: Int, sold: Bool)
    /// More series than the page draws.
    case tooMany(Int, maximum: Int)
}
