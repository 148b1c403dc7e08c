import CSV

/// Reading back the CSV files an `evaluate` folder holds, for `sellthrough report`: the text
/// must start with the expected header, and every row must have its width.
enum EvaluationCSV {
    /// The data rows of `text` (its header checked against `header`).
    /// - Throws: ``AccuracyFileReader/Problem`` with the line and what is wrong.
    static func rows(_ text: String, header: [String]) throws(AccuracyFileReader.Problem) -> [[String]] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw AccuracyFileReader.Problem(line: 1, message: "is empty; expected the header " + header.joined(separator: ","))
        }
        guard reader.headerRow == header else {
            throw AccuracyFileReader.Problem(line: 1, message: "the header is not " + header.joined(separator: ","))
        }
        var rows: [[String]] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            guard fields.count == header.count else {
                throw AccuracyFileReader.Problem(line: line, message: "has \(fields.count) fields, not \(header.count)")
            }
            rows.append(fields)
        }
        return rows
    }

    /// A number as ``ExactNumberText`` writes it (empty: NaN).
    static func number(_ text: String, line: Int) throws(AccuracyFileReader.Problem) -> Double {
        guard let value = text.isEmpty ? .nan : Double(text) else {
            throw AccuracyFileReader.Problem(line: line, message: "'\(text)' is not a number")
        }
        return value
    }

    /// A whole number.
    static func count(_ text: String, line: Int) throws(AccuracyFileReader.Problem) -> Int {
        guard let value = Int(text) else { throw AccuracyFileReader.Problem(line: line, message: "'\(text)' is not a whole number") }
        return value
    }
}
