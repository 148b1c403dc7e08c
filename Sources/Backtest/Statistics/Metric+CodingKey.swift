extension Metric: CodingKeyRepresentable {
    // Figures keyed by metric (`[Metric: Figure]`) are coded as JSON objects keyed by the
    // metric's name, as every output file names it; an unknown name fails to decode.
}
