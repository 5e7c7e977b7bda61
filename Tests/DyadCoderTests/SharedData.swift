import Foundation

/// Locates ../shared beside the package (present in CI, absent in a user's clone).
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("examples").path) }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
}
