import Foundation

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014):
/// a tiny, fully specified generator for test *inputs* (scenario parameters, random delays,
/// fuzzed edits), so case k of a named seed is the same on every platform and Swift version.
/// The market's own draws never come from here: they come from GSL streams keyed by the seed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [0, 1), from the top 53 bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Uniform on the range.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// Log-uniform on the range (both bounds > 0): every decade equally likely.
    public mutating func logUniform(_ range: ClosedRange<Double>) -> Double {
        let low = log(range.lowerBound), high = log(range.upperBound)
        return exp(low + (high - low) * uniform())
    }

    /// Uniform integer in the range (modulo bias below 2⁻⁵⁰ for ranges under 2¹⁴ values, the
    /// sizes tests use; kept because it fixes the sequence every named seed stands for).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True with `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        uniform() < probability
    }

    /// One of `items` (not empty), uniformly.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }
}
