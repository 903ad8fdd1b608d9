extension WildClusterBootstrap {
    /// The multiplier draws: random from `SplitMix64`, or every Rademacher sign vector.
    struct Draws {
        let count: Int
        let enumerated: Bool
        let clusters: Int
        /// Indices into `values`, `count × clusters` (empty when enumerated).
        let codes: [UInt8]
        let values: [Double]

        init(options: WildClusterBootstrapOptions, clusters: Int) {
            self.clusters = clusters
            values = options.weights.values
            if options.weights == .rademacher && options.enumeratesRademacher && clusters < 62
                && (1 << clusters) <= options.replications {
                count = 1 << clusters
                enumerated = true
                codes = []
                return
            }
            count = options.replications
            enumerated = false
            var generator = SplitMix64(seed: options.seed)
            var codes = [UInt8](repeating: 0, count: count * clusters)
            for index in codes.indices {
                switch options.weights {
                case .rademacher: codes[index] = UInt8(generator.next() >> 63)
                case .webb: codes[index] = UInt8(generator.index(below: 6))
                }
            }
            self.codes = codes
        }

        /// Writes draw `b` into `v`.
        func fill(_ v: inout [Double], draw b: Int) {
            let clusters = self.clusters
            v.withUnsafeMutableBufferPointer { v in
                if enumerated {
                    for g in 0..<clusters { v[g] = (b >> g) & 1 == 1 ? 1 : -1 }
                } else {
                    codes.withUnsafeBufferPointer { codes in
                        values.withUnsafeBufferPointer { values in
                            let base = b * clusters
                            for g in 0..<clusters { v[g] = values[Int(codes[base + g])] }
                        }
                    }
                }
            }
        }
    }
}
