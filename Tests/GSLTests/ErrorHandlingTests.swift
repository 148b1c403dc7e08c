import Testing
@testable import GSL

/// GSL's default error handler aborts the process; Sellthrough switches it off and turns status
/// codes into Swift errors.
@Suite("GSL errors")
struct ErrorHandlingTests {
    @Test("a GSL error inside a computation returns to the caller instead of aborting the process")
    func handlerIsOff() {
        // gsl_cdf_poisson_P(9 980 000, 10⁷) signals "error in large x asymptotic" (gamma_inc.c);
        // with GSL's default handler the test process would abort here.
        let cdf = CountDistribution(family: .poisson, mean: 1e7).cdf(9_980_000)
        #expect(cdf.isNaN || (0...1).contains(cdf))
    }

    @Test("a non-zero status becomes GSLError.status with GSL's own message")
    func statusBecomesError() {
        // 1 is GSL_EDOM, "input domain error".
        #expect(throws: GSLError.status(code: 1, function: "gsl_example")) {
            try GSLLibrary.check(1, "gsl_example")
        }
        #expect(GSLError.status(code: 1, function: "gsl_example").description.contains("input domain error"))
        #expect((try? GSLLibrary.check(0, "gsl_example")) != nil)
    }
}
