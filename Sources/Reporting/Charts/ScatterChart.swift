/// Labelled points on two numeric axes, with a highlighted subset joined in x order — the
/// service–inventory Pareto frontier of strategies (fill rate against stock value).
///
/// Highlighted points are filled markers on a solid line; the others are hollow grey circles.
/// Each point is labelled beside it where a free spot exists (right, left, above, below, in
/// that order of preference, avoiding other labels and markers); an unlabelled point still
/// carries its label as a tooltip and in the text alternative.
public struct ScatterChart: SVGChart {
    public var title: String
    public var subtitle: String?
    /// Prepended to the generated text alternative.
    public var description: String?
    public var xAxis: ChartAxis
    public var yAxis: ChartAxis
    public var points: [Point]
    /// Legend names of the highlighted points and of the rest.
    public var highlightName: String
    public var othersName: String
    /// Whether the highlighted points are joined by a line (in ascending x).
    public var joinsHighlighted: Bool
    public var size: ChartSize

    public init(title: String, subtitle: String? = nil, description: String? = nil, xAxis: ChartAxis, yAxis: ChartAxis,
                points: [Point], highlightName: String = "on the frontier", othersName: String = "dominated",
                joinsHighlighted: Bool = true, size: ChartSize = ChartSize(width: 720, height: 440)) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.points = points
        self.highlightName = highlightName
        self.othersName = othersName
        self.joinsHighlighted = joinsHighlighted
        self.size = size
    }

    /// A point in axis units.
    public struct Point: Sendable {
        public var label: String
        public var x: Double
        public var y: Double
        public var highlighted: Bool

        public init(label: String, x: Double, y: Double, highlighted: Bool = false) {
            self.label = label
            self.x = x
            self.y = y
            self.highlighted = highlighted
        }
    }
}
