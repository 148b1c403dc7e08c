import Foundation
import Reporting
import Scenario

extension WhatIfReport {
    /// Whether `folder` holds a what-if study (`sellthrough whatif` writes `whatif.json`).
    static func isWhatIfFolder(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("whatif.json"))
    }

    /// The report of the `whatif` folder at `folder`, from its `whatif.json` alone: the page
    /// `sellthrough whatif` wrote, byte for byte, when this sellthrough `version` wrote the folder.
    /// - Throws: ``ReportSourceError`` naming what is missing or wrong and what to do.
    static func reading(folder: String, version: String) throws(ReportSourceError) -> WhatIfReport {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifestData = FileManager.default.contents(atPath: path("manifest.json")),
              let manifest = try? decoder.decode(RunManifest.self, from: manifestData) else {
            throw ReportSourceError(path: folder, problem: "is incomplete: manifest.json is missing or unreadable; run the what-if again")
        }
        guard manifest.version == version else {
            throw ReportSourceError(path: folder, problem: "was written by sellthrough \(manifest.version); this is \(version), which "
                                    + "draws reports only of its own studies: run `sellthrough whatif` again")
        }
        guard let data = FileManager.default.contents(atPath: path("whatif.json")) else {
            throw ReportSourceError(path: folder, problem: "cannot read whatif.json")
        }
        do {
            return WhatIfReport(result: try decoder.decode(WhatIfResult.self, from: data), version: version)
        } catch {
            throw ReportSourceError(path: path("whatif.json"), problem: "cannot be read as a what-if result (\(error)); run the what-if again")
        }
    }
}
