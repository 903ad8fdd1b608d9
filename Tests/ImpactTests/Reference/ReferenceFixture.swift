import Foundation
import Testing
@testable import Impact

/// A copied peer fixture: `Fixtures/reference/<case>/data.csv` (read with `CSVReader`) and
/// `expected.json`.
struct ReferenceFixture {
    let name: String
    let table: Table
    let expected: ReferenceJSON

    init(_ name: String) throws {
        self.name = name
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("reference").appendingPathComponent(name)
        table = try CSVReader.read(path: base.appendingPathComponent("data.csv").path)
        let data = try Data(contentsOf: base.appendingPathComponent("expected.json"))
        expected = ReferenceJSON(try JSONSerialization.jsonObject(with: data))
    }

    /// The model frame of `formula` on this fixture's data.
    func frame(_ formula: String, weights: String? = nil, clusters: [String] = []) throws -> ModelFrame {
        try ModelFrame(formula: formula, table: table, weights: weights, clusters: clusters)
    }
}

/// Minimal read access to parsed JSON.
struct ReferenceJSON {
    let raw: Any
    init(_ raw: Any) { self.raw = raw }

    subscript(_ key: String) -> ReferenceJSON { ReferenceJSON((raw as? [String: Any])?[key] ?? NSNull()) }
    subscript(_ index: Int) -> ReferenceJSON { ReferenceJSON((raw as? [Any])?[index] ?? NSNull()) }

    var double: Double? { (raw as? NSNumber)?.doubleValue }
    var int: Int? { (raw as? NSNumber)?.intValue }
    var string: String? { raw as? String }
    var doubles: [Double] { (raw as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } ?? [] }
    var strings: [String] { (raw as? [Any])?.compactMap { $0 as? String } ?? [] }
    var array: [ReferenceJSON] { (raw as? [Any])?.map(ReferenceJSON.init) ?? [] }
    /// A row-major matrix as a flat row-major array.
    var matrixRows: [[Double]] { array.map(\.doubles) }
}

/// Relative comparison with an absolute floor (fixtures README: relative 1e-6, absolute
/// 1e-10 when the expected value is below 1e-4). Returns the largest relative error seen.
@discardableResult
func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-6,
                 absoluteBelow floor: Double = 1e-4, absolute: Double = 1e-10,
                 _ what: String, sourceLocation: SourceLocation = #_sourceLocation) -> Double {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
    var worst = 0.0
    for (a, e) in zip(actual, expected) {
        if abs(e) < floor {
            #expect(abs(a - e) <= absolute, "\(what): \(a) vs expected \(e)", sourceLocation: sourceLocation)
        } else {
            let error = abs(a - e) / abs(e)
            worst = max(worst, error)
            #expect(error <= relative, "\(what): \(a) vs expected \(e) (relative error \(error))",
                    sourceLocation: sourceLocation)
        }
    }
    return worst
}

/// Absolute comparison (p-values: absolute 1e-8).
func expectAbsolute(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-8, _ what: String,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): count", sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
        #expect(abs(a - e) <= tolerance, "\(what): \(a) vs expected \(e)", sourceLocation: sourceLocation)
    }
}

extension RegressionResult {
    /// Values of a column of the coefficient table, in the order of `terms`.
    func values(_ terms: [String], _ key: KeyPath<CoefficientEstimate, Double>) -> [Double] {
        terms.map { coefficient($0)?[keyPath: key] ?? .nan }
    }

    /// The covariance restricted and reordered to `terms`, row-major.
    func covarianceRows(_ terms: [String]) -> [Double] {
        let names = coefficients.map(\.term)
        let index = terms.map { names.firstIndex(of: $0) ?? -1 }
        return index.flatMap { i in index.map { j in i < 0 || j < 0 ? .nan : covariance[i, j] } }
    }
}
