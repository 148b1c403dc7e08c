// swift-tools-version: 6.0
// Sellthrough: a market simulator on GSL and a backtester for forecasters and inventory policies.
//
// Module layers, top to bottom (DESIGN in the README). A module imports only modules of lower
// layers: Forecasting and Inventory never see Market or Backtest, only GSL imports CGSL, and no
// library imports an executable. A leaf imports no module of ours and any module may import it.
// scripts/check-module-graph reads the lines below and checks every `import` in Sources/ against
// them, and every target's dependency list in this file against its imports; CI runs it.
// A new module is one line (or one more name on a line) here.
//   executables: sellthrough
//   layer: Workflows
//   layer: Reporting
//   layer: WhatIf, Calibration
//   layer: Scenario
//   layer: Backtest, Evaluation
//   layer: Market, Forecasting, Inventory, Censoring
//   layer: Simulation, Calendar, GSL
//   layer: CGSL
//   leaves: Spelling, TaskPool, Accuracy
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
        // Dates, day ranges and the period calendar: every module that speaks of days. In a file
        // that also imports Foundation, `Calendar` alone is Foundation's type; nothing here needs
        // the module-qualified form `Calendar.CalendarDate`, which that type would shadow.
        .target(name: "Calendar"),
        // The discrete-event kernel (future-event list and run loop); today it runs each
        // product's market events.
        // One ordered, deterministic pool of workers: the backtest, the evaluation and what-if run on it.
        .target(name: "TaskPool"),
        // Forecast accuracy as numbers only (errors, naive scales, pinball losses): the one
        // accumulator that the backtest and the evaluation both score with.
        .target(name: "Accuracy"),
        .target(name: "Simulation", dependencies: [
            .product(name: "HeapModule", package: "swift-collections"),
        ]),
        .target(name: "Market", dependencies: ["Calendar", "GSL", "Simulation"]),
        // Pure decisions: knows nothing of the market or the backtest (GSL for normal quantiles
        // and root finding only).
        .target(name: "Inventory", dependencies: ["GSL"]),
        .target(name: "Forecasting", dependencies: ["GSL"]),
        // Censored sales turned into demand (as-sales, product-limit, censored-likelihood,
        // comparable-periods) on plain series; GSL for the likelihood's minimiser and count tails.
        .target(name: "Censoring", dependencies: ["GSL"]),
        // Rolling-origin evaluation of forecasters on simulated or imported sales histories.
        .target(name: "Evaluation", dependencies: [
            "Accuracy", "Calendar", "Forecasting", "Spelling", "TaskPool",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "Backtest", dependencies: ["Accuracy", "Market", "Forecasting", "Inventory", "GSL", "TaskPool"]),
        .target(name: "Scenario", dependencies: [
            "Backtest", "Censoring", "Evaluation", "Market", "Forecasting", "Inventory", "Calendar", "GSL", "Spelling",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Sweeps of scenario fields under common random numbers, and the recommendation.
        .target(name: "WhatIf", dependencies: ["Scenario", "Backtest", "Market", "GSL", "Spelling", "TaskPool"]),
        // Fitting scenarios to a sales history and the fidelity of the fit: series statistics,
        // two-sample distances and simulated bands on plain arrays.
        .target(name: "Calibration", dependencies: ["Calendar", "Censoring", "Forecasting", "GSL", "TaskPool"]),
        .target(name: "Reporting", dependencies: [
            "Backtest", "Calibration", "Evaluation", "Market", "Calendar", "WhatIf",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Each job end to end (simulate, run, merge, evaluate, check, what-if, report, bench): typed
        // options in, typed results and the files written out; no printing, no command-line flags.
        .target(name: "Workflows", dependencies: [
            "Scenario", "WhatIf", "Reporting", "Backtest", "Evaluation", "Forecasting", "Market", "Calendar", "GSL", "Spelling",
            "Censoring", "Calibration", "TaskPool",
        ]),
        .executableTarget(name: "sellthrough", dependencies: [
            "Workflows", "Scenario", "WhatIf", "Reporting", "Backtest", "Evaluation", "Forecasting", "Spelling", "Censoring", "Calibration",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Shared by test targets only: the seeded SplitMix64 generator for test inputs.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GSLTests", dependencies: ["GSL"]),
        .testTarget(name: "SpellingTests", dependencies: ["Spelling"]),
        .testTarget(name: "CalendarTests", dependencies: ["Calendar"]),
        .testTarget(name: "TaskPoolTests", dependencies: ["TaskPool", "TestSupport"]),
        .testTarget(name: "AccuracyTests", dependencies: ["Accuracy"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation"]),
        .testTarget(name: "MarketTests", dependencies: ["Market", "Calendar", "GSL"]),
        .testTarget(name: "InventoryTests", dependencies: ["Inventory", "GSL"]),
        .testTarget(name: "CensoringTests", dependencies: ["Censoring", "GSL"]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting", "GSL", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Forecasting"]),
        .testTarget(name: "BacktestTests", dependencies: ["Backtest", "Accuracy", "Market", "Inventory", "Forecasting", "Calendar", "GSL", "TestSupport"]),
        .testTarget(name: "ScenarioTests", dependencies: [
            "Scenario", "Backtest", "Market", "Forecasting", "Calendar", "GSL", "TestSupport",
            .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "CalibrationTests", dependencies: ["Calibration", "GSL", "Market", "Calendar", "Censoring"]),
        // Reporting: the written forms of real sweeps are checked beside the study that makes them.
        .testTarget(name: "WhatIfTests", dependencies: ["WhatIf", "Scenario", "Backtest", "Reporting"]),
        // Renders pages in headless Chromium for the browser tests of the three targets below.
        .target(name: "BrowserCheck", path: "Tests/BrowserCheck"),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Calibration", "WhatIf", "Backtest", "Evaluation", "Forecasting", "Market", "Calendar", "BrowserCheck", "TestSupport"], exclude: ["Charts/Snapshots"]),
        .testTarget(name: "WorkflowsTests", dependencies: [
            "Workflows", "Scenario", "WhatIf", "Reporting", "Backtest", "Evaluation", "Forecasting", "Market", "BrowserCheck", "Calibration",
        ]),
        .testTarget(name: "SellthroughTests", dependencies: ["sellthrough", "Workflows", "WhatIf", "Reporting", "GSL", "BrowserCheck"]),
    ],
    swiftLanguageModes: [.v6]
)
