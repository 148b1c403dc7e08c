import Testing
@testable import WhatIf

/// `--vary PATH=VALUES` and `--constraint` parsing.
@Suite("what-if values and constraints")
struct WhatIfValuesTests {
    @Test("lists and ranges give increasing, distinct values; a range includes a stop it lands on")
    func values() throws {
        #expect(try SweepAxis.values("3000, 1000,2000") == [1000, 2000, 3000])
        #expect(try SweepAxis.values("2000:14000:2000") == [2000, 4000, 6000, 8000, 10000, 12000, 14000])
        #expect(try SweepAxis.values("1:10:4") == [1, 5, 9])
        #expect(try SweepAxis.values("0.1:0.3:0.1") == [0.1, 0.2, 0.3])
        #expect(try SweepAxis.values("0.08:0.16:0.02") == [0.08, 0.1, 0.12, 0.14, 0.16])
        #expect(try SweepAxis.values("10:4:-3") == [4, 7, 10])
        #expect(try SweepAxis.values("5:5:1") == [5])
        let axis = try SweepAxis(parsing: "products[earbuds-pro].initial_stock=2000:6000:2000")
        #expect(axis.path.description == "products[earbuds-pro].initial_stock")
        #expect(axis.values == [2000, 4000, 6000])
    }

    @Test("bad values are refused with what is wrong", arguments: [
        ("a.b=1:5:0", "step of 0"), ("a.b=5:1:1", "is empty"), ("a.b=1:5:-1", "is empty"),
        ("a.b=1,x,3", "'x' is not a number"), ("a.b=1,,3", "missing"), ("a.b=", "no values"),
        ("a.b", "has no '='"), ("a.b=1:5", "three parts"), ("a.b=1,1", "listed twice"),
        ("a.b=0:1e6:1", "at most 1000"), ("a..b=1", "not a field path"),
    ])
    func badValues(text: String, words: String) {
        let error = whatIfError { _ = try SweepAxis(parsing: text) }
        #expect(error?.cause == .request)
        #expect(error?.description.contains(words) == true, "\(String(describing: error))")
    }

    @Test("a malformed path is the request's problem, concerning the varied fields", arguments: [
        ("", "empty"), ("a..b", "key is missing"), ("a.", "ends with a dot"), ("products[", "never closed"),
        ("products[]", "empty"), ("[0].price", "start with a key"), ("products[0]x", "expected '.' or '['"),
    ])
    func malformedPath(text: String, words: String) {
        let error = whatIfError { _ = try SweepAxis(parsing: text + "=1") }
        #expect(error?.cause == .request)
        #expect(error?.subject == .sweep(nil))
        #expect(error?.message.contains(words) == true, "\(String(describing: error))")
    }

    @Test("constraints name a measure, a comparison and a number")
    func constraints() throws {
        let fill = try WhatIfConstraint(parsing: "fill_rate>=0.95")
        #expect(fill.measure == .metric(.fillRate) && fill.comparison == .atLeast && fill.threshold == 0.95)
        #expect(fill.isMet(by: 0.95) && !fill.isMet(by: 0.949))
        #expect(abs(fill.violation(0.9) - 0.05) < 1e-12 && fill.violation(0.97) == 0)
        let stockout = try WhatIfConstraint(parsing: " stockout_probability < 0.2 ")
        #expect(stockout.measure == .stockoutProbability && stockout.comparison == .below)
        #expect(!stockout.isMet(by: 0.2))
        #expect(try WhatIfConstraint(parsing: "lost_units<=100").comparison == .atMost)
        #expect(try WhatIfConstraint(parsing: "profit>0").text == "profit > 0")
    }

    @Test("an unknown measure lists the accepted ones; malformed text says how to write it")
    func badConstraints() {
        let unknown = whatIfError { _ = try WhatIfConstraint(parsing: "fillrate>=0.9") }
        #expect(unknown?.message.contains("unknown measure 'fillrate'") == true)
        #expect(unknown?.hint?.contains("did you mean 'fill_rate'?") == true)
        #expect(unknown?.hint?.contains("stockout_probability") == true)
        #expect(unknown?.hint?.contains("leftover_units") == true)
        let noComparison = whatIfError { _ = try WhatIfConstraint(parsing: "fill_rate 0.9") }
        #expect(noComparison?.message.contains("no comparison") == true)
        let notNumber = whatIfError { _ = try WhatIfConstraint(parsing: "fill_rate>=high") }
        #expect(notNumber?.message.contains("'high' is not a number") == true)
        let regret = whatIfError { _ = try WhatIfConstraint(parsing: "regret<=10") }
        #expect(regret?.message.contains("oracle") == true)
    }
}
