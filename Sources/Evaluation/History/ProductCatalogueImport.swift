import CSV
import Forecasting
import Foundation

/// Reads a product file for analog profiles: a CSV with `unique_id` and optionally `category`
/// and `description` (free text, split into lower-case words of two or more letters or digits,
/// which become the profile's attributes). Other columns are ignored; ids absent from the
/// history are ignored too. Prices come from the history (see ``SalesHistory``).
public enum ProductCatalogueImport {
    /// The profiles by `unique_id`.
    /// - Throws: ``InputFileError`` for an unreadable file, a missing `unique_id` column,
    ///   rows of the wrong width or an id given twice.
    public static func read(path: String) throws(InputFileError) -> [String: ProductProfile] {
        var problems = ProblemList(file: path)
        let reader = try HistoryImport.openReader(path: path)
        guard let header = reader.headerRow else {
            throw InputFileError(problems: [InputProblem(file: path, row: nil, column: nil, message: "is empty; it needs a header row")])
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let idColumn = names.firstIndex(of: "unique_id") else {
            throw InputFileError(problems: [InputProblem(file: path, row: 1, column: "unique_id", message: "the header has no 'unique_id' column (a product file needs unique_id, and optionally category and description)")])
        }
        let category = names.firstIndex(of: "category")
        let description = names.firstIndex(of: "description")
        var profiles: [String: ProductProfile] = [:]
        var firstRow: [String: Int] = [:]
        var row = 1
        while let fields = reader.next() {
            row += 1
            if fields.count == 1 && fields[0].isEmpty { continue }
            guard fields.count == header.count else {
                problems.add(row: row, column: nil, "has \(fields.count) fields but the header has \(header.count) (quote fields that contain commas)")
                continue
            }
            let id = fields[idColumn]
            if let earlier = firstRow[id] {
                problems.add(row: row, column: "unique_id", "\(id) is also on row \(earlier) (one row per product)")
                continue
            }
            firstRow[id] = row
            let categoryText = category.map { fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            profiles[id] = ProductProfile(id: id, category: categoryText.isEmpty ? nil : categoryText.lowercased(),
                                          attributes: description.map { words(fields[$0]) } ?? [])
        }
        try problems.check()
        return profiles
    }

    /// Lower-case words of two or more letters or digits.
    public static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.count >= 2 })
    }
}
