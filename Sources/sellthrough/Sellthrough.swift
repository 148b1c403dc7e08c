import ArgumentParser

@main
struct Sellthrough: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate product lifecycles in a market and backtest forecasters and inventory policies."
    )
}
