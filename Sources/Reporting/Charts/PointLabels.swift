/// Labels beside scatter points, placed greedily so that they overlap neither each other nor
/// any marker and stay inside the plot.
enum PointLabels {
    struct Box {
        var left, top, right, bottom: Double

        func overlaps(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }

        /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
        func crosses(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Bool {
            var low = 0.0
            var high = 1.0
            let (dx, dy) = (b.x - a.x, b.y - a.y)
            for (p, q) in [(-dx, a.x - left), (dx, right - a.x), (-dy, a.y - top), (dy, bottom - a.y)] {
                if p == 0 {
                    if q < 0 { return false }
                } else {
                    let t = q / p
                    if p < 0 { low = max(low, t) } else { high = min(high, t) }
                    if low > high { return false }
                }
            }
            return true
        }
    }

    /// A candidate spot: the box the text would cover, its anchor point and `text-anchor`.
    struct Spot {
        var box: Box
        var x: Double
        var baseline: Double
        var anchor: String
    }

    static let fontSize = ChartText.annotationSize + 1

    /// Label nodes for `labels` at pixel `positions`, tried in `priority` order (earlier points
    /// get the better spots). Spots are tried right, left, above, below, then diagonally; a
    /// first pass also keeps labels off the polyline `path`, a second pass places the labels
    /// still missing across it rather than not at all. A label with no free spot is left out.
    static func place(_ labels: [String], at positions: [(x: Double, y: Double)], priority: [Int], path: [(x: Double, y: Double)],
                      plot: PlotArea) -> [MarkupNode] {
        var taken = positions.map { Box(left: $0.x - 6, top: $0.y - 6, right: $0.x + 6, bottom: $0.y + 6) }
        var placed: [Int: MarkupNode] = [:]
        for avoidsPath in [true, false] {
            for index in priority where placed[index] == nil {
                let text = TextWidth.truncated(labels[index], toWidth: 160, fontSize: fontSize)
                let spot = spots(width: TextWidth.of(text, fontSize: fontSize), at: positions[index]).first { spot in
                    let box = spot.box
                    let inside = box.left >= plot.left + 2 && box.right <= plot.right - 2 && box.top >= plot.top && box.bottom <= plot.bottom - 2
                    let crossed = avoidsPath && zip(path, path.dropFirst()).contains { box.crosses($0, $1) }
                    return inside && !crossed && !taken.contains { $0.overlaps(box) }
                }
                guard let spot else { continue }
                taken.append(spot.box)
                placed[index] = ChartText.node(text, x: spot.x, y: spot.baseline, size: fontSize, anchor: spot.anchor,
                                               colour: ChartPalette.ink, halo: true)
            }
        }
        return priority.compactMap { placed[$0] }
    }

    /// Spots around a point for text `width` pixels wide, best first.
    static func spots(width: Double, at point: (x: Double, y: Double)) -> [Spot] {
        let (x, y) = point
        let ascent = fontSize * 0.75
        let descent = fontSize * 0.25
        func spot(_ left: Double, _ baseline: Double, _ anchorX: Double, _ anchor: String) -> Spot {
            Spot(box: Box(left: left, top: baseline - ascent, right: left + width, bottom: baseline + descent), x: anchorX,
                 baseline: baseline, anchor: anchor)
        }
        let middle = y + fontSize * 0.35
        return [
            spot(x + 8, middle, x + 8, "start"),
            spot(x - 8 - width, middle, x - 8, "end"),
            spot(x - width / 2, y - 10, x, "middle"),
            spot(x - width / 2, y + 9 + ascent, x, "middle"),
            spot(x + 5, y - 8, x + 5, "start"),
            spot(x + 5, y + 8 + ascent, x + 5, "start"),
            spot(x - 5 - width, y - 8, x - 5, "end"),
            spot(x - 5 - width, y + 8 + ascent, x - 5, "end"),
        ]
    }
}
