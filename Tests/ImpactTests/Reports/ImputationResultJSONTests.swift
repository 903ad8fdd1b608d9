import Foundation
import Testing
@testable import Impact

/// The imputation estimator's JSON gives its event times (and its pre-trend leads) the shared
/// ``EventTimeJSON`` shape of the other event-time results, keeping its own keys after them.
@Suite("Imputation JSON: the shared event-time shape")
struct ImputationResultJSONTests {
    /// The members of `value` when it is an object, else none.
    static func members(_ value: JSONValue?) -> [JSONValue.Member] {
        guard case .object(let members)? = value else { return [] }
        return members
    }

    /// The items of `value` when it is an array, else none.
    static func items(_ value: JSONValue?) -> [JSONValue] {
        guard case .array(let items)? = value else { return [] }
        return items
    }

    @Test("event_study and pretrend leads: event_time … uniform_high, then n_treated / n_untreated")
    func keys() throws {
        // Three firms of ImputationTests (C first treated 2023) and a fourth never treated, so
        // the pre-trend regression has a lead at h = −2.
        let result = try ImputationTests.estimate(ImputationTests.threeFirms + "\nD,2021,0,5\nD,2022,0,6\nD,2023,0,9")
        let json = result.jsonValue(language: .en)
        let shared = ["event_time", "estimate", "std_error", "ci_low", "ci_high", "uniform_low", "uniform_high"]
        let events = Self.items(json["event_study"])
        #expect(events.count == result.eventStudy.count && !events.isEmpty)
        for (entry, point) in zip(events, result.eventStudy) {
            #expect(Self.members(entry).map(\.key) == shared + ["n_treated"])
            #expect(entry["event_time"] == .integer(point.eventTime ?? 0))
            #expect(entry["estimate"] == .number(point.estimate) && entry["std_error"] == .number(point.standardError))
            #expect(entry["ci_low"] == .number(point.confidenceInterval().low))
            #expect(entry["uniform_low"] == .null && entry["uniform_high"] == .null)
            #expect(entry["n_treated"] == .integer(point.observations))
        }
        let pretrend = try #require(result.pretrend)
        let leads = Self.items(json["pretrend"]?["leads"])
        #expect(leads.count == 1 && pretrend.leads.map(\.eventTime) == [-2])
        for (entry, point) in zip(leads, pretrend.leads) {
            #expect(Self.members(entry).map(\.key) == shared + ["n_untreated"])
            #expect(entry["event_time"] == .integer(point.eventTime) && entry["ci_high"] == .number(point.confidenceHigh))
            #expect(entry["uniform_low"] == .null && entry["uniform_high"] == .null)
        }
        // The document's own keys are unchanged.
        #expect(Self.members(json).map(\.key) == [
            "estimator", "overall", "event_study", "covariates", "pretrend", "cohorts", "n_units", "n_observations",
            "n_untreated", "n_treated", "standard_errors", "notes",
        ])
    }
}
