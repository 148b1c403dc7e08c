internal import CGSL

/// A seeded stream of random numbers: one GSL generator (`gsl_rng`), owned by this object and
/// freed when it goes away.
///
/// A stream is not thread-safe and is never shared between threads: each replication, product
/// and purpose has its own (see ``StreamKey``). There is no global generator anywhere in
/// Sellthrough.
public final class RandomStream {
    /// The generator used when a scenario names none.
    public static let defaultGenerator = "mt19937"

    /// The name of the GSL generator behind this stream, e.g. "mt19937".
    public let generatorName: String
    /// The seed the generator was last set with, in 1…2³²−1.
    public private(set) var seed: UInt

    /// The GSL handle. Only this class and the samplers in this module touch it.
    let rng: UnsafeMutablePointer<gsl_rng>

    /// Creates a stream of generator `generator`, seeded with `seed` (GSL keeps its low 32 bits).
    /// - Throws: ``GSLError/unknownGenerator(name:available:)`` for a name GSL does not know.
    public init(generator: String = RandomStream.defaultGenerator, seed: UInt) throws(GSLError) {
        GSLLibrary.configure()
        guard let type = cgsl_rng_type_named(generator) else {
            throw .unknownGenerator(name: generator, available: RandomStream.availableGenerators)
        }
        guard let handle = gsl_rng_alloc(type) else {
            throw .allocationFailed(what: "random number generator \(generator)")
        }
        self.rng = handle
        self.generatorName = generator
        self.seed = seed
        gsl_rng_set(handle, seed)
    }

    /// Creates the stream for `key`, seeded with `key.gslSeed`.
    public convenience init(generator: String = RandomStream.defaultGenerator, key: StreamKey) throws(GSLError) {
        try self.init(generator: generator, seed: key.gslSeed)
    }

    deinit {
        gsl_rng_free(rng)
    }

    /// Restarts the stream from `seed`, as if it had just been created with it.
    public func reseed(_ seed: UInt) {
        self.seed = seed
        gsl_rng_set(rng, seed)
    }

    /// A uniform draw on [0, 1) (`gsl_rng_uniform`).
    public func uniform() -> Double {
        cgsl_rng_uniform(rng)
    }

    /// A uniform draw on the open interval (0, 1) (`gsl_rng_uniform_pos`); safe to invert.
    public func uniformPositive() -> Double {
        cgsl_rng_uniform_pos(rng)
    }

    /// A uniform integer in 0..<n (`gsl_rng_uniform_int`). `n` must be positive.
    public func uniformInt(below n: UInt) -> UInt {
        precondition(n > 0, "uniformInt(below:) needs a positive bound")
        return gsl_rng_uniform_int(rng, n)
    }

    /// The names of every generator this GSL build offers, in GSL's order.
    public static var availableGenerators: [String] {
        GSLLibrary.configure()
        return (0..<cgsl_rng_type_count()).compactMap { index in
            cgsl_rng_type_at(index).map { String(cString: $0.pointee.name) }
        }
    }
}
