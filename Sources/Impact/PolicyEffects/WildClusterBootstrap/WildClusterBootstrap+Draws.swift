extension WildClusterBootstrap {
    /// The multiplier draws: random from `SplitMix64`, or every Rademacher sign vector.
    ///
    /// Random draws are generated on the fly, never stored (`B × G` of them would be 100 MB
    /// for 100,000 clusters and 999 draws): draw `b` takes the generator's outputs
    /// `b·G ..< (b+1)·G` of the stream seeded with `options.seed` (one output per cluster:
    /// the top bit for a Rademacher sign, `index(below: 6)` for a Webb point), so any range
    /// of draws and clusters can be produced on its own and the draws are those of one
    /// sequential stream, whatever the split. (SplitMix64's state after `k` outputs is
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

        /// Writes the multipliers of draw `b` for the clusters `range` to
        /// `v[0 ..< range.count]`.
        ///
        /// A Rademacher sign is `+1` when the top bit of the generator's output is set; that
        /// bit is the top bit of the state after the second multiplication (the final
        /// `z ^ (z >> 31)` leaves it unchanged), so it is read there.
        @inline(__always)
        func fill(_ v: UnsafeMutableBufferPointer<Double>, draw b: Int, clusters range: Range<Int>) {
            if enumerated {
                for g in range { v[g - range.lowerBound] = (b >> g) & 1 == 1 ? 1 : -1 }
                return
            }
            var state = seed &+ UInt64(truncatingIfNeeded: b &* clusters &+ range.lowerBound) &* Self.increment
            let count = range.count
            if weights == .rademacher {
                let one = (1.0).bitPattern, sign: UInt64 = 1 << 63
                for g in 0..<count {
                    state &+= Self.increment
                    var z = state
                    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                    v[g] = Double(bitPattern: one | (~z & sign))
                }
            } else {
                var generator = SplitMix64(seed: state)
                values.withUnsafeBufferPointer { values in
                    for g in 0..<count { v[g] = values[generator.index(below: values.count)] }
                }
            }
        }
    }
}
