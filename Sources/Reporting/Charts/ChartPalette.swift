/// The colours of every chart: the Okabe–Ito palette, distinguishable with the common forms
/// of colour-vision deficiency (Okabe & Ito, "Color Universal Design", 2008), plus the neutral
/// inks of text, axes and grid.
///
/// Colour is never the only cue: ``SeriesStyle`` pairs each colour with a dash pattern, a
/// marker shape and a hatch, so series can be told apart in greyscale print too.
public enum ChartPalette {
    public static let black = ChartColour(0x000000)
    public static let orange = ChartColour(0xE69F00)
    public static let skyBlue = ChartColour(0x56B4E9)
    public static let bluishGreen = ChartColour(0x009E73)
    public static let yellow = ChartColour(0xF0E442)
    public static let blue = ChartColour(0x0072B2)
    public static let vermillion = ChartColour(0xD55E00)
    public static let reddishPurple = ChartColour(0xCC79A7)

    /// Series colours in order of use: the most distinct pairs first; yellow, faint on white,
    /// last.
    public static let series: [ChartColour] = [blue, vermillion, bluishGreen, reddishPurple, orange, skyBlue, black, yellow]

    /// Text, axis lines.
    public static let ink = ChartColour(0x222222)
    /// Tick labels, secondary text (contrast 7:1 on white).
    public static let mutedInk = ChartColour(0x555555)
    /// Grid lines.
    public static let grid = ChartColour(0xE4E4E4)
    /// Missing values in a heatmap.
    public static let missing = ChartColour(0xD9D9D9)

    /// The style of the `index`-th series (0-based; any index, wrapping around). Within the
    /// first 8 × 8 indices no two series share both colour and dash pattern.
    public static func style(_ index: Int) -> SeriesStyle {
        let index = max(index, 0)
        let colour = series[index % series.count]
        let variant = (index + index / series.count) % SeriesStyle.dashes.count
        return SeriesStyle(colour: colour, dash: SeriesStyle.dashes[variant], marker: ChartMarker.allCases[variant % ChartMarker.allCases.count],
                           hatch: HatchPattern.allCases[variant % HatchPattern.allCases.count])
    }

    /// A light background tint for the `index`-th kind of background span (lifecycle phases):
    /// the series colours mixed 84% with white, in an order that keeps neighbours distinct.
    public static func spanTint(_ index: Int) -> ChartColour {
        let order = [skyBlue, bluishGreen, yellow, orange, reddishPurple, blue, vermillion, black]
        return order[max(index, 0) % order.count].tint(index < order.count ? 0.8 : 0.9)
    }
}

/// How one series is drawn: colour, dash pattern (an SVG `stroke-dasharray`, nil for solid),
/// point marker and bar hatch.
public struct SeriesStyle: Sendable, Equatable {
    public var colour: ChartColour
    public var dash: String?
    public var marker: ChartMarker
    public var hatch: HatchPattern

    /// Solid first, then patterns that stay distinct at 2 px.
    static let dashes: [String?] = [nil, "7 3", "2 2.5", "9 3 2 3", "4 4", "12 3 3 3 3 3", "1 4", "14 5"]
}
