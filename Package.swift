// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Impact",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Impact", targets: ["Impact"]),
        .executable(name: "impact", targets: ["impact-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: - System libraries

        /// BLAS and LAPACK from Debian's OpenBLAS (`libopenblas-dev`) and LAPACKE (`liblapacke-dev`).
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),

        // MARK: - Library

        .target(
            name: "Impact",
            dependencies: [
                "CBLAS",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // MARK: - Command line

        .executableTarget(
            name: "impact-cli",
            dependencies: [
                "Impact",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests

        .testTarget(
            name: "ImpactTests",
            dependencies: ["Impact"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
