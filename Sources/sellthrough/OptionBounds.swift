import ArgumentParser
import Foundation
import Evaluation

/// The bounds of the command line's numbers. Each option's help states its bound and each
/// command's `validate()` checks it (exit 64), so a number the engine cannot honour — in
/// memory, time or integer arithmetic — is refused before anything runs. The bounds are
/// generous for real use; those of `evaluate` are ``EvaluationLimits``, shared with baseline
/// files.
enum OptionBounds {
    /// `run --replications`. Memory does not grow with replications (statistics are folded in
    /// as they come); the bound keeps the run's arithmetic and its time sane (quickstart: about
    /// 7 ms a replication on one core, so two hours).
    static let replications = 1...1_000_000
    /// `simulate --replication`: which replication's streams, 0-based, as `run` numbers them.
    static let replication = 0...(replications.upperBound - 1)
    /// `simulate --replications`: each replication is a pair of files in the output folder.
    static let simulateReplications = 1...10_000
    /// `run --shard i/N`: N.
    static let shards = 1...replications.upperBound
    /// `--threads` of every command.
    static let threads = 1...1_024
    /// `bench --products`: about 6 KB of simulator state each (measured: 270 MB for 40,000),
    /// so 0.65 GB at the bound.
    static let benchProducts = 1...100_000
    /// `bench --periods` (ten years of days).
    static let benchPeriods = 1...3_650
    /// `bench --repeat`.
    static let benchRepeat = 1...100
    /// `bench --replications`.
    static let benchReplications = 1...10_000

    /// `calibrate --replications`: each keeps seven statistics per product (about 60 bytes), so
    /// 2,000 products × 1,000 replications hold about 120 MB.
    static let calibrateReplications = 1...1_000
    /// `calibrate --horizon`: periods after the history (ten years of days).
    static let calibrateHorizon = 0...3_650

    /// "1…1,000,000".
    static func text(_ bounds: ClosedRange<Int>) -> String {
        EvaluationLimits.text(bounds)
    }

    /// Refuses `value` of `option` outside `bounds`.
    static func check(_ value: Int?, _ option: String, _ bounds: ClosedRange<Int>) throws(ValidationError) {
        guard let value, !bounds.contains(value) else { return }
        throw ValidationError("\(option) must be \(text(bounds)), not \(EvaluationLimits.grouped(value))")
    }
}

/// Reads the command line's whole numbers, so that what ArgumentParser would only call
/// "invalid" (`1e9`, `2.5`, a number past 2⁶³) says what to write instead; the options' bounds
/// are checked afterwards, in `validate()`.
enum WholeNumber {
    /// A whole number written in digits.
    static func parse(_ text: String) throws -> Int {
        if let value = Int(text) { return value }
        throw ValidationError(problem(text, largest: String(Int.max)))
    }

    /// A seed: a whole number 0…2⁶⁴−1 written in digits.
    static func seed(_ text: String) throws -> UInt64 {
        if let value = UInt64(text) { return value }
        if let negative = Int(text), negative < 0 { throw ValidationError("a seed is 0 or more") }
        throw ValidationError(problem(text, largest: String(UInt64.max)))
    }

    private static func problem(_ text: String, largest: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Double(trimmed), number.isFinite, number == number.rounded() {
            let digits = abs(number) < 1e18 ? " (\(Int(number)))" : ""
            return "write a whole number in digits\(digits), not in exponent or decimal form"
        }
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }) {
            return "too large: at most \(largest)"
        }
        return "not a whole number"
    }
}
