internal import CGSL

/// GSL with nothing around it: the reference rate for the simulator's benchmark.
public enum BareDraws {
    /// For each (mean, count) pair, draws `count` Poisson variates of that mean with
    /// `gsl_ran_poisson`, all from `stream`; returns their sum so the work cannot be optimised away.
    public static func poissonSum(_ batches: [(mean: Double, count: Int)], stream: RandomStream) -> Int {
        var total = 0
        for (mean, count) in batches {
            for _ in 0..<count {
                total &+= Int(gsl_ran_poisson(stream.rng, mean))
            }
        }
        return total
    }
}
