/// Why a fidelity comparison could not be made. Positions are 0-based and written as paths:
/// `real[product][period]`, `simulated[replication][product][period]`.
public enum FidelityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An option is out of range.
    case invalidOption(field: String, value: Int, problem: String)
    /// The real catalogue has no products.
    case noProducts
    /// There are no simulated replications.
    case noReplications
    /// Simulated replication `replication` has `found` products where the real catalogue has
    /// `expected`.
    case productCountMismatch(replication: Int, expected: Int, found: Int)
    /// Product `product` was simulated `found` times where `expected` replications were asked for.
    case replicationCountMismatch(product: Int, expected: Int, found: Int)
    /// A simulated series has `found` periods where the real series of the product has `expected`.
    case lengthMismatch(replication: Int, product: Int, expected: Int, found: Int)
    /// A demand at `path` is negative, NaN or infinite.
    case invalidDemand(path: String, value: Double)

    public var description: String {
        switch self {
        case let .invalidOption(field, value, problem):
            return "\(field): \(value) \(problem)"
        case .noProducts:
            return "real: the catalogue has no products; give at least one series"
        case .noReplications:
            return "simulated: there are no replications; simulate at least one"
        case let .productCountMismatch(replication, expected, found):
            return "simulated[\(replication)]: \(found) products, but the real catalogue has \(expected); give one series per real product, in the same order"
        case let .replicationCountMismatch(product, expected, found):
            return "simulated product \(product): \(found) replications, but \(expected) were asked for; simulate every replication of every product"
        case let .lengthMismatch(replication, product, expected, found):
            return "simulated[\(replication)][\(product)]: \(found) periods, but real[\(product)] has \(expected); simulate the same periods as the history"
        case let .invalidDemand(path, value):
            return "\(path): demand \(value) is not a finite number ≥ 0"
        }
    }
}
