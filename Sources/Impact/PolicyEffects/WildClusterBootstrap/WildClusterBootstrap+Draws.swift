extension WildClusterBootstrap {
    /// The multiplier draws: random from `SplitMix64`, or every Rademacher sign vector.
    ///
    /// Random draws are generated on the fly, never stored (`B × G` of them would be 100 MB
    /// for 100,000 clusters and 999 draws): draw `b` takes the generator's outputs
    /// `b·G ..< (b+1)·G` of the stream seeded with `options.seed` (one output per cluster:
    /// the top bit for a Rademacher sign, `index(below: 6)` for a Webb point), so any range
    /// of draws can be produced on its own thread and the draws are those of one sequential
    /// stream, whatever the split. (SplitMix64's state after `k` outputs is
    /// `seed + k·0x9E3779B97F4A7C15`, so a range starts by setting the state.)
    struct Draws: Sendable {
        let count: Int
        let enumerated: Bool
        let clusters: Int
        let weights: WildBootstrapWeights
        let seed: UInt64
        let values: [Double]
        /// SplitMix64's state increment per output.
        private static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

        init(options: WildClusterBootstrapOptions, clusters: Int) {
            self.clusters = clusters
            weights = options.weights
            seed = options.seed
            values = options.weights.values
            if options.weights == .rademacher && options.enumeratesRademacher && clusters < 62
                && (1 << clusters) <= options.replications {
                count = 1 << clusters
                enumerated = true
                return
            }
            count = options.replications
            enumerated = false
        }

        /// Calls `body(b, v)` for each draw `b` in `range`, in order, with `v` (of length
        /// `clusters`) holding the draw's multipliers; `v` is reused between calls.
        func forEach(in range: Range<Int>, _ body: (Int, UnsafeBufferPointer<Double>) -> Void) {
            let clusters = self.clusters
            withUnsafeTemporaryAllocation(of: Double.self, capacity: max(clusters, 1)) { v in
                var generator = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: range.lowerBound &* clusters)
                                           &* Self.increment)
                values.withUnsafeBufferPointer { values in
                    for b in range {
                        if enumerated {
                            for g in 0..<clusters { v[g] = (b >> g) & 1 == 1 ? 1 : -1 }
                        } else if weights == .rademacher {
                            for g in 0..<clusters { v[g] = values[Int(generator.next() >> 63)] }
                        } else {
                            for g in 0..<clusters { v[g] = values[generator.index(below: 6)] }
                        }
                        body(b, UnsafeBufferPointer(v))
                    }
                }
            }
        }
    }
}
