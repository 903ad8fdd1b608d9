/// A spanning forest of the untreated rows seen as a bipartite graph: firms and periods
/// are the nodes, each untreated row is an edge between its firm and its period.
///
/// Two-way fixed effects `αᵢ + λₜ` are identified exactly on the connected components of
/// this graph (up to one constant per component), so the forest answers the three
/// questions the imputation estimator asks without any dense matrix:
///
/// - which treated rows can be imputed: those whose firm and period lie in one component;
/// - the effects `α`, `λ` from fitted values `fᵣ = α_{i(r)} + λ_{t(r)}` on the untreated
///   rows: walk each tree from its root (a firm, set to 0) and solve each edge for the
///   child's effect;
/// - a vector `y*` on the untreated rows with prescribed firm sums and period sums
///   (`D₀ᵀy* = b`), by pushing each node's remaining demand up its tree edge from the
///   leaves (non-tree edges carry 0). `b` must sum to the same total over the firms and
///   over the periods of each component.
///
/// Cost: O(rows + firms + periods) for building and for each question.
struct ImputationForest {
    /// Node count: firms are `0..<unitCount`, periods `unitCount..<unitCount + periodCount`.
    let unitCount: Int
    let periodCount: Int
    /// Component of each node, `-1` for a node without untreated rows.
    let component: [Int32]
    /// Nodes in breadth-first order, roots first in each tree.
    let order: [Int32]
    /// Parent node of each node (`-1` for a root or an isolated node).
    let parent: [Int32]
    /// The untreated row (index into the edge list given at creation) joining each node to
    /// its parent (`-1` for roots).
    let parentEdge: [Int32]

    /// Builds the forest of the edges `(units[e], periods[e])`, roots taken in firm order.
    // Long: one breadth-first search over an adjacency list in compressed form.
    init(units: [Int32], periods: [Int32], unitCount: Int, periodCount: Int) {
        let nodeCount = unitCount + periodCount
        var degree = [Int](repeating: 0, count: nodeCount + 1)
        for e in units.indices {
            degree[Int(units[e]) + 1] += 1
            degree[unitCount + Int(periods[e]) + 1] += 1
        }
        for node in 0..<nodeCount { degree[node + 1] += degree[node] }
        var fill = degree
        var neighbours = [Int32](repeating: 0, count: 2 * units.count)
        var edges = [Int32](repeating: 0, count: 2 * units.count)
        for e in units.indices {
            let unit = Int(units[e]), period = unitCount + Int(periods[e])
            neighbours[fill[unit]] = Int32(period); edges[fill[unit]] = Int32(e); fill[unit] += 1
            neighbours[fill[period]] = Int32(unit); edges[fill[period]] = Int32(e); fill[period] += 1
        }
        var component = [Int32](repeating: -1, count: nodeCount)
        var parent = [Int32](repeating: -1, count: nodeCount)
        var parentEdge = [Int32](repeating: -1, count: nodeCount)
        var order: [Int32] = []
        order.reserveCapacity(nodeCount)
        var components: Int32 = 0
        for root in 0..<nodeCount where component[root] < 0 && degree[root + 1] > degree[root] {
            component[root] = components
            var head = order.count
            order.append(Int32(root))
            while head < order.count {
                let node = Int(order[head])
                head += 1
                for k in degree[node]..<degree[node + 1] where component[Int(neighbours[k])] < 0 {
                    let next = Int(neighbours[k])
                    component[next] = components
                    parent[next] = Int32(node)
                    parentEdge[next] = edges[k]
                    order.append(Int32(next))
                }
            }
            components += 1
        }
        self.unitCount = unitCount
        self.periodCount = periodCount
        self.component = component
        self.order = order
        self.parent = parent
        self.parentEdge = parentEdge
    }

    /// Whether firm `unit` and period `period` lie in one component (so `α + λ` of the
    /// pair is identified).
    func connects(unit: Int32, period: Int32) -> Bool {
        let a = component[Int(unit)], b = component[unitCount + Int(period)]
        return a >= 0 && a == b
    }

    /// Firm and period effects reproducing the fitted values `fitted` (one per edge) on
    /// the tree edges, with each tree's root firm at 0; nodes without edges get 0.
    func effects(fitted: [Double]) -> (units: [Double], periods: [Double]) {
        var value = [Double](repeating: 0, count: unitCount + periodCount)
        for node in order {
            let p = Int(parent[Int(node)])
            guard p >= 0 else { continue }
            value[Int(node)] = fitted[Int(parentEdge[Int(node)])] - value[p]
        }
        return (Array(value[..<unitCount]), Array(value[unitCount...]))
    }

    /// A vector on the edges whose sums over each firm's edges are `unitSums` and over
    /// each period's edges are `periodSums` (tree edges only; others 0).
    func flow(unitSums: [Double], periodSums: [Double], edgeCount: Int) -> [Double] {
        var demand = unitSums + periodSums
        var result = [Double](repeating: 0, count: edgeCount)
        for node in order.reversed() {
            let p = Int(parent[Int(node)])
            guard p >= 0 else { continue }
            let carried = demand[Int(node)]
            result[Int(parentEdge[Int(node)])] = carried
            demand[p] -= carried
        }
        return result
    }
}
