/// Prefixes for the `id`s a chart defines (hatch patterns), derived from the chart's content
/// so that output is deterministic and two different charts on one page do not collide.
///
/// FNV-1a (64-bit) of the given parts; identical charts share identical definitions, which is
/// harmless.
enum ChartIdentifier {
    /// "c" followed by 16 hex digits.
    static func prefix(_ parts: [String]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "c" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
