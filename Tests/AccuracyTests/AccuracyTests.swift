import Accuracy
import Testing

/// The shared accumulator against values computed by hand.
@Suite("accuracy accumulator")
struct AccuracyTests {
    @Test("M5 scale counts from the first non-zero sale; flat or too short histories are unusable")
    func scale() {
        // From the first sale: 2 4 1 3, changes 2 −3 2.
        let scale = ErrorScale(history: [0, 0, 2, 4, 1, 3])
        #expect(abs(scale.absolute - 7.0 / 3) < 1e-15)
        #expect(abs(scale.squared - (17.0 / 3).squareRoot()) < 1e-15)
        #expect(ErrorScale(history: [0, 0, 0]) == ErrorScale(absolute: 0, squared: 0)) // all zero: flat, not undefined
        #expect(!ErrorScale(history: [0, 0, 0]).isUsable)
        #expect(ErrorScale(history: [0, 0, 5]).absolute.isNaN) // one sale: no change left
        #expect(ErrorScale(history: [7]).absolute.isNaN)
        #expect(!ErrorScale(history: [3, 3, 3]).isUsable)
    }

    @Test("the scale fed value by value equals the scale of the whole history at every length")
    func streamingScale() {
        let history: [Double] = [0, 0, 3, 0, 0, 5, 1, 1, 8, 0]
        var changes = NaiveChanges()
        for end in history.indices {
            changes.add(history[end])
            let whole = ErrorScale(history: history[0...end])
            let streamed = changes.scale
            #expect(streamed.absolute == whole.absolute || (streamed.absolute.isNaN && whole.absolute.isNaN), "length \(end + 1)")
            #expect(streamed.squared == whole.squared || (streamed.squared.isNaN && whole.squared.isNaN), "length \(end + 1)")
        }
    }

    @Test("point errors: MAE, RMSE, mean error, WAPE, relative bias, sMAPE")
    func pointErrors() {
        // Forecasts 3 3 2 2 against 5 2 4 0: errors −2 1 −2 2.
        var sums = ErrorSums()
        for (f, y) in [(3.0, 5.0), (3, 2), (2, 4), (2, 0)] { sums.add(forecast: f, actual: y) }
        #expect(sums.count == 4)
        #expect(sums.mae == 7.0 / 4)
        #expect(sums.rmse == (13.0 / 4).squareRoot())
        #expect(sums.meanError == -1.0 / 4)
        #expect(sums.wape == 7.0 / 11)
        #expect(sums.relativeBias == -1.0 / 11)
        // sMAPE terms 2·2/8, 2·1/5, 2·2/6, 2·2/2.
        #expect(abs(sums.smape - (0.5 + 0.4 + 2.0 / 3 + 2) / 4) < 1e-15)
        var halves = ErrorSums()
        halves.add(forecast: 3, actual: 5)
        halves.add(forecast: 3, actual: 2)
        var rest = ErrorSums()
        rest.add(forecast: 2, actual: 4)
        rest.add(forecast: 2, actual: 0)
        halves.add(rest)
        #expect(halves == sums)
        #expect(ErrorSums().mae.isNaN && ErrorSums().wape.isNaN)
    }

    @Test("MASE and RMSSE per stretch and pooled over periods; an unusable scale leaves its stretch out")
    func scaledErrors() {
        // Stretch a: errors −2, 1 with scale (7/3, √(17/3)); stretch b: errors −2, −2 with scale (1, 1).
        var a = ErrorSums()
        a.add(forecast: 3, actual: 5)
        a.add(forecast: 3, actual: 2)
        var b = ErrorSums()
        b.add(forecast: 2, actual: 4)
        b.add(forecast: 2, actual: 4)
        let scaleA = ErrorScale(absolute: 7.0 / 3, squared: (17.0 / 3).squareRoot())
        var scaled = ScaledErrors()
        let rmsseA = scaled.add(a, scale: scaleA)
        #expect(rmsseA == (2.5).squareRoot() / (17.0 / 3).squareRoot())
        #expect(scaled.add(b, scale: ErrorScale(absolute: 1, squared: 1)) == 2)
        #expect(scaled.add(b, scale: ErrorScale(absolute: 0, squared: 0)) == nil) // flat history: left out
        #expect(scaled.add(b, scale: ErrorScale(absolute: .nan, squared: .nan)) == nil) // too short: left out
        #expect(scaled.stretches == 2 && scaled.periods == 4)
        #expect(abs(scaled.mase - (1.5 / (7.0 / 3) + 2) / 2) < 1e-15)
        #expect(abs(scaled.rmsse - ((2.5).squareRoot() / (17.0 / 3).squareRoot() + 2) / 2) < 1e-15)
        // Pooled: (3 / (7/3) + 4 / 1) / 4 and √((5 / (17/3) + 8 / 1) / 4).
        #expect(abs(scaled.pooledMASE - (3 / (7.0 / 3) + 4) / 4) < 1e-15)
        #expect(abs(scaled.pooledRMSSE - ((5 / (17.0 / 3) + 8) / 4).squareRoot()) < 1e-14)
        var none = ScaledErrors()
        none.add(b, scale: ErrorScale(absolute: 0, squared: 0))
        #expect(none.mase.isNaN && none.pooledMASE.isNaN && none.pooledRMSSE.isNaN)
    }

    @Test("pinball loss: p·(y − q) above the quantile, (1 − p)·(q − y) below; its mean over the scored levels")
    func pinball() {
        #expect(PinballLoss.loss(level: 0.9, quantile: 4, actual: 5) == 0.9)
        #expect(abs(PinballLoss.loss(level: 0.9, quantile: 4, actual: 2) - 0.2) < 1e-15)
        #expect(PinballLoss.loss(level: 0.5, quantile: 3, actual: 3) == 0)
        #expect(ScoredQuantiles.levels == [0.025, 0.1, 0.5, 0.9, 0.975])
        // Quantiles 1 2 3 4 5 against y = 3: 0.025·2 + 0.1·1 + 0 + 0.1·1 + 0.025·2 = 0.3, mean 0.06.
        let quantiles = ScoredQuantiles { p in [0.025: 1, 0.1: 2, 0.5: 3, 0.9: 4, 0.975: 5][p] ?? .nan }
        #expect(abs(quantiles.meanPinballLoss(actual: 3) - 0.06) < 1e-15)
        // A point mass at 0 against y = 4: each level loses p·4, mean 4·(0.025 + 0.1 + 0.5 + 0.9 + 0.975)/5 = 2.
        #expect(abs(ScoredQuantiles(all: 0).meanPinballLoss(actual: 4) - 2) < 1e-15)
        // The median's loss is half the absolute error.
        #expect(ScoredQuantiles(all: 3).p50 == 3 && PinballLoss.loss(level: 0.5, quantile: 3, actual: 7) == 2)
    }
}
