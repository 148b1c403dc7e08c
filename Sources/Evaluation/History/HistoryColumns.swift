import Foundation

/// Where the columns of a long-format history sit in its header.
struct HistoryColumns {
    var id: Int
    var date: Int
    var sales: Int
    var price: Int?
    var promotion: Int?
    var stockout: Int?
    /// Number of fields in the header.
    var width: Int

    /// Finds the columns in `header`; throws the missing required ones (row 1).
    init(header: [String], file: String) throws(InputFileError) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func index(_ candidates: String...) -> Int? {
            candidates.lazy.compactMap { names.firstIndex(of: $0) }.first
        }
        guard let id = index("unique_id"), let date = index("ds"), let sales = index("y") else {
            let listed = names.joined(separator: ", ")
            let problems = ["unique_id", "ds", "y"].filter { index($0) == nil }.map { (name: String) in
                InputProblem(file: file, row: 1, column: name,
                             message: "the header has no '\(name)' column (it has: \(listed)); a history needs unique_id, ds and y")
            }
            throw InputFileError(problems: problems)
        }
        self.id = id
        self.date = date
        self.sales = sales
        price = index("price")
        promotion = index("promo", "promotion")
        stockout = index("stockout")
        width = header.count
    }
}
