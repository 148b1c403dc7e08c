/// A point of a series, in the units of the chart's axes. A NaN `y` is a gap: lines break there.
public struct ChartPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A point of an interval band: the range `lower…upper` at `x` (axis units). NaN bounds are gaps.
public struct BandPoint: Sendable, Equatable {
    public var x: Double
    public var lower: Double
    public var upper: Double

    public init(x: Double, lower: Double, upper: Double) {
        self.x = x
        self.lower = lower
        self.upper = upper
    }
}
