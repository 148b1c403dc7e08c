import Foundation

/// Renders HTML pages in headless Chromium through `scripts/render-html`, for the test targets
/// that check reports in a real browser (a support module: test targets cannot share code
/// otherwise). The script fails on any console message — blocked scripts or fetches, errors —
/// and on a blank screenshot.
public enum BrowserCheck {
    /// Chromium's path on `PATH`, or nil when it is not installed (tests are then skipped,
    /// saying so).
    public static let chromium: String? = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"].lazy.compactMap { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

    /// Why a browser test is skipped.
    public static let skipReason = "Chromium is not installed (scripts/install-chromium installs it): browser check skipped"

    /// The repository's root folder (this file is Tests/BrowserCheck/BrowserCheck.swift).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What `scripts/render-html` said about one page.
    public struct Rendering: Sendable {
        /// The script's exit status: 0 healthy; 1 console messages; 2 blank or missing screenshot.
        public var status: Int32
        /// Its standard output and error.
        public var output: String
        /// Whether the page loaded without a console message and the screenshot was written.
        public var isHealthy: Bool { status == 0 && output.contains(", 0 console message(s)") }
    }

    /// Renders `page` to the PNG `image` in a window of `window` ("1280x7000") pixels.
    public static func render(_ page: URL, to image: URL, window: String) throws -> Rendering {
        let process = Process()
        process.executableURL = repository.appendingPathComponent("scripts/render-html")
        process.arguments = [page.path, image.path, window]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Rendering(status: process.terminationStatus, output: text)
    }
}
