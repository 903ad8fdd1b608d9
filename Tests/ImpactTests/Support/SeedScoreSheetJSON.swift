import Foundation
import Testing

/// Checks the score sheet JSON of the seed's 绩效自评表 (`datasets/chaoyang-2024`), as the
/// library writes it and as `impact score --format json` prints it. Expected values are the
/// seed report's (/work/shared/seed): 8 rows; the quantity row 数量指标, target 100家,
/// actual 97家, weight 15, score 14.55; total 99.55, grade 优. Returns the rows for further
/// checks.
@discardableResult
func expectSeedScoreSheetJSON(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [[String: Any]] {
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any],
                              sourceLocation: sourceLocation)
    #expect((object["total"] as? NSNumber)?.doubleValue == 99.55, sourceLocation: sourceLocation)
    #expect(object["grade"] as? String == "优", sourceLocation: sourceLocation)
    let rows = try #require(object["rows"] as? [[String: Any]], sourceLocation: sourceLocation)
    #expect(rows.count == 8, sourceLocation: sourceLocation)
    let first = try #require(rows.first, sourceLocation: sourceLocation)
    #expect(first["indicator"] as? String == "数量指标", sourceLocation: sourceLocation)
    #expect(first["target"] as? String == "100家", sourceLocation: sourceLocation)
    #expect(first["actual"] as? String == "97家", sourceLocation: sourceLocation)
    #expect((first["weight"] as? NSNumber)?.doubleValue == 15, sourceLocation: sourceLocation)
    #expect((first["score"] as? NSNumber)?.doubleValue == 14.55, sourceLocation: sourceLocation)
    return rows
}
