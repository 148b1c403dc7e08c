/// What a random stream is used for. Each purpose draws from its own stream so that, for
/// example, changing how lead times are drawn never shifts the demand a product sees.
public enum StreamPurpose: String, CaseIterable, Sendable, Codable {
    /// Per-period demand draws (one uniform per product-period, see ``CountDistribution``).
    case demand
    /// Random promotion and shock occurrences.
    case events
    /// Supplier lead times.
    case leadTimes = "lead-times"
    /// Sampling done inside forecasters (bootstrap, sample paths).
    case forecasterSampling = "forecaster-sampling"
    /// Launch parameters drawn once per replication (uncertain market size and the like).
    case launch
    /// Resampling weights of the comparison statistics (Poisson bootstrap), one set per
    /// replication; never touches the market, so adding it changed no other stream.
    case comparison
    /// Block-bootstrap resampling of a recorded demand history, one resample per product and
    /// replication (replication 0 is the recorded past and draws nothing).
    case history
}

/// The identity of one random stream: which scenario seed, replication, product and purpose.
///
/// Seeds are derived, never drawn: the same key always gives the same GSL seed, and keys that
/// differ in any part give seeds that look unrelated. Products are identified by their id string
/// (not their position), so adding a product to a scenario leaves every other product's streams
/// unchanged.
public struct StreamKey: Hashable, Sendable {
    public var scenarioSeed: UInt64
    public var replication: Int
    public var product: String
    public var purpose: StreamPurpose

    public init(scenarioSeed: UInt64, replication: Int, product: String, purpose: StreamPurpose) {
        self.scenarioSeed = scenarioSeed
        self.replication = replication
        self.product = product
        self.purpose = purpose
    }

    /// A 64-bit digest of the key: FNV-1a over the product and purpose bytes, folded with the
    /// seed and replication through the SplitMix64 finaliser after each part.
    public var digest: UInt64 {
        var h = SeedMixer.mix(scenarioSeed ^ 0x5E11_7420_0000_0001)
        h = SeedMixer.mix(h ^ UInt64(bitPattern: Int64(replication)))
        h = SeedMixer.mix(h ^ SeedMixer.fnv1a(product))
        h = SeedMixer.mix(h ^ SeedMixer.fnv1a(purpose.rawValue))
        return h
    }

    /// The seed handed to `gsl_rng_set`: in 1…2³²−1, because GSL generators keep only 32 bits
    /// of the seed and several of them treat 0 as "use the default seed".
    public var gslSeed: UInt {
        UInt(digest % 0xFFFF_FFFF) + 1
    }
}

/// Bit mixing used to derive seeds.
public enum SeedMixer {
    /// The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijection on 64-bit integers
    /// whose output bits each depend on every input bit.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `text`; stable across runs and platforms, unlike
    /// Swift's `hashValue`, which is randomly seeded per process.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
