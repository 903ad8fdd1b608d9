@testable import Impact

/// Small deterministic panels for the policy-effect tests (Monte-Carlo replications,
/// error cases), drawn with the shared `SplitMix64`.
enum PolicyTestData {
    /// A standard normal draw by Box–Muller from two uniforms of `generator`.
    static func normal(_ generator: inout SplitMix64) -> Double {
        let u1 = max(generator.nextUnit(), 1e-300)
        let u2 = generator.nextUnit()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }

    /// A balanced 2×2 panel: `firms` firms (the first half treated), `years` years from 2019
    /// (the second half post), `y = firm effect + trend·year index + att·treated·post + ε`,
    /// all shocks standard normal. Columns: `firm_id` (text), `year`, `treated`, `post`, `y`.
    static func twoByTwoPanel(firms: Int, years: Int, att: Double, trend: Double,
                              generator: inout SplitMix64) throws -> Table {
        var ids = [String?](), year = [Double](), treated = [Double](), post = [Double](), y = [Double]()
        for firm in 0..<firms {
            let effect = normal(&generator)
            let isTreated = firm < firms / 2
            for t in 0..<years {
                let isPost = t >= years / 2
                ids.append("F\(firm)")
                year.append(Double(2019 + t))
                treated.append(isTreated ? 1 : 0)
                post.append(isPost ? 1 : 0)
                y.append(effect + trend * Double(t) + (isTreated && isPost ? att : 0) + normal(&generator))
            }
        }
        return try Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(ids))),
            ("year", .numeric(NumericColumn(values: year))),
            ("treated", .numeric(NumericColumn(values: treated))),
            ("post", .numeric(NumericColumn(values: post))),
            ("y", .numeric(NumericColumn(values: y))),
        ])
    }

    /// Rows `rows` of `table`, every column kept.
    static func subset(_ table: Table, rows: [Int]) throws -> Table {
        let columns: [(name: String, column: Column)] = zip(table.columnNames, table.columns).map { name, column in
            switch column {
            case .numeric(let numbers):
                return (name, .numeric(NumericColumn(rows.map { numbers[$0] })))
            case .categorical(let categories):
                return (name, .categorical(CategoricalColumn(rows.map { categories[$0] })))
            }
        }
        return try Table(columns: columns)
    }
}

import Foundation
