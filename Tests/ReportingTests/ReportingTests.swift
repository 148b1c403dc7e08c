import Foundation
import Testing
@testable import Reporting
import Market
import Simulation

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
        let text = String(decoding: try DemandTable.csv([observation], model: model), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == DemandTable.header.joined(separator: ","))
        #expect(lines.last == "\"jacket, \"\"navy\"\"\",2026-01-05,2,1.25,maturity,10,\"a,b\",")
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
}
