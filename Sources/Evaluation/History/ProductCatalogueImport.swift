import CSV
import Forecasting
import Foundation

/// Reads a product file: a CSV with `unique_id` and optionally `category`, `launch` and
/// `end_of_life` (a planned product's dates, YYYY-MM-DD, for a product with no sales yet) and `description`
/// (free text, kept as the analog profile's description and split into lower-case words of two
/// or more letters or digits, which become its attributes), and the economics columns of ``ProductEconomics`` (empty
/// cells mean "not given"). Other columns are ignored; ids absent from the history are ignored
/// too.
public enum ProductCatalogueImport {
    /// The analog profiles by `unique_id` (prices come from the history, see ``SalesHistory``).
    /// - Throws: ``InputFileError`` for an unreadable file, a missing `unique_id` column,
    ///   rows of the wrong width, an id given twice or a malformed economics value.
    public static func read(path: String) throws(InputFileError) -> [String: ProductProfile] {
        try readRecords(path: path).mapValues(\.profile)
    }

    /// Every row's profile and economics, by `unique_id`.
    /// - Throws: as ``read(path:)``.
    public static func readRecords(path: String) throws(InputFileError) -> [String: ProductRecord] {
        var problems = ProblemList(file: path)
        let (reader, header, names, idColumn) = try open(path)
        let category = names.firstIndex(of: "category")
        let description = names.firstIndex(of: "description")
        let launch = names.firstIndex(of: "launch")
        let endOfLife = names.firstIndex(of: "end_of_life")
        let economics = ProductEconomics.Column.allCases.compactMap { column in
            names.firstIndex(of: column.rawValue).map { (column, $0) }
        }
        var records: [String: ProductRecord] = [:]
        var firstRow: [String: Int] = [:]
        forEachRow(reader, width: header.count, problems: &problems) { row, fields, problems in
            let id = fields[idColumn]
            if let earlier = firstRow[id] {
                problems.add(row: row, column: "unique_id", "\(id) is also on row \(earlier) (one row per product)")
                return
            }
            firstRow[id] = row
            let categoryText = category.map { fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            var values = ProductEconomics(row: row)
            for (column, position) in economics {
                let text = fields[position].trimmingCharacters(in: .whitespaces)
                guard let value = ValueText.quantity(text, row: row, column: column.rawValue, problems: &problems,
                                                     emptyAllowed: true, unit: column.unit), !value.isNaN else { continue }
                if column.isWhole && value != value.rounded() {
                    problems.add(row: row, column: column.rawValue, "\(text) is not a whole number of \(column.unit)")
                    continue
                }
                values[column] = value
            }
            let profile = ProductProfile(id: id, category: categoryText.isEmpty ? nil : categoryText.lowercased(),
                                         attributes: description.map { words(fields[$0]) } ?? [],
                                         description: description.map { fields[$0] })
            func day(_ column: Int?, _ name: String) -> Int? {
                guard let column, case let text = fields[column].trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                let day = CivilDay.parse(text)
                if day == nil { problems.add(row: row, column: name, "\(text) is not a date; write YYYY-MM-DD") }
                return day
            }
            records[id] = ProductRecord(profile: profile, economics: values, launch: day(launch, "launch"),
                                        endOfLife: day(endOfLife, "end_of_life"))
        }
        try problems.check()
        return records
    }

    /// The values of `column` by `unique_id`, trimmed; products whose cell is empty are absent.
    /// - Throws: ``InputFileError`` for an unreadable file, a header without `unique_id` or
    ///   without `column` (the message lists the columns there are), rows of the wrong width.
    public static func readColumn(_ column: String, path: String) throws(InputFileError) -> [String: String] {
        var problems = ProblemList(file: path)
        let (reader, header, names, idColumn) = try open(path)
        guard let position = names.firstIndex(of: column.lowercased()) else {
            let others = names.filter { $0 != "unique_id" }.map { "'\($0)'" }.joined(separator: ", ")
            throw InputFileError(problems: [InputProblem(file: path, row: 1, column: column,
                                                         message: "the header has no '\(column)' column to group products by; its columns are \(others.isEmpty ? "unique_id only" : others)")])
        }
        var values: [String: String] = [:]
        forEachRow(reader, width: header.count, problems: &problems) { _, fields, _ in
            let value = fields[position].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { values[fields[idColumn]] = value }
        }
        try problems.check()
        return values
    }

    /// The file's reader, its header as written and in lower case, and the `unique_id` column.
    private static func open(_ path: String) throws(InputFileError) -> (CSVReader, [String], [String], Int) {
        let reader = try HistoryImport.openReader(path: path)
        guard let header = reader.headerRow else {
            throw InputFileError(problems: [InputProblem(file: path, row: nil, column: nil, message: "is empty; it needs a header row")])
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let idColumn = names.firstIndex(of: "unique_id") else {
            throw InputFileError(problems: [InputProblem(file: path, row: 1, column: "unique_id", message: "the header has no 'unique_id' column (a product file needs unique_id, and optionally category, description and economics columns)")])
        }
        return (reader, header, names, idColumn)
    }

    /// Calls `body` with each non-blank row (its number, header = 1) that has the header's
    /// width; a row of another width is a problem and is skipped.
    private static func forEachRow(_ reader: CSVReader, width: Int, problems: inout ProblemList,
                                   _ body: (Int, [String], inout ProblemList) -> Void) {
        var row = 1
        while let fields = reader.next() {
            row += 1
            if fields.count == 1 && fields[0].isEmpty { continue }
            guard fields.count == width else {
                problems.add(row: row, column: nil, "has \(fields.count) fields but the header has \(width) (quote fields that contain commas)")
                continue
            }
            body(row, fields, &problems)
        }
    }

    /// Lower-case words of two or more letters or digits.
    public static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.count >= 2 })
    }
}

/// One row of a product file.
public struct ProductRecord: Sendable {
    /// Category and description words, for the analog model.
    public var profile: ProductProfile
    public var economics: ProductEconomics
    /// The `launch` column: the day number of a planned launch (a product with no sales yet);
    /// nil where the cell is empty or the column absent.
    public var launch: Int?
    /// The `end_of_life` column: the day number of a planned product's first day off sale; nil
    /// where the cell is empty or the column absent.
    public var endOfLife: Int?
}

/// The economics a product file may give for a product; nil where its cell is empty or the
/// column absent. Values are checked to be numbers ≥ 0 (whole where counted in units or days).
public struct ProductEconomics: Sendable, Hashable {
    /// The columns read, by their header names.
    public enum Column: String, CaseIterable, Sendable {
        case price
        case unitCost = "unit_cost"
        case salvageValue = "salvage_value"
        case holdingRate = "holding_rate"
        case shortagePenalty = "shortage_penalty"
        case leadTime = "lead_time"
        case orderCost = "order_cost"
        case casePack = "case_pack"
        case minOrder = "min_order"
        case initialStock = "initial_stock"

        /// The unit named in messages.
        var unit: String {
            switch self {
            case .price, .unitCost, .salvageValue, .shortagePenalty: return "per unit"
            case .orderCost: return "per order"
            case .holdingRate: return "a year"
            case .leadTime: return "days"
            case .casePack, .minOrder, .initialStock: return "units"
            }
        }

        /// Whether the value counts whole units or days.
        var isWhole: Bool { [.leadTime, .casePack, .minOrder, .initialStock].contains(self) }
    }

    /// The row of the product file it came from (header = 1).
    public var row: Int
    private var values: [Column: Double] = [:]

    public init(row: Int) {
        self.row = row
    }

    /// Price, unit cost, salvage value and shortage penalty in currency per unit; holding rate
    /// a yearly share of the unit cost; lead time in days; order cost in currency per order;
    /// case pack, minimum order and initial stock in units.
    public subscript(column: Column) -> Double? {
        get { values[column] }
        set { values[column] = newValue }
    }
}
