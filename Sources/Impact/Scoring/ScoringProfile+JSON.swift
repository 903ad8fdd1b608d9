import Foundation

extension ScoringProfile {
    /// The keys a profile JSON file may have.
    static let jsonKeys: Set<String> = [
        "name", "base", "summary", "cost_overrun", "overshoot_deduction", "execution_caps",
        "execution_points", "decimals", "not_applicable", "required_weight_sum", "grade_thresholds",
        "execution_reason_threshold", "overshoot_reason_margin",
    ]

    /// Reads a profile from JSON: a built-in base and the options that differ from it.
    ///
    /// ```json
    /// {"name": "county-2024", "base": "mof-2020", "summary": "…",
    ///  "cost_overrun": "linear",
    ///  "overshoot_deduction": {"share": 0.3, "points": 2},
    ///  "execution_caps": [{"rate_below": 80, "maximum_total": 89}],
    ///  "execution_points": 20, "decimals": 0,
    ///  "not_applicable": "rescale_to_full",
    ///  "required_weight_sum": 100,
    ///  "grade_thresholds": {"excellent": 90, "good": 80, "fair": 60},
    ///  "execution_reason_threshold": 90, "overshoot_reason_margin": 0.3}
    /// ```
    /// Every key but `name` is optional; an absent key keeps the base's value (default base
    /// `mof-2020`), `null` clears an optional option (`overshoot_deduction`,
    /// `execution_points`, `required_weight_sum`, `overshoot_reason_margin`). Without `summary`, the summary is
    /// ``ProfileSummary/basedOn(_:)`` the base. Unknown keys and wrong types are errors
    /// naming the key, so a typo never silently falls back to a default.
    public init(json data: Data, file: String = "<profile>") throws(ScoringError) {
        let reader = try ProfileJSONReader(data: data, file: file)
        let name = try reader.name()
        var profile = try reader.base()
        let baseName = profile.name
        profile.name = name
        profile.summary = try reader.summary() ?? .basedOn(baseName)
        try reader.applyRules(to: &profile)
        try reader.applyTotals(to: &profile)
        self = profile
    }
}

/// The top-level object of a profile JSON file, read key by key with errors that name the
/// key (``ScoringError/invalidProfile(file:key:reason:)``).
private struct ProfileJSONReader {
    let root: [String: Any]
    let file: String

    /// Parses `data` and checks that every key is a profile option.
    init(data: Data, file: String) throws(ScoringError) {
        self.file = file
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ScoringError.invalidProfile(file: file, key: "", reason: "the top level must be a JSON object")
            }
            root = object
        } catch let error as ScoringError {
            throw error
        } catch {
            throw .invalidProfile(file: file, key: "", reason: "it is not valid JSON (\(error.localizedDescription))")
        }
        let known = ScoringProfile.jsonKeys
        if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
            throw invalid(unknown, "this key is not a profile option; the options are \(known.sorted().joined(separator: ", "))")
        }
    }

    func invalid(_ key: String, _ reason: String) -> ScoringError {
        .invalidProfile(file: file, key: key, reason: reason)
    }

    func number(_ value: Any?, _ key: String) throws(ScoringError) -> Double {
        guard let number = value as? NSNumber else { throw invalid(key, "a number was expected") }
        return number.doubleValue
    }

    func object(_ value: Any?, _ key: String) throws(ScoringError) -> [String: Any] {
        guard let object = value as? [String: Any] else { throw invalid(key, "an object was expected") }
        return object
    }

    /// A number, `nil` for JSON `null`.
    func optionalNumber(_ value: Any, _ key: String) throws(ScoringError) -> Double? {
        value is NSNull ? nil : try number(value, key)
    }

    /// The profile named by `base` (default ``ScoringProfile/mof2020``).
    func base() throws(ScoringError) -> ScoringProfile {
        guard let base = root["base"] else { return .mof2020 }
        guard let baseName = base as? String else { throw invalid("base", "a profile name was expected") }
        return try ScoringProfile.named(baseName)
    }

    /// The required, non-empty `name`.
    func name() throws(ScoringError) -> String {
        guard let name = root["name"] as? String, !name.isEmpty else {
            throw invalid("name", "a non-empty name is required")
        }
        return name
    }

    /// The file's own `summary`, if it has one.
    func summary() throws(ScoringError) -> ProfileSummary? {
        guard let summary = root["summary"] else { return nil }
        guard let text = summary as? String else { throw invalid("summary", "text was expected") }
        return .given(text)
    }

    /// The options of rows and execution, in file-check order: `cost_overrun`,
    /// `overshoot_deduction`, `execution_caps`, `execution_points`.
    func applyRules(to profile: inout ScoringProfile) throws(ScoringError) {
        if let value = root["cost_overrun"] {
            guard let text = value as? String, let rule = CostOverrunRule(rawValue: text) else {
                throw invalid("cost_overrun", "one of proportional, linear was expected")
            }
            profile.costOverrun = rule
        }
        if let value = root["overshoot_deduction"] {
            profile.overshootDeduction = try overshootDeduction(value)
        }
        if let value = root["execution_caps"] { profile.executionCaps = try executionCaps(value) }
        if let value = root["execution_points"] {
            profile.executionPoints = try optionalNumber(value, "execution_points")
        }
    }

    /// The options of rounding and the total, in file-check order: `decimals`,
    /// `not_applicable`, `required_weight_sum`, `grade_thresholds`,
    /// `execution_reason_threshold`.
    func applyTotals(to profile: inout ScoringProfile) throws(ScoringError) {
        if let value = root["decimals"] {
            let decimals = try number(value, "decimals")
            guard decimals == decimals.rounded(), (0...6).contains(decimals) else {
                throw invalid("decimals", "a whole number from 0 to 6 was expected")
            }
            profile.rounding = ScoreRounding(decimals: Int(decimals))
        }
        if let value = root["not_applicable"] {
            switch value as? String {
            case "exclude_from_total"?: profile.notApplicable = .excludeFromTotal
            case "rescale_to_full"?: profile.notApplicable = .rescaleToFull
            case "reallocate_within_level1"?: profile.notApplicable = .reallocateWithinLevel1
            default:
                throw invalid("not_applicable",
                              "one of reallocate_within_level1, rescale_to_full, exclude_from_total was expected")
            }
        }
        if let value = root["required_weight_sum"] {
            profile.requiredWeightSum = try optionalNumber(value, "required_weight_sum")
        }
        if let value = root["grade_thresholds"] { profile.gradeThresholds = try gradeThresholds(value) }
        if let value = root["execution_reason_threshold"] {
            profile.executionReasonThreshold = try number(value, "execution_reason_threshold")
        }
        if let value = root["overshoot_reason_margin"] {
            profile.overshootReasonMargin = try optionalNumber(value, "overshoot_reason_margin")
        }
    }

    func overshootDeduction(_ value: Any) throws(ScoringError) -> OvershootDeduction? {
        if value is NSNull { return nil }
        let rule = try object(value, "overshoot_deduction")
        return OvershootDeduction(share: try number(rule["share"], "overshoot_deduction.share"),
                                  points: try number(rule["points"], "overshoot_deduction.points"))
    }

    func executionCaps(_ value: Any) throws(ScoringError) -> [ExecutionCap] {
        guard let list = value as? [Any] else { throw invalid("execution_caps", "an array was expected") }
        var caps: [ExecutionCap] = []
        for (index, element) in list.enumerated() {
            let key = "execution_caps[\(index)]"
            let cap = try object(element, key)
            caps.append(ExecutionCap(rateBelow: try number(cap["rate_below"], key + ".rate_below"),
                                     maximumTotal: try number(cap["maximum_total"], key + ".maximum_total")))
        }
        return caps
    }

    func gradeThresholds(_ value: Any) throws(ScoringError) -> GradeThresholds {
        let thresholds = try object(value, "grade_thresholds")
        let excellent = try number(thresholds["excellent"], "grade_thresholds.excellent")
        let good = try number(thresholds["good"], "grade_thresholds.good")
        let fair = try number(thresholds["fair"], "grade_thresholds.fair")
        guard excellent > good, good > fair else {
            throw invalid("grade_thresholds", "the thresholds must decrease: excellent > good > fair")
        }
        return GradeThresholds(excellent: excellent, good: good, fair: fair)
    }
}
