// swift-tools-version: 6.0
// Sellthrough: a market simulator on GSL and a backtester for forecasters and inventory policies.
// Module graph (dependencies point one way, see DESIGN in the README):
//   sellthrough → Workflows → Scenario, Reporting → Backtest → Market, Forecasting, Inventory
//   Market → Simulation, GSL → CGSL; Forecasting, Inventory → GSL
//   Evaluation → Forecasting, Simulation (rolling-origin evaluation); Reporting → Evaluation
//   Spelling (did-you-mean suggestions) is used by Evaluation, Scenario and the command line
import PackageDescription

let package = Package(
    name: "Sellthrough",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sellthrough", targets: ["sellthrough"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // GSL as a system library; only the GSL module imports it.
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]
        ),
        .target(name: "GSL", dependencies: ["CGSL"]),
        // "Did you mean …?" for names and keys: the scenario format, the gate and the command line.
        .target(name: "Spelling"),
        .target(name: "Simulation", dependencies: [
            .product(name: "HeapModule", package: "swift-collections"),
        ]),
        .target(name: "Market", dependencies: ["GSL", "Simulation"]),
        // Pure decisions: knows nothing of the market or the backtest (GSL for normal quantiles
        // and root finding only).
        .target(name: "Inventory", dependencies: ["GSL"]),
        .target(name: "Forecasting", dependencies: ["GSL"]),
        // Rolling-origin evaluation of forecasters on simulated or imported sales histories.
        .target(name: "Evaluation", dependencies: [
            "Forecasting", "GSL", "Simulation", "Spelling",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "Backtest", dependencies: ["Market", "Forecasting", "Inventory", "Simulation", "GSL"]),
        .target(name: "Scenario", dependencies: [
            "Backtest", "Evaluation", "Market", "Forecasting", "Inventory", "GSL", "Spelling",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Reporting", dependencies: [
            "Backtest", "Evaluation", "Market", "Simulation",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Each job end to end (simulate, run, merge, evaluate, check, report, bench): typed options
        // in, typed results and the files written out; no printing, no command-line flags.
        .target(name: "Workflows", dependencies: [
            "Scenario", "Reporting", "Backtest", "Evaluation", "Forecasting", "Market", "GSL", "Simulation", "Spelling",
        ]),
        .executableTarget(name: "sellthrough", dependencies: [
            "Workflows", "Scenario", "Reporting", "Backtest", "Evaluation", "Forecasting", "GSL", "Spelling",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "GSLTests", dependencies: ["GSL"]),
        .testTarget(name: "SpellingTests", dependencies: ["Spelling"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation"]),
        .testTarget(name: "MarketTests", dependencies: ["Market", "GSL"]),
        .testTarget(name: "InventoryTests", dependencies: ["Inventory", "GSL"]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting", "GSL"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Forecasting"]),
        .testTarget(name: "BacktestTests", dependencies: ["Backtest", "Market", "Inventory", "Forecasting", "GSL"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "Market", "Backtest"]),
        // Renders pages in headless Chromium for the browser tests of the two targets below.
        .target(name: "BrowserCheck", path: "Tests/BrowserCheck"),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Evaluation", "Forecasting", "Market", "BrowserCheck"], exclude: ["Charts/Snapshots"]),
        .testTarget(name: "WorkflowsTests", dependencies: [
            "Workflows", "Scenario", "Reporting", "Backtest", "Evaluation", "Forecasting", "Market",
        ]),
        .testTarget(name: "SellthroughTests", dependencies: ["sellthrough", "Workflows", "Reporting", "GSL", "BrowserCheck"]),
    ],
    swiftLanguageModes: [.v6]
)
