import CSV
import Foundation

/// A CSV file written row by row as results arrive, so large runs never hold their rows in
/// memory. Write it inside a ``RunFolder``: the folder, not the file, is what appears atomically.
public final class CSVStream {
    public let path: String
    private let writer: CSVWriter

    /// Creates (or truncates) the file at `path` and writes `header`.
    public init(path: String, header: [String]) throws(OutputError) {
        self.path = path
        guard let stream = OutputStream(toFileAtPath: path, append: false) else {
            throw OutputError(path: path, reason: "cannot open the file for writing")
        }
        do {
            writer = try CSVWriter(stream: stream)
            try writer.write(row: header)
        } catch {
            throw OutputError(path: path, reason: "\(error)")
        }
    }

    /// Appends one row.
    public func write(_ row: [String]) throws(OutputError) {
        do {
            try writer.write(row: row)
        } catch {
            throw OutputError(path: path, reason: "\(error)")
        }
    }

    /// Flushes and closes the file.
    public func close() {
        writer.stream.close()
    }
}
