import Foundation

/// A CSV file written row by row as results arrive, so large runs never hold their rows in
/// memory: rows collect in a buffer of about a megabyte that is appended to the file when full.
/// Write it inside a ``RunFolder``: the folder, not the file, is what appears atomically.
public final class CSVStream {
    public let path: String
    private let handle: FileHandle
    private var buffer = ""
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `path` and writes `header`.
    public init(path: String, header: [String]) throws(OutputError) {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw OutputError(path: path, reason: "cannot open the file for writing")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.flushThreshold + 4096)
        CSVText.append(header, to: &buffer)
    }

    /// Appends one row.
    public func write(_ row: [String]) throws(OutputError) {
        CSVText.append(row, to: &buffer)
        if buffer.utf8.count >= Self.flushThreshold { try flush() }
    }

    /// Appends one row that `build` appends to the buffer: its fields already quoted where
    /// needed (``CSVText/escaped(_:)``) and separated by commas, without the line end. For
    /// rows of a few fields written millions of times: no array of fields per row.
    func writeRow(_ build: (inout String) -> Void) throws(OutputError) {
        build(&buffer)
        buffer.append("\n")
        if buffer.utf8.count >= Self.flushThreshold { try flush() }
    }

    /// Writes what is buffered and closes the file.
    public func close() throws(OutputError) {
        try flush()
        do {
            try handle.close()
        } catch {
            throw OutputError(path: path, reason: error.localizedDescription)
        }
    }

    private func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: Data(buffer.utf8))
        } catch {
            throw OutputError(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
