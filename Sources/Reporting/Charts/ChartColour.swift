import Foundation

/// An sRGB colour, written as `#RRGGBB`.
public struct ChartColour: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// From `0xRRGGBB`.
    public init(_ rgb: UInt32) {
        self.init(red: UInt8((rgb >> 16) & 0xFF), green: UInt8((rgb >> 8) & 0xFF), blue: UInt8(rgb & 0xFF))
    }

    /// "#RRGGBB", upper-case hex.
    public var hex: String {
        let digits = Array("0123456789ABCDEF")
        return "#" + [red, green, blue].map { String([digits[Int($0 >> 4)], digits[Int($0 & 0xF)]]) }.joined()
    }

    /// The colour `fraction` (0…1) of the way to `other`, channel by channel in sRGB.
    public func mixed(with other: ChartColour, _ fraction: Double) -> ChartColour {
        let t = min(max(fraction, 0), 1)
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return ChartColour(red: channel(red, other.red), green: channel(green, other.green), blue: channel(blue, other.blue))
    }

    /// A light tint for backgrounds: `fraction` of the way to white.
    public func tint(_ fraction: Double) -> ChartColour {
        mixed(with: .white, fraction)
    }

    /// Relative luminance (WCAG 2), 0 for black to 1 for white.
    public var luminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white, whichever contrasts more with this colour (for text on a fill).
    public var contrastingText: ChartColour {
        // Contrast with black (L + 0.05) / 0.05 exceeds that with white 1.05 / (L + 0.05)
        // exactly when L > 0.179.
        luminance > 0.179 ? .black : .white
    }

    public static let white = ChartColour(0xFFFFFF)
    public static let black = ChartColour(0x000000)
}

