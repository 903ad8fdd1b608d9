/// Nearest-neighbour matching on the propensity score, with replacement, for the ATT.
///
/// Each treated unit i on the common support is matched to the ``neighbors`` controls
/// with the closest scores |pᵢ − pⱼ| (k = 1 by default); a control may serve many treated
/// units. Ties: every control at exactly the k-th smallest distance is kept, so a treated
/// unit may get more than k matches, each weighing 1/|J(i)| (as Stata's `teffects
/// psmatch` and Abadie–Imbens treat ties). With a ``caliper`` c, only controls with
/// |pᵢ − pⱼ| ≤ c qualify and treated units without one are dropped and counted.
///
///     ATT = (1/N₁) Σᵢ (yᵢ − Σ_{j∈J(i)} yⱼ/|J(i)|)
///
/// Standard error: Abadie and Imbens (2006) for the population ATT, with the matching
/// weights Kⱼ = Σᵢ 1{j∈J(i)}/|J(i)| and Qⱼ = Σᵢ 1{j∈J(i)}/|J(i)|²:
///
///     V = (1/N₁²) [Σᵢ (yᵢ − ŷᵢ(0) − ATT)² + Σⱼ (Kⱼ² − Qⱼ) σ̂²ⱼ],
///
/// σ̂²ⱼ = J/(J+1)·(yⱼ − mean of its J nearest other controls)², J = 2 (fewer when fewer
/// controls exist). The score is treated as known (no Abadie–Imbens 2016 correction).
///
/// Conventions: min/max common-support trimming is on by default (as `psmatch2, common`):
/// treated units beyond the controls' range can only get poor matches, which biased the
/// estimate in a Monte-Carlo check; trimming removed that bias.
public struct PropensityMatching: Sendable, Equatable {
    /// Matches per treated unit, k ≥ 1; default 1.
    public var neighbors: Int
    /// Largest allowed score distance, or `nil` (default) for none.
    public var caliper: Double?
    /// Whether units outside the min/max common support are dropped first; default `true`.
    public var trimsToCommonSupport: Bool

    /// Neighbours used to estimate each control's conditional variance.
    static let varianceNeighbors = 2

    /// Creates the estimator.
    public init(neighbors: Int = 1, caliper: Double? = nil, trimsToCommonSupport: Bool = true) {
        self.neighbors = neighbors
        self.caliper = caliper
        self.trimsToCommonSupport = trimsToCommonSupport
    }

    /// Estimates the ATT by matching.
    ///
    /// - Throws: ``PropensityError/invalidNeighborCount(_:)``, ``PropensityError/invalidCaliper(_:)``,
    ///   ``PropensityError/noCommonSupport(treatedRange:controlRange:)``,
    ///   ``PropensityError/noMatchesWithinCaliper(caliper:)``.
    public func estimate(_ sample: PropensitySample) throws(PropensityError) -> PropensityEffect {
        guard neighbors >= 1 else { throw .invalidNeighborCount(neighbors) }
        if let caliper, !(caliper > 0) { throw .invalidCaliper(caliper) }
        let support = trimsToCommonSupport ? try PropensityCommonSupport(minMaxOf: sample)
                                           : PropensityCommonSupport(keepingAllOf: sample)
        let n = sample.count
        let p = sample.propensity, y = sample.outcome
        let treated = (0..<n).filter { support.isOnSupport[$0] && sample.treated[$0] }
        // Controls on the support, sorted by (score, row): ties keep sample order. The keys
        // are distinct, so an unstable sort of the pairs gives that one order.
        var keyed = (0..<n).filter { support.isOnSupport[$0] && !sample.treated[$0] }.map { (p[$0], $0) }
        keyed.sort { $0 < $1 }
        let controls = keyed.map(\.1), controlScores = keyed.map(\.0)
        keyed = []
        guard !treated.isEmpty, !controls.isEmpty else {
            throw .emptyGroup(treated: treated.count, controls: controls.count)
        }

        var weights = [Double](repeating: 0, count: n)
        var squaredWeights = [Double](repeating: 0, count: n)
        var matchedTreated: [Int] = []
        var imputed: [Double] = []
        var matches: [Int] = []
        for i in treated {
            Self.nearest(to: p[i], in: controlScores, count: neighbors, caliper: caliper, into: &matches)
            guard !matches.isEmpty else { continue }
            let share = 1 / Double(matches.count)
            for position in matches {
                weights[controls[position]] += share
                squaredWeights[controls[position]] += share * share
            }
            matchedTreated.append(i)
            imputed.append(matches.reduce(0) { $0 + y[controls[$1]] } * share)
        }
        guard !matchedTreated.isEmpty else { throw .noMatchesWithinCaliper(caliper: caliper ?? .infinity) }
        for i in matchedTreated { weights[i] = 1 }

        let count = Double(matchedTreated.count)
        let att = zip(matchedTreated, imputed).reduce(0) { $0 + y[$1.0] - $1.1 } / count
        var variance = zip(matchedTreated, imputed).reduce(0) { $0 + (y[$1.0] - $1.1 - att) * (y[$1.0] - $1.1 - att) }
        let used = controls.indices.filter { weights[controls[$0]] > 0 }
        for position in used {
            let j = controls[position]
            let factor = weights[j] * weights[j] - squaredWeights[j]
            guard factor > 0 else { continue }
            variance += factor * Self.conditionalVariance(of: position, controls: controls, scores: controlScores, outcome: y)
        }
        return PropensityEffect(
            method: .nearestNeighborMatching, att: att, standardError: variance.squareRoot() / count,
            treatedCount: matchedTreated.count, controlCount: used.count, support: support,
            unmatchedTreated: treated.count - matchedTreated.count,
            balance: PropensityBalanceTable(sample: sample, weights: weights),
            naiveDifference: PropensityWeighting.naiveDifference(sample), weights: weights,
            propensityModel: sample.logit)
    }

    /// Positions in `scores` (sorted ascending) of the `count` nearest to `target`, plus
    /// every further position tied with the last one; only distances within `caliper`.
    static func nearest(to target: Double, in scores: [Double], count: Int, caliper: Double?) -> [Int] {
        var chosen: [Int] = []
        nearest(to: target, in: scores, count: count, caliper: caliper, into: &chosen)
        return chosen
    }

    /// ``nearest(to:in:count:caliper:)`` written into `chosen` (emptied first, its storage
    /// reused: no allocation per treated unit).
    static func nearest(to target: Double, in scores: [Double], count: Int, caliper: Double?,
                        into chosen: inout [Int]) {
        chosen.removeAll(keepingCapacity: true)
        var low = Self.insertionPoint(of: target, in: scores) - 1
        var high = low + 1
        var lastDistance = -Double.infinity
        while low >= 0 || high < scores.count {
            let lowDistance = low >= 0 ? target - scores[low] : .infinity
            let highDistance = high < scores.count ? scores[high] - target : .infinity
            let distance = min(lowDistance, highDistance)
            if let caliper, distance > caliper { break }
            if chosen.count >= count && distance > lastDistance { break }
            if lowDistance <= highDistance { chosen.append(low); low -= 1 } else { chosen.append(high); high += 1 }
            lastDistance = distance
        }
    }

    /// The first index whose score is ≥ target (binary search).
    static func insertionPoint(of target: Double, in scores: [Double]) -> Int {
        var low = 0, high = scores.count
        while low < high {
            let middle = (low + high) / 2
            if scores[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// σ̂² of the control at `position`: J/(J+1)·(y − mean of its J nearest other controls)².
    static func conditionalVariance(of position: Int, controls: [Int], scores: [Double], outcome y: [Double]) -> Double {
        let available = min(varianceNeighbors, controls.count - 1)
        guard available > 0 else { return 0 }
        var low = position - 1, high = position + 1
        var total = 0.0
        for _ in 0..<available {
            let lowDistance = low >= 0 ? scores[position] - scores[low] : .infinity
            let highDistance = high < scores.count ? scores[high] - scores[position] : .infinity
            if lowDistance <= highDistance { total += y[controls[low]]; low -= 1 } else { total += y[controls[high]]; high += 1 }
        }
        let j = Double(available)
        let deviation = y[controls[position]] - total / j
        return j / (j + 1) * deviation * deviation
    }
}
