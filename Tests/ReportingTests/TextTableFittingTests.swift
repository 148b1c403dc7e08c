import Testing
@testable import Reporting

/// Fitting a terminal table into a width: secondary columns go before names are cut in two.
@Suite("terminal tables within a width")
struct TextTableFittingTests {
    static let header = ["#", "strategy", "profit", "P(best)", "leftover"]
    static let rows = [
        ["1", "analog × fortnightly-fill-98", "3,296,367", "0.97", "1,204"],
        ["2", "naive × weekly-95", "2,566,364", "0.03", "15,027"],
    ]

    @Test("a column listed to go before wrapping goes first, and the names stay whole")
    func dropsBeforeWrapping() {
        // Whole names need 1 + 28 + 9 + 7 + 8 + 2·4 = 61 characters; without P(best), 52.
        let fitted = TextTable.fitted(header: Self.header, rows: Self.rows, leftAligned: 2, width: 55, wrapping: 1,
                                      minimumWrap: 10, droppable: [3, 4], beforeWrapping: 1)
        #expect(fitted.dropped == ["P(best)"])
        #expect(fitted.text.contains("analog × fortnightly-fill-98"), "\(fitted.text)")
        #expect(fitted.text.split(separator: "\n").allSatisfy { $0.count <= 55 })
    }

    @Test("past the columns that go before wrapping, names wrap before the rest is dropped")
    func wrapsBeforeTheRest() {
        let fitted = TextTable.fitted(header: Self.header, rows: Self.rows, leftAligned: 2, width: 45, wrapping: 1,
                                      minimumWrap: 10, droppable: [3, 4], beforeWrapping: 1)
        #expect(fitted.dropped == ["P(best)"], "leftover is kept: wrapping the names is enough")
        #expect(!fitted.text.contains("analog × fortnightly-fill-98") && fitted.text.contains("leftover"))
        #expect(fitted.text.split(separator: "\n").allSatisfy { $0.count <= 45 }, "\(fitted.text)")
    }

    @Test("without columns to drop before wrapping, names wrap first (as before)")
    func wrapsFirstByDefault() {
        let fitted = TextTable.fitted(header: Self.header, rows: Self.rows, leftAligned: 2, width: 55, wrapping: 1,
                                      minimumWrap: 10, droppable: [3, 4])
        #expect(fitted.dropped.isEmpty)
        #expect(!fitted.text.contains("analog × fortnightly-fill-98"))
    }
}
