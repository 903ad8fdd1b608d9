extension WildClusterBootstrap {
    /// Every draw's ``DrawCoefficients`` from cluster-level sufficient statistics, `O(G·p)`
    /// per draw with no per-draw allocation (Roodman, MacKinnon, Nielsen and Webb 2019).
    ///
    /// ## Algebra
    /// For a draw `v`, with `q⁰_h = v_h a⁰_h − d_h·C⁰` and `q¹_h = v_h a¹_h − d_h·C¹`:
    /// ```
    /// N⁰ = Σ v_g a⁰_g,   N¹ = Σ v_g a¹_g,   C⁰ = Σ v_g f⁰_g,   C¹ = Σ v_g f¹_g,
    /// E⁰ = Σ v_g a⁰_g d_g,   E¹ = Σ v_g a¹_g d_g,   K = Σ d_g d_gᵀ (p × p, fixed),
    /// Σ q⁰² = Σ v_g² a⁰_g² − 2 C⁰·E⁰ + C⁰ᵀK C⁰,
    /// Σ q⁰q¹ = Σ v_g² a⁰_g a¹_g − C⁰·E¹ − C¹·E⁰ + C⁰ᵀK C¹,
    /// Σ q¹² = Σ v_g² a¹_g² − 2 C¹·E¹ + C¹ᵀK C¹.
    /// ```
    /// So a draw needs only the products of `v` with the `2 + 4p` fixed columns
    /// `[a⁰, a¹, f⁰, f¹, a⁰d, a¹d]` (the rows of `linear`, padded to a multiple of 8), and,
    /// for Webb weights, of `v²` with `[a⁰², a⁰a¹, a¹²]` (`squared`); Rademacher weights have
    /// `v² = 1`, so those three are fixed totals.
    ///
    /// ## Blocking
    /// Draws are taken `drawBlock` at a time and clusters `clusterBlock` at a time, so a
    /// block of `linear`'s rows stays in cache while every draw of the block passes over
    /// it; a draw's multipliers for one cluster block are generated into a small buffer
    /// from the seeded stream (``Draws``) and never stored whole. Each draw's sums run over
    /// the clusters in order (two interleaved partial sums per cluster block), so the
    /// result does not depend on how the draws are split between threads.
    struct DrawKernel: Sendable {
        let p: Int
        let clusters: Int
        /// Row width of `linear`: `2 + 4p` rounded up to a multiple of 8.
        let width: Int
        /// `G × width`, row-major: `[a⁰_g, a¹_g, f⁰_g, f¹_g, a⁰_g d_g, a¹_g d_g, 0…]`.
        let linear: [Double]
        /// `G × 8`, row-major, Webb weights only: `[a⁰_g², a⁰_g a¹_g, a¹_g², 0…]`.
        let squared: [Double]?
        /// `(Σ a⁰², Σ a⁰a¹, Σ a¹²)`, the squared sums under Rademacher weights.
        let squaredTotals: (Double, Double, Double)
        /// `K = Σ_g d_g d_gᵀ`, `p × p`.
        let gram: [Double]
        static let drawBlock = 16
        static let clusterBlock = 1024

        init(problem: Problem, weights: WildBootstrapWeights) {
            let p = problem.p, clusters = problem.clusterCount, sums = problem.sums, d = problem.d
            self.p = p
            self.clusters = clusters
            width = (2 + 4 * p + 7) / 8 * 8
            var linear = [Double](repeating: 0, count: clusters * width)
            var gram = [Double](repeating: 0, count: p * p)
            var totals = (0.0, 0.0, 0.0)
            var squared = weights == .rademacher ? nil : [Double](repeating: 0, count: clusters * 8)
            for g in 0..<clusters {
                let a0 = sums.a0[g], a1 = sums.a1[g], row = g * width
                linear[row] = a0
                linear[row + 1] = a1
                for k in 0..<p {
                    let dk = d[g * p + k]
                    linear[row + 2 + k] = sums.f0[g * p + k]
                    linear[row + 2 + p + k] = sums.f1[g * p + k]
                    linear[row + 2 + 2 * p + k] = a0 * dk
                    linear[row + 2 + 3 * p + k] = a1 * dk
                    for l in 0..<p { gram[k * p + l] += dk * d[g * p + l] }
                }
                totals = (totals.0 + a0 * a0, totals.1 + a0 * a1, totals.2 + a1 * a1)
                squared?[g * 8] = a0 * a0
                squared?[g * 8 + 1] = a0 * a1
                squared?[g * 8 + 2] = a1 * a1
            }
            self.linear = linear
            self.squared = squared
            squaredTotals = totals
            self.gram = gram
        }

        /// Writes the ``DrawCoefficients`` of the draws in `range` to `output[range]`.
        // Long: the blocked loop nest with its temporary buffers.
        func coefficients(draws: Draws, range: Range<Int>, output: UnsafeMutableBufferPointer<DrawCoefficients>) {
            let chunks = width / 8, squareChunks = squared == nil ? 0 : 1
            let perDraw = chunks + squareChunks
            withUnsafeTemporaryAllocation(of: SIMD8<Double>.self, capacity: Self.drawBlock * perDraw) { sums in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * Self.clusterBlock) { buffer in
                    let v = UnsafeMutableBufferPointer(rebasing: buffer[0..<Self.clusterBlock])
                    let v2 = UnsafeMutableBufferPointer(rebasing: buffer[Self.clusterBlock...])
                    linear.withUnsafeBufferPointer { linear in
                        var first = range.lowerBound
                        while first < range.upperBound {
                            let last = min(range.upperBound, first + Self.drawBlock)
                            sums.initialize(repeating: SIMD8())
                            var start = 0
                            while start < clusters {
                                let end = min(clusters, start + Self.clusterBlock)
                                for b in first..<last {
                                    draws.fill(v, draw: b, clusters: start..<end)
                                    let slot = (b - first) * perDraw
                                    for c in 0..<chunks {
                                        sums[slot + c] += Self.dot(v, linear, rows: start..<end, width: width, offset: c * 8)
                                    }
                                    if let squared {
                                        for g in 0..<(end - start) { v2[g] = v[g] * v[g] }
                                        squared.withUnsafeBufferPointer { squared in
                                            sums[slot + chunks] += Self.dot(v2, squared, rows: start..<end, width: 8, offset: 0)
                                        }
                                    }
                                }
                                start = end
                            }
                            for b in first..<last {
                                let slot = (b - first) * perDraw
                                output[b] = finish(UnsafeBufferPointer(rebasing: sums[slot..<(slot + perDraw)]))
                            }
                            first = last
                        }
                    }
                }
            }
        }

        /// `Σ_{g ∈ rows} v[g − rows.lowerBound] · matrix[g, offset ..< offset + 8]` for a
        /// row-major matrix of row width `width`, as two interleaved partial sums.
        @inline(__always)
        private static func dot(_ v: UnsafeMutableBufferPointer<Double>, _ matrix: UnsafeBufferPointer<Double>,
                                rows: Range<Int>, width: Int, offset: Int) -> SIMD8<Double> {
            let base = UnsafeRawPointer(matrix.baseAddress! + rows.lowerBound * width + offset)
            let stride = width * MemoryLayout<Double>.stride
            var even = SIMD8<Double>(), odd = SIMD8<Double>()
            let count = rows.count
            var g = 0
            while g + 1 < count {
                even += v[g] * base.loadUnaligned(fromByteOffset: g * stride, as: SIMD8<Double>.self)
                odd += v[g + 1] * base.loadUnaligned(fromByteOffset: (g + 1) * stride, as: SIMD8<Double>.self)
                g += 2
            }
            if g < count { even += v[g] * base.loadUnaligned(fromByteOffset: g * stride, as: SIMD8<Double>.self) }
            return even + odd
        }

        /// One draw's coefficients from its sums (`linear` chunks, then the squared chunk).
        private func finish(_ sums: UnsafeBufferPointer<SIMD8<Double>>) -> DrawCoefficients {
            let p = self.p
            func s(_ index: Int) -> Double { sums[index / 8][index % 8] }
            let squares = squared == nil ? squaredTotals : (sums[width / 8][0], sums[width / 8][1], sums[width / 8][2])
            var c0e0 = 0.0, c0e1 = 0.0, c1e0 = 0.0, c1e1 = 0.0, c0k0 = 0.0, c0k1 = 0.0, c1k1 = 0.0
            for k in 0..<p {
                let c0 = s(2 + k), c1 = s(2 + p + k), e0 = s(2 + 2 * p + k), e1 = s(2 + 3 * p + k)
                c0e0 += c0 * e0
                c0e1 += c0 * e1
                c1e0 += c1 * e0
                c1e1 += c1 * e1
                var k0 = 0.0, k1 = 0.0   // (K C⁰)_k, (K C¹)_k
                for l in 0..<p {
                    k0 += gram[k * p + l] * s(2 + l)
                    k1 += gram[k * p + l] * s(2 + p + l)
                }
                c0k0 += c0 * k0
                c0k1 += c0 * k1
                c1k1 += c1 * k1
            }
            return DrawCoefficients(n0: s(0), n1: s(1), q00: squares.0 - 2 * c0e0 + c0k0,
                                    q01: squares.1 - c0e1 - c1e0 + c0k1, q11: squares.2 - 2 * c1e1 + c1k1)
        }
    }
}
