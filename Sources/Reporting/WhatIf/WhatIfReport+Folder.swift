import Foundation
import WhatIf

extension WhatIfReport {
    /// Whether `folder` holds a what-if study (`sellthrough whatif` writes `whatif.json`).
    public static func isWhatIfFolder(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(WhatIfFiles.json))
    }

    /// The report of the `whatif` folder at `folder`, from its `whatif.json` alone: the page
    /// `sellthrough whatif` wrote, byte for byte, when this sellthrough `version` wrote the folder.
    /// - Throws: ``ReportSourceError`` naming what is missing or wrong and what to do.
    public static func reading(folder path: String, version: String) throws(ReportSourceError) -> WhatIfReport {
        let folder = try ReportFolder(path, rerun: "run `sellthrough whatif`", absent: "give the folder `sellthrough whatif` wrote")
        let manifest = try folder.decode(RunManifest.self, from: "manifest.json", as: "a what-if manifest")
        try folder.requireVersion(manifest.version, is: version, things: "studies")
        return WhatIfReport(result: try folder.decode(WhatIfResult.self, from: WhatIfFiles.json, as: "a what-if result"), version: version)
    }
}
