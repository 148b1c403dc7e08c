import Foundation
import Testing
@testable import Reporting
import Calendar
import Market

/// SplitMix64, to draw test values reproducibly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Result files")
struct ReportingTests {
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "sellthrough-tests-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("numbers are written with fixed precision and no trailing zeros, whatever the locale")
    func numberFormatting() {
        #expect(NumberText.format(3.5, places: 6) == "3.5")
        #expect(NumberText.format(2, places: 6) == "2")
        #expect(NumberText.format(0.1234567, places: 6) == "0.123457")
        #expect(NumberText.format(-0.0000001, places: 6) == "0")
        #expect(NumberText.format(1234567.891, places: 2) == "1234567.89")
        #expect(NumberText.format(.nan, places: 2) == "nan")
    }

    @Test("fixed-precision text rounds to the nearest multiple of 10^-places (seed 2026)")
    func numberFormattingAgainstPrintf() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<20_000 {
            let magnitude = pow(10, Double.random(in: -7...9, using: &generator))
            let value = (Bool.random(using: &generator) ? -1 : 1) * magnitude * Double.random(in: 0...1, using: &generator)
            for places in [0, 2, 6] {
                let text = NumberText.format(value, places: places)
                let parsed = try #require(Double(text), "\(text)")
                // Within half a unit of the last place, plus the error of scaling the double.
                let unit = pow(10, -Double(places))
                #expect(abs(parsed - value) <= unit / 2 + 4 * value.ulp * pow(10, Double(places)) * unit + 1e-12 * abs(value),
                        "\(value) with \(places) places gave \(text)")
                #expect(!text.hasSuffix("0") || !text.contains("."), "\(text) keeps a trailing zero")
            }
        }
    }

    @Test("the demand table quotes ids and names that contain commas or quotes")
    func csvQuoting() throws {
        let start = CalendarDate(dayNumber: 20458)
        let product = Product(id: "jacket, \"navy\"", listPrice: 10, life: DayRange(first: start, end: nil),
                              lifecycle: .phases([LifecycleSegment(phase: .maturity, start: start, end: start.adding(days: 5),
                                                                   fromLevel: 1, toLevel: 1)]))
        let model = MarketModel(calendar: PeriodCalendar(start: start, periods: 2), products: [product],
                                promotions: [Promotion(name: "a,b", products: [0], window: DayRange(first: start, days: 1))])
        let observation = DemandObservation(product: 0, period: 0, expected: 1.25, demand: 2, phase: .maturity,
                                            price: 9.999, promotion: 0, shock: nil, supply: .normal)
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var writer = try DemandTableWriter(model: model, demandPath: folder + "/demand.csv", truthPath: folder + "/truth.csv", shown: 1)
        #expect(writer.fulfil(observation) == 2)
        try writer.finish()
        let demand = try String(contentsOfFile: folder + "/demand.csv", encoding: .utf8)
        #expect(demand == "unique_id,ds,y\n\"jacket, \"\"navy\"\"\",2026-01-05,2\n")
        let truth = try String(contentsOfFile: folder + "/truth.csv", encoding: .utf8)
        #expect(truth == "unique_id,ds,expected,phase,price,promotion,shock\n"
                + "\"jacket, \"\"navy\"\"\",2026-01-05,1.25,maturity,10,\"a,b\",\n")
        #expect(writer.summaries.products.first?.totalDemand == 2)
    }

    @Test("atomic writes replace a file whole and leave no temporary file behind")
    func atomicWrite() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/nested/out.txt"
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/nested") == ["out.txt"])
    }

    @Test("a run folder appears only on commit and never overwrites an existing folder")
    func runFolder() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let destination = folder + "/run"
        let run = try RunFolder(destination: destination)
        try AtomicFile.write("x", to: run.path("a.csv"))
        #expect(!FileManager.default.fileExists(atPath: destination))
        try run.commit()
        #expect(FileManager.default.fileExists(atPath: destination + "/a.csv"))
        #expect(throws: OutputError.self) { try RunFolder(destination: destination) }

        let abandoned = try RunFolder(destination: folder + "/other")
        try AtomicFile.write("y", to: abandoned.path("b.csv"))
        abandoned.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["run"])
    }

    @Test("a streamed CSV holds every row in order, quoted where needed, across buffer flushes")
    func streamedCSV() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/rows.csv"
        let stream = try CSVStream(path: path, header: ["id", "note"])
        // About 3 MB of rows: the 1 MB buffer is flushed several times.
        let rows = 100_000
        for index in 0..<rows {
            try stream.write([String(index), index % 1000 == 0 ? "line\nbreak, \"quoted\"" : "plain text here"])
        }
        try stream.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("id,note\n0,\"line\nbreak, \"\"quoted\"\"\"\n1,plain text here\n"))
        #expect(text.hasSuffix("\(rows - 1),plain text here\n"))
        // Rows plus header, plus the line break inside each quoted note.
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == rows + 1 + rows / 1000 + 1)
    }
}
