import Foundation
import Yams

extension FieldResolver {
    /// A number the scenario format accepts as shorthand but the resolved scenario writes in
    /// another form: a phase's `level` (written out as `from` and `to`), a lognormal's `median`,
    /// `mean` and `sd` (written as `mu` and `sigma`), a gamma's `mean` and `sd` (as `shape` and
    /// `scale`). A path may name one wherever the file does not write it: it is read from, and
    /// set through, the fields that are written. This keeps a path valid in the resolved
    /// scenario when it was valid in the file, so the uncertainty section round-trips.
    enum Alias: String, Hashable, Sendable {
        case phaseLevel
        case lognormalMedian, lognormalMean, lognormalSD
        case gammaMean, gammaSD

        /// The alias `name` stands for in a mapping reached through `family` (the key before it),
        /// given the fields `present` there; nil when it is none.
        static func named(_ name: String, family: String?, present: (String) -> Bool) -> Alias? {
            switch (family, name) {
            case ("lognormal", "median") where present("mu") && present("sigma"): return .lognormalMedian
            case ("lognormal", "mean") where present("mu") && present("sigma"): return .lognormalMean
            case ("lognormal", "sd") where present("mu") && present("sigma"): return .lognormalSD
            case ("gamma", "mean") where present("shape") && present("scale"): return .gammaMean
            case ("gamma", "sd") where present("shape") && present("scale"): return .gammaSD
            case (_, "level") where present("from") && present("to"): return .phaseLevel
            default: return nil
            }
        }

        /// The alias's value from the written fields.
        func value(_ field: (String) -> Double, at path: String) throws(FieldPathError) -> Double {
            switch self {
            case .phaseLevel:
                let from = field("from"), to = field("to")
                guard from == to else {
                    throw FieldPathError("\(path): the phase ramps from \(ScenarioDocument.text(from)) to "
                                        + "\(ScenarioDocument.text(to)), so it has no single level",
                                      hint: "name its from or to")
                }
                return from
            case .lognormalMedian: return exp(field("mu"))
            case .lognormalMean: return Self.lognormalMoments(mu: field("mu"), sigma: field("sigma")).mean
            case .lognormalSD: return Self.lognormalMoments(mu: field("mu"), sigma: field("sigma")).sd
            case .gammaMean: return field("shape") * field("scale")
            case .gammaSD: return field("shape").squareRoot() * field("scale")
            }
        }

        /// The written fields that give the alias the value `x`, the other moment kept.
        func assignments(_ x: Double, _ field: (String) -> Double, at path: String) throws(FieldPathError) -> [(String, Double)] {
            guard x > 0 || self == .phaseLevel else {
                throw FieldPathError("\(path) must be > 0 to be written as GSL's parameters, found \(ScenarioDocument.text(x))")
            }
            switch self {
            case .phaseLevel:
                return [("from", x), ("to", x)]
            case .lognormalMedian:
                return [("mu", log(x))]
            case .lognormalMean, .lognormalSD:
                let moments = Self.lognormalMoments(mu: field("mu"), sigma: field("sigma"))
                let mean = self == .lognormalMean ? x : moments.mean
                let sd = self == .lognormalSD ? x : moments.sd
                let sigmaSquared = log(1 + sd * sd / (mean * mean))
                return [("mu", log(mean) - sigmaSquared / 2), ("sigma", sigmaSquared.squareRoot())]
            case .gammaMean, .gammaSD:
                let mean = self == .gammaMean ? x : field("shape") * field("scale")
                let sd = self == .gammaSD ? x : field("shape").squareRoot() * field("scale")
                return [("shape", (mean / sd) * (mean / sd)), ("scale", sd * sd / mean)]
            }
        }

        /// Mean e^(μ+σ²/2) and sd mean·√(e^σ² − 1) of a lognormal.
        private static func lognormalMoments(mu: Double, sigma: Double) -> (mean: Double, sd: Double) {
            let mean = exp(mu + sigma * sigma / 2)
            return (mean, mean * (exp(sigma * sigma) - 1).squareRoot())
        }
    }

    /// The numbers of the mapping at `components` by key (NaN for none): the file's mapping when
    /// it writes one — a shorthand stands for the fields the file itself uses there, so that
    /// setting it never mixes two ways of writing the same thing — else the resolved scenario's.
    func numbers(at components: [FieldPath.Component]) -> (String) -> Double {
        let mapping = Self.node(at: components, in: root) ?? defaults.flatMap { Self.node(at: components, in: $0) }
        return { key in
            mapping.flatMap { Self.child(of: $0, key: key)?.scalar?.string }.flatMap(Self.number) ?? .nan
        }
    }

    /// The node at `components`, if the tree has one.
    static func node(at components: [FieldPath.Component], in root: Node) -> Node? {
        var node = root
        for component in components {
            switch component {
            case let .key(name):
                guard let child = child(of: node, key: name) else { return nil }
                node = child
            case let .index(index):
                guard let element = element(of: node, at: index) else { return nil }
                node = element
            }
        }
        return node
    }
}
