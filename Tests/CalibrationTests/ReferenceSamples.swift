/// Samples shared by the tests that compare with scipy and numpy. The Python lines that build
/// the same samples are quoted where the reference values are pasted.
enum ReferenceSamples {
    static let a: [Double] = [0.61, 1.2, 2.3, 0.45, 3.1, 1.7, 0.9]
    static let b: [Double] = [1.1, 2.8, 3.5, 2.2, 4.0, 1.9, 2.6, 3.3, 0.7]
    /// Counts with ties inside and across the samples.
    static let c: [Double] = [0, 0, 1, 1, 2, 3, 5]
    static let d: [Double] = [0, 1, 1, 1, 2, 2, 4, 6, 7, 8]
    /// Python: e = [(i*0.6180339887498949) % 1.0 for i in range(1, 61)]
    static let e = (1...60).map { (Double($0) * 0.6180339887498949).truncatingRemainder(dividingBy: 1) }
    /// Python: f = [(j*0.4142135623730951) % 1.0 + 0.15 for j in range(1, 46)]
    static let f = (1...45).map { (Double($0) * 0.4142135623730951).truncatingRemainder(dividingBy: 1) + 0.15 }
    /// Python: g = [(i*0.6180339887498949) % 1.0 for i in range(1, 401)]
    static let g = (1...400).map { (Double($0) * 0.6180339887498949).truncatingRemainder(dividingBy: 1) }
    /// Python: h = [(j*0.4142135623730951) % 1.0 + 0.3 for j in range(1, 301)]
    static let h = (1...300).map { (Double($0) * 0.4142135623730951).truncatingRemainder(dividingBy: 1) + 0.3 }
}
