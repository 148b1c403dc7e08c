/// A sequential colour ramp for heatmaps: viridis (van der Walt & Smith, matplotlib 2015),
/// perceptually uniform, monotone in lightness, readable with colour-vision deficiencies and in
/// greyscale. Colours between the nine stops are interpolated linearly in sRGB.
public enum SequentialRamp {
    /// viridis at 0, 1/8, …, 1 (dark purple to yellow).
    static let stops: [ChartColour] = [
        ChartColour(0x440154), ChartColour(0x472D7B), ChartColour(0x3B528B), ChartColour(0x2C728E), ChartColour(0x21908C),
        ChartColour(0x27AD81), ChartColour(0x5DC863), ChartColour(0xAADC32), ChartColour(0xFDE725),
    ]

    /// The colour at `fraction` of the way along the ramp (clamped to 0…1; NaN gives the start).
    public static func colour(_ fraction: Double) -> ChartColour {
        let t = fraction.isNaN ? 0 : min(max(fraction, 0), 1)
        let position = t * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }
}
