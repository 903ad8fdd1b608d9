import ArgumentParser
import Impact

/// `--unit`: 元, 万元 or 亿元 (also the ASCII names yuan, wan, yi and the spellings
/// ``MoneyUnit/init(suffix:)`` accepts).
extension MoneyUnit: ExpressibleByArgument {
    public init?(argument: String) { self.init(suffix: argument) }

    public static var allValueStrings: [String] { allCases.map(\.symbol) }

    public var defaultValueDescription: String { symbol }
}

/// `--sort-by`: pull, contribution, leverage, increment or growth.
extension SectorRanking: ExpressibleByArgument {}
