import Foundation

/// The memory a single computation may ask for before Impact refuses it with a sentence,
/// instead of letting an allocation abort the process ("Fatal error: failed to allocate").
///
/// Default: half of the machine's physical memory (`ProcessInfo.physicalMemory / 2`).
/// Override with the environment variable `IMPACT_MEMORY_BUDGET`: a number of bytes with an
/// optional unit (`800M`, `4G`, `512MiB`) or a percentage of physical memory (`75%`).
///
/// It is checked **before** allocating: a design matrix (observations × parameters, factor
/// levels counted first, times ``designCopies`` for the working copy and the factorization),
/// a bootstrap's draws and statistics, a decomposition's work space. A request over the
/// budget throws ``MemoryBudgetError/exceeded(what:needed:budget:)``, which says what it
/// would need and what to do.
public struct MemoryBudget: Sendable, Equatable {
    /// The budget in bytes.
    public let bytes: Int

    /// A budget of `bytes` bytes.
    public init(bytes: Int) { self.bytes = bytes }

    /// Copies of the design matrix a fit holds at once: the matrix, its working copy and the
    /// QR factorization (3).
    public static let designCopies = 3

    /// The environment variable that overrides the default.
    public static let environmentVariable = "IMPACT_MEMORY_BUDGET"

    /// The budget of this process: `IMPACT_MEMORY_BUDGET` when set and valid, otherwise half
    /// the physical memory.
    public static var current: MemoryBudget {
        let physical = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        if let text = ProcessInfo.processInfo.environment[environmentVariable],
           let bytes = parse(text, physicalMemory: physical) {
            return MemoryBudget(bytes: bytes)
        }
        return MemoryBudget(bytes: physical / 2)
    }

    /// Bytes from `800M`, `4G`, `512MiB`, `1000000` or `75%` (of `physicalMemory`); `nil`
    /// when the text is none of these.
    public static func parse(_ text: String, physicalMemory: Int) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        if trimmed.hasSuffix("%"), let percent = Double(trimmed.dropLast()), percent > 0 {
            return Int(Double(physicalMemory) * percent / 100)
        }
        let units: [(String, Double)] = [("GIB", 1_073_741_824), ("MIB", 1_048_576), ("KIB", 1024),
                                         ("GB", 1e9), ("MB", 1e6), ("KB", 1e3),
                                         ("G", 1_073_741_824), ("M", 1_048_576), ("K", 1024), ("B", 1)]
        for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count)), value > 0 else { return nil }
            return Int(clamping: Int64(min(value * scale, 9e18)))
        }
        guard let value = Double(trimmed), value > 0 else { return nil }
        return Int(min(value, 9e18))
    }

    /// Throws when `count` values of `bytesEach` bytes would exceed the budget; the product
    /// is computed without overflow.
    public func check(_ what: MemoryUse, count: Int, bytesEach: Int = MemoryLayout<Double>.stride)
        throws(MemoryBudgetError) {
        let (needed, overflow) = max(count, 0).multipliedReportingOverflow(by: bytesEach)
        if overflow || needed > bytes {
            throw .exceeded(what: what, needed: overflow ? Int.max : needed, budget: bytes)
        }
    }

    /// `a × b × c` without overflow (saturating at `Int.max`).
    public static func product(_ factors: Int...) -> Int {
        var result = 1
        for factor in factors {
            let (next, overflow) = result.multipliedReportingOverflow(by: max(factor, 0))
            if overflow { return .max }
            result = next
        }
        return result
    }
}

/// What a ``MemoryBudget`` is checked for.
public enum MemoryUse: Sendable, Equatable {
    /// A design matrix of `observations` rows and `parameters` columns.
    case designMatrix(observations: Int, parameters: Int)
    /// A bootstrap of `replications` draws over `units` clusters or firms.
    case bootstrap(replications: Int, units: Int)
}

/// A computation would need more memory than the ``MemoryBudget`` allows.
public enum MemoryBudgetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `needed` bytes for `what`, over the budget of `budget` bytes.
    case exceeded(what: MemoryUse, needed: Int, budget: Int)

    /// One sentence: what would be needed, the budget, and what to do.
    public var description: String {
        guard case let .exceeded(what, needed, budget) = self else { return "" }
        let subject: String
        let remedy: String
        switch what {
        case let .designMatrix(observations, parameters):
            subject = "a design matrix of \(observations) observations × \(parameters) parameters"
            remedy = "absorb large factors as fixed effects after '|' instead of C(…), or use fewer terms"
        case let .bootstrap(replications, units):
            subject = "a bootstrap of \(replications) replications over \(units) units"
            remedy = "ask for fewer replications (999 or 9,999 are usual)"
        }
        return "This would need \(Self.format(needed)) of memory for \(subject), more than the budget of "
            + "\(Self.format(budget)); \(remedy), or raise the budget with \(MemoryBudget.environmentVariable) "
            + "(e.g. IMPACT_MEMORY_BUDGET=16G)."
    }

    /// Bytes in the largest binary unit that keeps the number at least 1, e.g. `2.9 TiB`.
    static func format(_ bytes: Int) -> String {
        if bytes == .max { return "more than 8 EiB" }
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes), index = 0
        while value >= 1024 && index < units.count - 1 { value /= 1024; index += 1 }
        return index == 0 ? "\(bytes) bytes" : String(format: "%.1f", value) + " " + units[index]
    }
}
