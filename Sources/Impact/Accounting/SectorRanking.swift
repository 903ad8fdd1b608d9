/// The quantity sectors are ranked by, largest first.
public enum SectorRanking: String, Sendable, CaseIterable, Codable {
    /// Pull (拉动), percentage points.
    case pull
    /// Contribution share (贡献率), per cent.
    case contributionShare = "contribution"
    /// Leverage per 万元 of subsidy (每万元撬动), in the data's unit per 万元.
    case leverage
    /// Increment of the supported firms.
    case increment
    /// Sector growth rate.
    case growthRate = "growth"

    /// The ranked quantity of `effect`, `nil` where it is undefined.
    public func key(of effect: SectorEffect) -> Double? {
        switch self {
        case .pull: effect.pull
        case .contributionShare: effect.contributionShare
        case .leverage: effect.leverage
        case .increment: effect.supportedIncrement
        case .growthRate: effect.growthRate
        }
    }

}
