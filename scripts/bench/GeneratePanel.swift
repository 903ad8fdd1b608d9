// Writes the benchmark panel: a deterministic firm × year CSV for `scripts/bench/run`.
//
//   generate-panel --firms 100000 --years 10 --seed 20240601 --output panel.csv
//
// Columns: firm_id,year,sector,treated,post,subsidy,x1,x2,x3,x4,x5,y
// - firm_id `F000001`…, years 2015, 2016, …; sector: one of 8 labels, fixed per firm;
// - treated: firm-level 0/1 (probability 0.25–0.40 by sector); post: 1 from 2020 on;
// - subsidy: 万元 received in the year, lognormal (median e⁴ ≈ 55) for treated firms in
//   post years, 0 otherwise; written with 2 decimals;
// - x1 = 0.5·αᵢ + N(0,1) (correlated with the firm effect), x2…x5 ~ N(0,1);
// - y = αᵢ + γₜ + 1.0·x1 − 0.5·x2 + 0.25·x3 + 0.1·x4 − 0.2·x5 + 0.3·treated·post + N(0,1),
//   αᵢ ~ N(0,1), γₜ = 0.05·(t − first year) + N(0, 0.1²).
// With `--cohorts K` (K ≥ 1) the panel has staggered adoption and a twelfth column `cohort`:
// each firm is never treated (cohort 0) with probability 0.3, else its cohort is one of K
// first-treated years spread evenly over the 2nd … last year, drawn uniformly; treated =
// 1 for every firm with a cohort, and y adds 0.3 + 0.05·(year − cohort) from the cohort year
// on instead of 0.3·treated·post (post stays 1 from 2020 on). The cohorts come from a second
// generator (seed + 1), so every other draw is the one of the panel without `--cohorts`.
//   generate-panel --firms 50000 --years 10 --cohorts 6 --output staggered.csv
// x and y are rounded to 6 decimals, y is computed from the rounded x, so the file holds
// exactly the data a reader sees. The generator is a self-contained program (compiled
// with `swiftc -O`), with its own random number generator (xoshiro256** seeded through
// SplitMix64), so the same seed gives the same bytes on every machine.
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

struct Xoshiro256StarStar {
    private var s: (UInt64, UInt64, UInt64, UInt64)

    init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    mutating func next() -> UInt64 {
        let result = ((s.1 &* 5) << 7 | (s.1 &* 5) >> 57) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = s.3 << 45 | s.3 >> 19
        return result
    }

    /// Uniform on (0, 1).
    mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    private var spare: Double?

    /// Standard normal (Box–Muller, both values used).
    mutating func normal() -> Double {
        if let value = spare {
            spare = nil
            return value
        }
        let radius = (-2 * log(uniform())).squareRoot()
        let angle = 2 * Double.pi * uniform()
        spare = radius * sin(angle)
        return radius * cos(angle)
    }
}

/// Appends bytes to a buffer and flushes it to a file in large blocks.
struct CSVWriter {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []

    init(path: String) {
        guard let file = fopen(path, "wb") else {
            fputs("generate-panel: cannot open \(path) for writing\n", stderr)
            exit(1)
        }
        self.file = file
        buffer.reserveCapacity(1 << 21)
    }

    mutating func text(_ string: String) { buffer.append(contentsOf: string.utf8) }
    mutating func byte(_ value: UInt8) { buffer.append(value) }

    mutating func integer(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        buffer.append(contentsOf: digits.reversed())
    }

    /// `value` rounded to `decimals` places, written in fixed notation; returns the value
    /// written (so later computations use exactly what a reader will see).
    @discardableResult
    mutating func fixed(_ value: Double, decimals: Int) -> Double {
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = UInt64((abs(value) * Double(scale)).rounded())
        if value < 0 && scaled != 0 { byte(UInt8(ascii: "-")) }
        integer(Int(scaled / scale))
        byte(UInt8(ascii: "."))
        var fraction = scaled % scale
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: decimals)
        for position in stride(from: decimals - 1, through: 0, by: -1) {
            digits[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
        buffer.append(contentsOf: digits)
        let written = Double(scaled) / Double(scale)
        return value < 0 ? -written : written
    }

    mutating func flushIfFull() {
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() {
        flush()
        fclose(file)
    }
}

// MARK: - Arguments

var firms = 100_000
var years = 10
var seed: UInt64 = 20_240_601
var output = "panel.csv"
var cohortCount = 0
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    guard let value = arguments.next() else {
        fputs("generate-panel: \(argument) needs a value\n", stderr)
        exit(2)
    }
    switch argument {
    case "--firms": firms = Int(value) ?? firms
    case "--years": years = Int(value) ?? years
    case "--seed": seed = UInt64(value) ?? seed
    case "--output": output = value
    case "--cohorts": cohortCount = Int(value) ?? cohortCount
    default:
        fputs("usage: generate-panel [--firms N] [--years T] [--seed S] [--cohorts K] [--output FILE]\n", stderr)
        exit(2)
    }
}

// MARK: - Panel

let firstYear = 2015
let treatmentYear = 2020
let sectors = ["manufacturing", "energy", "information_tech", "services",
               "agriculture", "construction", "logistics", "biomedicine"]
let slopes = [1.0, -0.5, 0.25, 0.1, -0.2]
let effect = 0.3

var random = Xoshiro256StarStar(seed: seed)
let yearEffects = (0..<years).map { 0.05 * Double($0) + 0.1 * random.normal() }
let idWidth = max(6, String(firms).count)

// Staggered adoption: K cohort years spread evenly over the 2nd … last year.
let cohortYears: [Int] = cohortCount < 1 ? [] : (0..<min(cohortCount, years - 1)).map { index in
    let span = years - 2, count = min(cohortCount, years - 1)
    return firstYear + 1 + (count == 1 ? span / 2 : index * span / (count - 1))
}
var cohortRandom = Xoshiro256StarStar(seed: seed &+ 1)

var writer = CSVWriter(path: output)
writer.text("firm_id,year,sector,treated,post,subsidy,x1,x2,x3,x4,x5,y")
writer.text(cohortYears.isEmpty ? "\n" : ",cohort\n")
for firm in 1...firms {
    let alpha = random.normal()
    let sector = firm % sectors.count
    var treated = random.uniform() < 0.25 + 0.05 * Double(sector % 4) ? 1 : 0
    var cohort = 0
    if !cohortYears.isEmpty {
        let never = cohortRandom.uniform() < 0.3
        let pick = min(cohortYears.count - 1, Int(cohortRandom.uniform() * Double(cohortYears.count)))
        cohort = never ? 0 : cohortYears[pick]
        treated = never ? 0 : 1
    }
    var id = String(firm)
    id = "F" + String(repeating: "0", count: max(0, idWidth - id.count)) + id
    for t in 0..<years {
        let year = firstYear + t
        let post = year >= treatmentYear ? 1 : 0
        writer.text(id)
        writer.byte(UInt8(ascii: ","))
        writer.integer(year)
        writer.byte(UInt8(ascii: ","))
        writer.text(sectors[sector])
        writer.byte(UInt8(ascii: ","))
        writer.integer(treated)
        writer.byte(UInt8(ascii: ","))
        writer.integer(post)
        writer.byte(UInt8(ascii: ","))
        let subsidy = treated * post == 1 ? exp(4 + 0.5 * random.normal()) : 0
        writer.fixed(subsidy, decimals: 2)
        var y = alpha + yearEffects[t]
        if cohortYears.isEmpty {
            y += effect * Double(treated * post)
        } else if cohort > 0 && year >= cohort {
            y += effect + 0.05 * Double(year - cohort)
        }
        for (k, slope) in slopes.enumerated() {
            writer.byte(UInt8(ascii: ","))
            let draw = (k == 0 ? 0.5 * alpha : 0) + random.normal()
            y += slope * writer.fixed(draw, decimals: 6)
        }
        writer.byte(UInt8(ascii: ","))
        writer.fixed(y + random.normal(), decimals: 6)
        if !cohortYears.isEmpty {
            writer.byte(UInt8(ascii: ","))
            writer.integer(cohort)
        }
        writer.byte(UInt8(ascii: "\n"))
        writer.flushIfFull()
    }
}
writer.close()
