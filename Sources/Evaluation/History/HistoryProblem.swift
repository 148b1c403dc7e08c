/// One thing wrong with an input file, located by file, row and column.
///
/// Rows are counted as a spreadsheet shows them: the header is row 1, the first data row is
/// row 2 (files are assumed to have no line breaks inside fields).
public struct InputProblem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// Row number (header = 1); nil for a problem with the file as a whole.
    public var row: Int?
    /// The column concerned, if one is.
    public var column: String?
    /// What is wrong and what to do about it.
    public var message: String

    public init(file: String, row: Int?, column: String?, message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    /// `file:row: column: message`.
    public var description: String {
        var text = file
        if let row { text += ":\(row)" }
        text += ": "
        if let column { text += "\(column): " }
        return text + message
    }
}

/// An input file that cannot be used, with every problem found (the first ``cap`` of them).
public struct InputFileError: Error, Sendable, CustomStringConvertible {
    /// Problems reported at most; the rest are counted.
    public static let cap = 20

    public var problems: [InputProblem]
    /// Problems found beyond those listed.
    public var omitted: Int
    /// What reading the file differently (rather than editing it) would fix; the command line
    /// words each as the option that does it.
    public var remedies: Set<Remedy>

    /// A way of reading a history differently that would fix some of its problems.
    public enum Remedy: Sendable, Hashable {
        /// The frequency could not be read from the dates: name it.
        case nameFrequency
        /// Series have missing periods: have them filled with zeros (``GapFilling/zero``).
        case fillGaps
        /// A required column is missing: name the columns that hold the id, date and units.
        case mapColumns
    }

    public init(problems: [InputProblem], omitted: Int = 0, remedies: Set<Remedy> = []) {
        self.problems = problems
        self.omitted = omitted
        self.remedies = remedies
    }

    /// Whether the history's frequency could not be read from its dates, so that naming it is
    /// what to do.
    public var frequencyUndetermined: Bool { remedies.contains(.nameFrequency) }

    public var description: String {
        var lines = problems.map(\.description)
        if omitted > 0 { lines.append("… and \(omitted) more problem\(omitted == 1 ? "" : "s") of the same kinds") }
        return lines.joined(separator: "\n")
    }
}

/// Collects problems up to ``InputFileError/cap`` and counts the rest.
struct ProblemList {
    let file: String
    private(set) var problems: [InputProblem] = []
    private(set) var omitted = 0
    /// See ``InputFileError/remedies``.
    private(set) var remedies: Set<InputFileError.Remedy> = []

    init(file: String) {
        self.file = file
    }

    var isEmpty: Bool { problems.isEmpty }
    var isFull: Bool { problems.count >= InputFileError.cap }

    mutating func add(row: Int?, column: String?, _ message: String) {
        guard !isFull else {
            omitted += 1
            return
        }
        problems.append(InputProblem(file: file, row: row, column: column, message: message))
    }

    /// Adds the problem that the dates (in column `column`) do not tell the frequency.
    mutating func addUndeterminedFrequency(column: String, _ message: String) {
        remedies.insert(.nameFrequency)
        add(row: nil, column: column, message)
    }

    /// Adds a problem that a remedy would fix.
    mutating func add(row: Int?, column: String?, _ message: String, remedy: InputFileError.Remedy) {
        remedies.insert(remedy)
        add(row: row, column: column, message)
    }

    /// Throws the collected problems, if any.
    func check() throws(InputFileError) {
        guard problems.isEmpty else {
            throw InputFileError(problems: problems, omitted: omitted, remedies: remedies)
        }
    }
}
