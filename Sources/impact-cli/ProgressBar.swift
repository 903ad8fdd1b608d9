import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a
/// terminal (so redirected output and tests stay clean). Redraws at most once per percent.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private var lastPercent = -1

    init(label: String) {
        self.label = label
        enabled = isatty(FileHandle.standardError.fileDescriptor) == 1
    }

    /// Draws `fraction` (0…1) of the bar.
    func update(_ fraction: Double) {
        guard enabled else { return }
        let percent = Int((min(max(fraction, 0), 1) * 100).rounded(.down))
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)%".utf8))
    }

    /// Ends the line.
    func finish() {
        guard enabled, lastPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
