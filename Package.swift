// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadCoder", targets: ["DyadCoder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "DyadText"),
        .target(name: "DyadSyntax", dependencies: ["DyadText"], resources: [.copy("Model")]),
        .target(name: "DyadLexicon", dependencies: ["DyadText", "DyadSyntax"], resources: [.copy("Dictionaries")]),
        .target(name: "DyadCoder", dependencies: ["DyadText", "DyadSyntax", "DyadLexicon"], resources: [.copy("Ontology")]),
        .target(name: "DyadPetrarch", dependencies: ["DyadText", "DyadSyntax", "DyadLexicon", "DyadCoder"]),
        .target(name: "DyadStore", dependencies: [
            "DyadCoder", "DyadLexicon", "DyadText", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "dyad", dependencies: [
            "DyadCoder", "DyadLexicon", "DyadSyntax", "DyadText", "DyadStore", "DyadPetrarch",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DyadTextTests", dependencies: ["DyadText", "DyadTestSupport"]),
        .testTarget(name: "DyadSyntaxTests", dependencies: ["DyadSyntax", "DyadText"]),
        .testTarget(name: "DyadLexiconTests", dependencies: ["DyadLexicon", "DyadSyntax", "DyadText", "DyadTestSupport"]),
        .testTarget(name: "DyadCoderTests", dependencies: ["DyadCoder", "DyadLexicon", "DyadSyntax", "DyadText"]),
        .target(name: "DyadTestSupport", path: "Tests/DyadTestSupport"),
        .testTarget(name: "DyadCLITests", dependencies: [
            "dyad", "DyadTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DyadPetrarchTests", dependencies: ["DyadPetrarch", "DyadCoder", "DyadLexicon", "DyadSyntax", "DyadText",
                                                            "DyadTestSupport"]),
        .testTarget(name: "DyadStoreTests", dependencies: ["DyadStore", "DyadCoder", "DyadText", "dyad", "DyadTestSupport"],
                    resources: [.copy("Fixtures")]),
        .executableTarget(name: "dyad-train-syntax", dependencies: ["DyadSyntax"]),
        .executableTarget(name: "dyad-bench-parse", dependencies: ["DyadSyntax"], path: "Benchmarks/ParseBench"),
        .executableTarget(name: "dyad-bench-store", dependencies: ["DyadStore", "DyadCoder", "DyadText"],
                          path: "Benchmarks/StoreBench"),
    ]
)
